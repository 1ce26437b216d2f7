import fs from 'node:fs';
import {describe, expect, test} from 'vitest';
import {createSourceStage} from '..';
import {fixturePages, fixtureSite, processFixture, testFixturePages} from '../../../../tests/support/fixtures';

const site = fixtureSite(__dirname);
const stage = createSourceStage({siteDir: site, locales: ['en', 'de'], defaultLocale: 'en'});
const plugins = [stage.plugin];
const at = (rel: string) => `src/remark/source/__tests__/__fixtures__/site/${rel}`;
const en = at('docs');
const de = at('i18n/de/docusaurus-plugin-content-docs/current');

describe('remark source (the raw-text stage)', () => {
  testFixturePages({
    testDir: __dirname,
    plugins,
    preprocess: stage.preprocess,
    expected: {
      'en/source/characters.md': [
        `${en}/source/characters.md:7:8  error  The file holds 2 control characters (first U+0007), which are not text. Save the file as UTF-8 text and remove them.  text-encoding`,
        `${en}/source/characters.md:9:19  error  The file holds a replacement character (U+FFFD, shown as �): it is not valid UTF-8, or was damaged when converted. Save it as UTF-8 and retype the damaged characters.  text-encoding`,
      ],
      'de/source/characters.md': [
        `${de}/source/characters.md:7:26  error  The file holds a replacement character (U+FFFD, shown as �): it is not valid UTF-8, or was damaged when converted. Save it as UTF-8 and retype the damaged characters.  text-encoding`,
      ],
      'en/source/empty.md': [`${en}/source/empty.md:1:1  error  The page has front matter but no content. Write its content (at least a # title), or delete the file.  empty-page`],
      'de/source/empty.md': [`${de}/source/empty.md:1:1  error  The page is empty. Write its content (at least a # title), or delete the file.  empty-page`],
      'en/source/nesting.md': [
        `${en}/source/nesting.md:7:1  error  Line 7 nests more than 32 levels of block quotes, lists, emphasis and links; the limit is 32. Flatten the structure: fewer quote markers, list levels or nested emphasis.  limit`,
      ],
    },
  });

  test('a page nested past the limit never reaches the parser: it keeps its front matter and shows a notice', async () => {
    const page = fixturePages(site).find((p) => p.locale === 'en' && p.source === 'source/nesting.md')!;
    const text = fs.readFileSync(page.file, 'utf8');
    const parsed = stage.preprocess({filePath: page.file, fileContent: text});
    expect(parsed).not.toContain('Too deep to parse');
    expect(parsed).toMatch(/^---\ntitle: Nesting\n---\n/);
    expect(parsed).toContain('This page is not shown: it exceeds the limits for pages');
    const {output} = await processFixture(page, plugins, undefined, stage.preprocess);
    expect(output).not.toContain('Too deep');
  });

  test('a page within the limits is passed on unchanged, with no findings', async () => {
    for (const page of fixturePages(site).filter((p) => p.source === 'source/plain.md')) {
      const text = fs.readFileSync(page.file, 'utf8');
      expect(stage.preprocess({filePath: page.file, fileContent: text})).toBe(text);
      expect((await processFixture(page, plugins, undefined, stage.preprocess)).diagnostics).toEqual([]);
    }
  });
});
