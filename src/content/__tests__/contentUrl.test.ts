import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {decodeUrlPath, parseLocalReference} from '../contentUrl';
import {findRelativeFile} from '../contentTree';
import remarkImages from '../../remark/images';
import remarkIncludes from '../../remark/includes';
import remarkSiteLinks from '../../remark/site-links';
import {processMarkdown} from '../../../tests/support/markdown';

describe('one reading of local URLs', () => {
  test.each([
    ['media/x.png', {path: 'media/x.png', suffix: ''}],
    ['media/with%20space.png', {path: 'media/with space.png', suffix: ''}],
    ['media%2Fx.png?v=1#top', {path: 'media/x.png', suffix: '?v=1#top'}],
    ['~/media/x.png', {path: '~/media/x.png', suffix: ''}],
    ['../includes/x.md', {path: '../includes/x.md', suffix: ''}],
    ['bad%E0%A4%A.png', {path: 'bad%E0%A4%A.png', suffix: ''}],
  ])('%s is a local file', (url, expected) => {
    expect(parseLocalReference(url)).toEqual(expected);
  });

  test.each(['https://example.com/x.png', '//cdn.example.com/x.png', 'mailto:a@b.c', '/docs/x', '@site/docs/x.png', '#top', '', '~/', 'pathname:///x'])(
    '%s is not',
    (url) => expect(parseLocalReference(url)).toBeNull(),
  );

  test('decoding is Docusaurus\'s (decodeURIComponent), tolerant of bad escapes', () => {
    expect(decodeUrlPath('a%2Fb%20c')).toBe('a/b c');
    expect(decodeUrlPath('100%')).toBe('100%');
  });

  const site = path.join(__dirname, '../../remark/images/__tests__/__fixtures__/site');
  const page = path.join(site, 'docs/guide/page.md');

  test('images, file links and includes agree on an encoded path', async () => {
    expect(findRelativeFile(site, page, parseLocalReference('media%2Fwith%20space.png')!.path)?.path).toBe(path.join(site, 'docs/guide/media/with space.png'));
    const md = '![d](media%2Fdiagram.png) [d](media%2Fdiagram.png) [s](media/with%20space.png)\n';
    const {diagnostics} = await processMarkdown(md, page, [
      [remarkIncludes, {siteDir: site}],
      [remarkSiteLinks, {siteDir: site, locales: ['en', 'de']}],
      [remarkImages, {siteDir: site}],
    ]);
    expect(diagnostics).toEqual([]);
  });

  test('a content-root path starts at the locale\'s content folder, with the default locale as fallback', () => {
    const de = path.join(site, 'i18n/de/docusaurus-plugin-content-docs/current/guide/page.md');
    expect(findRelativeFile(site, page, '~/guide/media/diagram.png')).toEqual({path: path.join(site, 'docs/guide/media/diagram.png'), fromDefaultLocale: false});
    expect(findRelativeFile(site, de, '~/guide/media/only-english.png')).toEqual({path: path.join(site, 'docs/guide/media/only-english.png'), fromDefaultLocale: true});
  });
});
