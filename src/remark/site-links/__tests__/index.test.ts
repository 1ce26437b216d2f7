import fs from 'node:fs';
import path from 'node:path';
import type {PluggableList} from 'unified';
import {describe, expect, test} from 'vitest';
import remarkSiteLinks from '..';
import remarkIncludes from '../../includes';
import {fixturePages, fixtureSite, processFixture, testFixturePages} from '../../../../tests/support/fixtures';
import {processMarkdown} from '../../../../tests/support/markdown';

const site = fixtureSite(__dirname);
// As in the build: includes first, so included links are checked relative to their own file.
const plugins: PluggableList = [[remarkIncludes, {siteDir: site}], [remarkSiteLinks, {siteDir: site, locales: ['en', 'de']}]];
const at = (rel: string) => `src/remark/site-links/__tests__/__fixtures__/site/${rel}`;
const broken = at('i18n/de/docusaurus-plugin-content-docs/current/lifecycle/remediate/broken.md');
const NOT_A_PAGE = 'is no page of this site (a web address needs https://, an e-mail address mailto:); it is shown as plain text. Fix the target or remove the link.';
const fallback = at('docs/fragments/fallback.md');
const deLinks = at('i18n/de/docusaurus-plugin-content-docs/current/fragments/links.md');
const TO_TOP = 'the link goes to the top of the page';
const AS_TEXT = 'it is shown as plain text';
const noAnchor = (url: string, fragment: string, page: string, consequence = TO_TOP) =>
  `Link "${url}" goes to "#${fragment}", but page ${page} has no heading with that ID, nor one at the same place as in the linked version; ${consequence}. Link to a heading the page has, or give the heading that ID with {#${fragment}}.  link-anchor`;
const page = (locale: string, source: string) => fixturePages(site).find((p) => p.locale === locale && p.source === source)!;

/** Exact findings per fixture page; pages not listed must have none. */
const expected: Record<string, string[]> = {
  'de/lifecycle/remediate/broken.md': [
    // Link definitions, then raw HTML links, that reach nothing (Docusaurus would fail the build on them).
    `${broken}:8:1  warning  Link definition [fehlt] "/docs/lifecycle/remediate/missing" is no page of this site; the links using it are shown as plain text. Fix the target or remove the link.  site-link`,
    `${broken}:9:1  warning  Link definition [keine-datei] "files/nothing.pdf" names no file next to the page; the links using it are shown as plain text. Fix the target or remove the link.  site-link`,
    `${broken}:6:11  warning  Link "/docs/lifecycle/remediate/missing" is no page of this site; it is shown as plain text. Fix the target or remove the link.  site-link`,
    `${broken}:1:10  warning  Link "team@example.com" ${NOT_A_PAGE}  site-link`,
    `${broken}:2:5  warning  Link "www.example.com/partners" ${NOT_A_PAGE}  site-link`,
    `${broken}:2:46  warning  Link "TeamWiki" ${NOT_A_PAGE}  site-link`,
    `${broken}:3:5  warning  Link "/partner-site/response.md" names no page of this site; it is shown as plain text. Fix the target or remove the link.  site-link`,
    `${broken}:3:42  warning  Link "files/guide.pdf" names no file next to the page; it is shown as plain text. Fix the target or remove the link.  site-link`,
    `${broken}:3:71  warning  Link has no target; it is shown as plain text. Fix the target or remove the link.  site-link`,
  ],
  'en/lifecycle/remediate/other-locale-missing.md': [
    `${at('docs/lifecycle/remediate/other-locale-missing.md')}:1:1  warning  Link "pathname:///de/docs/gone" names no page of locale de; it is shown as plain text. Fix the target or remove the link.  site-link`,
  ],
  'en/a/page.md': [`${at('docs/a/page.md')}:3:1  warning  Link "../missing" ${NOT_A_PAGE} (in docs/b/_inc/x.md:1)  site-link`],
  'en/fragments/fallback.md': [
    // Link definitions and raw HTML links first (their own passes), then Markdown links.
    `${fallback}:20:1  warning  ${noAnchor('/docs/fragments/target#gone-ref', 'gone-ref', 'fragments/target.md (en, de)')}`,
    `${fallback}:17:40  warning  ${noAnchor('#raw-nope', 'raw-nope', 'fragments/fallback.md (en)', AS_TEXT)}`,
    `${fallback}:17:129  warning  ${noAnchor('/docs/fragments/target#raw-gone', 'raw-gone', 'fragments/target.md (en, de)')}`,
    `${fallback}:17:191  warning  ${noAnchor('#raw-bare', 'raw-bare', 'fragments/fallback.md (en)', AS_TEXT)}`,
    `${fallback}:10:3  warning  ${noAnchor('/docs/fragments/target#old-name', 'old-name', 'fragments/target.md (de)')}`,
    `${fallback}:11:3  warning  ${noAnchor('/docs/fragments/target#nowhere', 'nowhere', 'fragments/target.md (en, de)')}`,
    `${fallback}:12:3  warning  ${noAnchor('/fragments/target.md#gone', 'gone', 'fragments/target.md (en, de)')}`,
    `${fallback}:13:32  warning  ${noAnchor('#nope', 'nope', 'fragments/fallback.md (en)', AS_TEXT)}`,
  ],
  'de/fragments/links.md': [
    `${deLinks}:4:3  warning  ${noAnchor('/docs/fragments/target#details', 'details', 'fragments/target.md (de)')}`,
    // The H1 is the page's title: it has no anchor.
    `${deLinks}:5:3  warning  ${noAnchor('#fragmente', 'fragmente', 'fragments/links.md (de)', AS_TEXT)}`,
  ],
};

describe('remark site links', () => {
  testFixturePages({testDir: __dirname, plugins, expected});

  test.each([
    ['en', 'lifecycle/remediate/kept.md'],
    // A German page may link a page only the default locale has.
    ['de', 'lifecycle/remediate/kept.md'],
  ])('%s %s: links to pages, routes, web and mail addresses and anchors are kept', async (locale, source) => {
    const {output} = await processFixture(page(locale, source), plugins);
    expect(output).toBe(fs.readFileSync(page(locale, source).file, 'utf8'));
  });

  test('links that reach nothing become plain text', async () => {
    const {output} = await processFixture(page('de', 'lifecycle/remediate/broken.md'), plugins);
    expect(output.trim()).toBe(
      [
        'Write to the team.\nSee the site and the wiki.\nOld page, a guide and nothing.',
        // A definition that reaches nothing is gone and its links are text; the raw HTML link loses its href.
        'Per Verweis: fehlende Seite, Datei und [vorhandene Seite][da].\nRaw HTML: <a>fehlt</a> und <a href="/docs/lifecycle/remediate/kept">da</a>.',
        '[da]: /docs/lifecycle/remediate/kept',
      ].join('\n\n'),
    );
  });

  test('a link to a page of another locale becomes a Link the sanitizer keeps', async () => {
    const {output} = await processFixture(page('en', 'lifecycle/remediate/other-locale.md'), plugins);
    expect(output.trim()).toBe('Only in German: <Link href="pathname:///de/docs/lifecycle/remediate/remediate-address-technical-gaps" hrefLang="de" target="_self">Deutsch</Link>.');
  });

  test("a link to another locale's missing page is plain text; other pathname: links are left alone", async () => {
    const {output} = await processFixture(page('en', 'lifecycle/remediate/other-locale-missing.md'), plugins);
    expect(output.trim()).toBe('Weg [PDF](pathname:///files/x.pdf)');
  });

  test("#fragments of page-path links are checked against the page's anchors, the included file's headings among them", async () => {
    const {output} = await processFixture(page('en', 'fragments/fallback.md'), plugins);
    const targets = [...output.matchAll(/\]\(([^)]*)\)/g)].map((m) => m[1]);
    expect(targets).toEqual([
      '/docs/fragments/target#details',
      './target#from-the-include',
      'target#fixed-id',
      '/docs/fragments/target#old-name',
      '/docs/fragments/target',
      '/fragments/target.md',
      '#section',
    ]);
  });

  test("in the German build, an English page's #fragments lead to the same headings of the German page, or are dropped with the warning", async () => {
    const dePlugins: PluggableList = [[remarkIncludes, {siteDir: site}], [remarkSiteLinks, {siteDir: site, locales: ['en', 'de'], buildLocale: 'de'}]];
    const {output, diagnostics} = await processFixture(page('en', 'fragments/fallback.md'), dePlugins);
    const targets = [...output.matchAll(/\]\(([^)]*)\)/g)].map((m) => m[1]);
    expect(targets).toEqual([
      '/docs/fragments/target#einzelheiten',
      './target#aus-dem-include',
      'target#fixed-id',
      '/docs/fragments/target',
      '/docs/fragments/target',
      '/fragments/target.md',
      '#section',
    ]);
    expect(output).toContain('[ref]: /docs/fragments/target#einzelheiten');
    expect(output).toContain('<a href="/docs/fragments/target#einzelheiten">there</a>');
    expect(diagnostics).toEqual([
      `${fallback}:20:1  warning  ${noAnchor('/docs/fragments/target#gone-ref', 'gone-ref', 'fragments/target.md (de)')}`,
      `${fallback}:17:40  warning  ${noAnchor('#raw-nope', 'raw-nope', 'fragments/fallback.md (en)', AS_TEXT)}`,
      `${fallback}:17:129  warning  ${noAnchor('/docs/fragments/target#raw-gone', 'raw-gone', 'fragments/target.md (de)')}`,
      `${fallback}:17:191  warning  ${noAnchor('#raw-bare', 'raw-bare', 'fragments/fallback.md (en)', AS_TEXT)}`,
      `${fallback}:10:3  warning  ${noAnchor('/docs/fragments/target#old-name', 'old-name', 'fragments/target.md (de)')}`,
      `${fallback}:11:3  warning  ${noAnchor('/docs/fragments/target#nowhere', 'nowhere', 'fragments/target.md (de)')}`,
      `${fallback}:12:3  warning  ${noAnchor('/fragments/target.md#gone', 'gone', 'fragments/target.md (de)')}`,
      `${fallback}:13:32  warning  ${noAnchor('#nope', 'nope', 'fragments/fallback.md (en)', AS_TEXT)}`,
    ]);
  });

  test('pages outside the docs folders are left alone', async () => {
    const md = '[x](www.example.com)';
    const {output, diagnostics} = await processMarkdown(md, path.join(site, 'src/pages/about.md'), plugins);
    expect(output.trim()).toBe(md);
    expect(diagnostics).toEqual([]);
  });

  test('in an included file, page URLs are relative to that file, and ~/ to the content root; the page gets routes', async () => {
    const {output} = await processFixture(page('en', 'a/page.md'), plugins);
    expect(output).toBe('# Page\n\n[Other](/docs/b/other) Nope\n\n[Root](/docs/b/other#top) and [here](other-in-a).\n');
  });
});
