import {describe, expect, test} from 'vitest';
import {isSafeUrl, isSitePath, isWebUrl, schemeOf} from '../url';

describe('isSafeUrl', () => {
  test.each([
    ['https://docs.microsoft.com/x', true], ['http://x', true], ['mailto:a@b.c', true], ['/docs/x#task-1', true], ['#task-1', true], ['page.md', true],
    ['javascript:alert(1)', false], ['JavaScript:alert(1)', false], [' java\tscript:alert(1)', false], ['data:text/html,x', false], ['vbscript:x', false],
    ['java\u0000script:x', false], ['\u0001javascript:x', false],
  ])('%j → %s', (url, safe) => {
    expect(isSafeUrl(url)).toBe(safe);
  });

  test('schemeOf reads the scheme as a browser does', () => {
    expect(schemeOf('  JaVa\nScRiPt:x')).toBe('javascript');
    expect(schemeOf('/a:b')).toBeNull();
  });
});

describe('isWebUrl (edit links, social cards)', () => {
  test.each([
    ['https://github.com/o/r/edit/main/docs/x.md', true], ['http://example.com', true],
    ['javascript:alert(1)', false], ['https:alert(1)', false], ['//evil.example', false], ['/docs/x', false],
    [' https://x.example', false], ['https://x.example/\n', false], ['data:text/html,x', false], ['ftp://x.example', false],
  ])('%j → %s', (url, ok) => {
    expect(isWebUrl(url)).toBe(ok);
  });
});

describe('isSitePath (paths that stay on the site)', () => {
  test.each([
    ['/img/card.png', true], ['/docs/a/b?x=1#y', true],
    ['img/card.png', false], ['//evil.example/x', false], ['/../../.env', false], ['/a/%2e%2e/b', false], ['/a/./b', false],
    ['/a\\..\\b', false], ['/javascript:x', true],
  ])('%j → %s', (url, ok) => {
    expect(isSitePath(url)).toBe(ok);
  });
});
