import fs from 'node:fs';
import path from 'node:path';
import type {Paragraph} from 'mdast';
import type {PluggableList} from 'unified';
import {describe, expect, test} from 'vitest';
import remarkLegacyLinks from '..';
import type {PageEntry} from '../../../content/contentTree';
import {processMarkdown, transformMarkdown} from '../../../../tests/support/markdown';
import {testFixturePages} from '../../../../tests/support/fixtures';
import {indexPages, readContentLayout} from '../../../content/layout';

const site = path.resolve(__dirname, '../../../..');
const pages = new Map<string, PageEntry>([
  ['remediate-address-technical-gaps', {source: 'lifecycle/remediate/remediate-address-technical-gaps.md', locales: ['en', 'de']}],
  ['enable-enable-services', {source: 'lifecycle/enable/enable-enable-services.md', locales: ['en']}],
]);
const plugins: PluggableList = [[remarkLegacyLinks, {siteDir: site, locales: ['en', 'de'], pages}]];
const deFile = path.join(site, 'i18n/de/docusaurus-plugin-content-docs/current/x/page.md');
const enFile = path.join(site, 'docs/x/page.md');

describe('remark legacy links', () => {
  test.each([
    ['x-partner-de.md', deFile, '[Lücken](remediate-address-technical-gaps-partner-de.md)'],
    ['x-partner.md', enFile, '[Gaps](remediate-address-technical-gaps-partner.md)'],
    ['x.md with anchor', enFile, '[Gaps](remediate-address-technical-gaps.md#ftop-tasks)'],
    ['x-de.md with title', deFile, '[Lücken](remediate-address-technical-gaps-de.md "Titel")'],
    ['x-partner-en.md', deFile, '[Gaps](remediate-address-technical-gaps-partner-en.md)'],
  ])('%s resolves to the page in the reader locale', async (_name, file, md) => {
    const {output, diagnostics} = await processMarkdown(md, file, plugins);
    expect(output).toContain('(/lifecycle/remediate/remediate-address-technical-gaps.md');
    expect(diagnostics).toEqual([]);
  });

  test('a page only in the other locale is marked with its language', async () => {
    const {output} = await processMarkdown('[Aktivieren](enable-enable-services-partner-de.md)', deFile, plugins);
    expect(output).toMatchInlineSnapshot(`
      "[Aktivieren <LanguageMarker lang="en" />](/lifecycle/enable/enable-enable-services.md)
      "
    `);
  });

  test('the language marker sets hreflang on the link', async () => {
    const {tree} = await transformMarkdown('[Aktivieren](enable-enable-services-partner-de.md)', deFile, plugins);
    const link = tree.children[0]!.type === 'paragraph' ? (tree.children[0] as Paragraph).children[0] : null;
    expect(link?.data?.hProperties).toEqual({hrefLang: 'en'});
  });

  test('a missing page becomes plain text and a warning with file:line', async () => {
    const {output, diagnostics} = await processMarkdown('Weiter mit\n[Erfolg](success-support-success-execution-partner-en.md).', deFile, plugins);
    expect(output.trim()).toBe('Weiter mit\nErfolg.');
    expect(diagnostics).toEqual([
      'i18n/de/docusaurus-plugin-content-docs/current/x/page.md:2:1  warning  Link to "success-support-success-execution-partner-en.md" names no page in this site (looked for page "success-support-success-execution" in any locale); it is shown as plain text. Fix the file name or add the page.  legacy-link',
    ]);
  });

  test('external and absolute links are left alone', async () => {
    const md = '[Home](http://partner-docs.microsoft.com) [abs](/docs/x.md) [anchor](#x)';
    const {output, diagnostics} = await processMarkdown(md, enFile, plugins);
    expect(output.trim()).toBe(md);
    expect(diagnostics).toEqual([]);
  });
});

describe('remark legacy links: fixture site in both locales', () => {
  const fixtureSite = path.join(__dirname, '__fixtures__/site');
  const fixturePlugins: PluggableList = [[remarkLegacyLinks, {siteDir: fixtureSite, locales: ['en', 'de']}]];
  const at = (rel: string) => `src/remark/legacy-links/__tests__/__fixtures__/site/${rel}`;
  const missing = (url: string, page: string) =>
    `Link to "${url}" names no page in this site (looked for page "${page}" in any locale); it is shown as plain text. Fix the file name or add the page.  legacy-link`;
  const noAnchor = (url: string, fragment: string, versions: string, page = 'lifecycle/remediate/remediate-address-technical-gaps.md') =>
    `Link "${url}" goes to "#${fragment}", but page ${page} (${versions}) has no heading with that ID, nor one at the same place as in the linked version; the link goes to the top of the page. Link to a heading the page has, or give the heading that ID with {#${fragment}}.  link-anchor`;
  const expected: Record<string, string[]> = {
    'en/guide/missing.md': [
      `${at('docs/guide/missing.md')}:3:15  warning  ${missing('success-support-success-execution-partner-en.md', 'success-support-success-execution')}`,
      `${at('docs/guide/missing.md')}:5:4  warning  ${missing('partial.md', 'partial')}`,
    ],
    'en/guide/anchors.md': [
      `${at('docs/guide/anchors.md')}:7:3  warning  ${noAnchor('remediate-address-technical-gaps-partner.md#only-in-english', 'only-in-english', 'de')}`,
      `${at('docs/guide/anchors.md')}:8:3  warning  ${noAnchor('remediate-address-technical-gaps-partner.md#nowhere', 'nowhere', 'en, de')}`,
      // The English page has the included file's heading; the German one has nothing at its place.
      `${at('docs/guide/anchors.md')}:10:3  warning  ${noAnchor('remediate-address-technical-gaps-partner.md#included-steps', 'included-steps', 'de')}`,
    ],
    'de/guide/links.md': [
      // The H1 is the page's title and has no anchor on the built page.
      `${at('i18n/de/docusaurus-plugin-content-docs/current/guide/links.md')}:11:3  warning  ${noAnchor('enable-enable-services-partner-de.md#enable-services', 'enable-services', 'en', 'lifecycle/enable/enable-enable-services.md')}`,
    ],
    'de/guide/missing.md': [
      `${at('i18n/de/docusaurus-plugin-content-docs/current/guide/missing.md')}:3:20  warning  ${missing('success-support-success-execution-partner-en.md', 'success-support-success-execution')}`,
    ],
  };

  test('include files are no pages in the index', () => {
    expect([...indexPages(readContentLayout(fixtureSite, {locales: ['en', 'de']})).keys()].sort()).toEqual([
      'anchors', 'enable-enable-services', 'links', 'missing', 'remediate-address-technical-gaps',
    ]);
  });

  testFixturePages({
    testDir: __dirname,
    siteDir: fixtureSite,
    plugins: fixturePlugins,
    expected,
    only: (page) => page.source.startsWith('guide/'),
  });

  test('in the German build, an English page\'s #fragments lead to the same headings of the German page', async () => {
    const page = path.join(fixtureSite, 'docs/guide/anchors.md');
    const {output, diagnostics} = await processMarkdown(fs.readFileSync(page, 'utf8'), page, [
      [remarkLegacyLinks, {siteDir: fixtureSite, locales: ['en', 'de'], buildLocale: 'de'}],
    ]);
    const targets = [...output.matchAll(/\]\(([^)]*)\)/g)].map((m) => m[1]);
    expect(targets).toEqual([
      '/lifecycle/remediate/remediate-address-technical-gaps.md#ftop-aufgaben',
      '/lifecycle/remediate/remediate-address-technical-gaps.md#exit-criteria',
      '/lifecycle/remediate/remediate-address-technical-gaps.md',
      '/lifecycle/remediate/remediate-address-technical-gaps.md',
      '/lifecycle/remediate/remediate-address-technical-gaps.md#ftop-aufgaben',
      '/lifecycle/remediate/remediate-address-technical-gaps.md',
    ]);
    expect(diagnostics).toEqual([
      `${at('docs/guide/anchors.md')}:7:3  warning  ${noAnchor('remediate-address-technical-gaps-partner.md#only-in-english', 'only-in-english', 'de')}`,
      `${at('docs/guide/anchors.md')}:8:3  warning  ${noAnchor('remediate-address-technical-gaps-partner.md#nowhere', 'nowhere', 'de')}`,
      `${at('docs/guide/anchors.md')}:10:3  warning  ${noAnchor('remediate-address-technical-gaps-partner.md#included-steps', 'included-steps', 'de')}`,
    ]);
  });
});
