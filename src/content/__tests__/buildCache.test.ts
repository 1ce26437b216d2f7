import {describe, expect, test} from 'vitest';
import {buildCache, cachedResult, textKey} from '../buildCache';

describe('build cache', () => {
  test('computes once per key for the whole process, even when the module is loaded again', async () => {
    let computed = 0;
    const compute = () => ++computed;
    const key = textKey('# A page\n');
    expect(cachedResult('test-once', key, compute)).toBe(1);
    expect(cachedResult('test-once', key, compute)).toBe(1);
    // Docusaurus loads the config's modules afresh per locale: a second copy shares the cache.
    const {vi} = await import('vitest');
    vi.resetModules();
    const again = await import('../buildCache');
    expect(again.cachedResult('test-once', key, compute)).toBe(1);
    expect(computed).toBe(1);
  });

  test('a changed text is a new key; null results are kept too', () => {
    expect(textKey('a')).not.toBe(textKey('b'));
    let calls = 0;
    const none = () => (calls++, null);
    cachedResult('test-null', textKey('x'), none);
    cachedResult('test-null', textKey('x'), none);
    expect(calls).toBe(1);
    expect(buildCache('test-null').size).toBe(1);
  });
});
