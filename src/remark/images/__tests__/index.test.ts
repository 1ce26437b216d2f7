import path from 'node:path';
import type {PluggableList} from 'unified';
import {describe, expect, test} from 'vitest';
import remarkImages from '..';
import remarkIncludes from '../../includes';
import {fixturePages, processFixture, testFixturePages} from '../../../../tests/support/fixtures';

const site = path.join(__dirname, '__fixtures__/site');
const plugins: PluggableList = [[remarkImages, {siteDir: site}]];
const at = (rel: string) => `src/remark/images/__tests__/__fixtures__/site/${rel}`;
const deDocs = 'i18n/de/docusaurus-plugin-content-docs/current';

/** Exact findings per fixture page; pages not listed must have none. */
const expected: Record<string, string[]> = {
  'en/guide/images-missing.md': [
    `${at('docs/guide/images-missing.md')}:3:1  error  Image "media/missing.png" not found: looked for docs/guide/media/missing.png. Add the image or fix the path; it is relative to the page.  image`,
    `${at('docs/guide/images-missing.md')}:5:1  error  Image "media/upper.png" not found: looked for docs/guide/media/upper.png. A file differs only in letter case: docs/guide/media/Upper.PNG; file names are case-sensitive.  image`,
    `${at('docs/guide/images-missing.md')}:7:1  error  Linked image "media/missing-link.png" not found: looked for docs/guide/media/missing-link.png. Add the image or fix the path; it is relative to the page.  image`,
  ],
  'de/guide/images-missing.md': [
    `${at(`${deDocs}/guide/images-missing.md`)}:3:6  error  Image "media/fehlt.png" not found: looked for ${deDocs}/guide/media/fehlt.png and docs/guide/media/fehlt.png. Add the image or fix the path; it is relative to the page.  image`,
  ],
};

describe('remark images', () => {
  testFixturePages({testDir: __dirname, siteDir: site, plugins, expected});

  test('a German page uses its own image first, then the English one', async () => {
    const page = fixturePages(site, ['de']).find((p) => p.source === 'guide/images.md')!;
    const {output} = await processFixture(page, plugins);
    expect(output).toContain('![Eigenes Bild](media/diagram.png)');
    expect(output).toContain('![Nur englisches Bild](@site/docs/guide/media/only-english.png)');
    expect(output).toContain('![Leerzeichen](@site/docs/guide/media/with%20space.png "Titel")');
  });

  test('in an included file, paths are relative to that file, at any depth and in every locale', async () => {
    const withIncludes: PluggableList = [[remarkIncludes, {siteDir: site}], [remarkImages, {siteDir: site}]];
    const missing = (page: string, line: number) =>
      `${at(page)}:${line}:1  error  Image "../../media/gone.png" not found: looked for docs/guide/media/gone.png. Add the image or fix the path; it is relative to the included file. (in docs/guide/_includes/deeper/more.md:3)  image`;
    for (const [locale, line] of [['en', 3], ['de', 5]] as const) {
      const page = fixturePages(site, [locale]).find((p) => p.source === 'guide/with-include.md')!;
      const {output, diagnostics} = await processFixture(page, withIncludes);
      // Docusaurus resolves relative to the page, so files found from the include file are named from the site root.
      expect(output).toContain('![Footer](@site/docs/guide/media/diagram.png)');
      expect(output).toContain('[spaced file](@site/docs/guide/media/with%20space.png)');
      expect(output).toContain('![Deeper](@site/docs/guide/media/diagram.png)');
      expect(diagnostics).toEqual([missing(locale === 'en' ? 'docs/guide/with-include.md' : `${deDocs}/guide/with-include.md`, line)]);
    }
  });
});
