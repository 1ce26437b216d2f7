import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import picomatch from 'picomatch';
import {afterAll, expect, test} from 'vitest';
import {indexPages, readContentLayout} from '../layout';

const DE = 'i18n/de/docusaurus-plugin-content-docs/current';
const site = fs.mkdtempSync(path.join(os.tmpdir(), 'playbook-layout-'));
afterAll(() => fs.rmSync(site, {recursive: true, force: true}));
for (const rel of [
  'docs/index.md', 'docs/guide/page.md', 'docs/guide/_includes/a.md', 'docs/_note.md',
  'docs/includes/footer.md', 'docs/includes/deep/more.md', 'docs/guide/snippet.md', 'docs/includes-old/old.md',
  `${DE}/guide/page.md`, `${DE}/includes/nur-deutsch.md`,
]) {
  fs.mkdirSync(path.dirname(path.join(site, rel)), {recursive: true});
  fs.writeFileSync(path.join(site, rel), '# x\n');
}
fs.mkdirSync(path.join(site, 'imports'));
fs.writeFileSync(path.join(site, 'imports/en.json'), JSON.stringify({locale: 'en', from: 'x', pages: [], files: {}, partials: ['guide/snippet.md'], includeFolders: ['includes']}));

const layout = readContentLayout(site, {locales: ['en', 'de'], defaultLocale: 'en'});

test('underscored files and what imports recorded are partials; everything else is a page', () => {
  expect(layout.pages('en')).toEqual(['guide/page.md', 'includes-old/old.md', 'index.md']);
  expect(layout.pages('de')).toEqual(['guide/page.md']);
  expect(layout.markdownFiles('de')).toEqual(['guide/page.md', 'includes/nur-deutsch.md']);
  expect(layout.isPartial('includes/deep/more.md')).toBe(true);
  expect(layout.isPartial('includes-old/old.md')).toBe(false);
});

test('the docs plugin excludes exactly the partials', () => {
  const excluded = picomatch(layout.excludeGlobs());
  const all = layout.markdownFiles('en');
  expect(all.filter((f) => excluded(f))).toEqual(all.filter((f) => layout.isPartial(f)));
});

test('files are placed in their locale and content path', () => {
  expect(layout.contentFileOf(path.join(site, DE, 'guide/page.md'))).toEqual({locale: 'de', source: 'guide/page.md'});
  expect(layout.contentFileOf(path.join(site, 'docs/index.md'))).toEqual({locale: 'en', source: 'index.md'});
  expect(layout.contentFileOf(path.join(site, 'src/pages/x.md'))).toBeNull();
});

test('pages are indexed by DocFX name across locales', () => {
  expect(Object.fromEntries(indexPages(layout))).toEqual({
    index: {source: 'index.md', locales: ['en']},
    old: {source: 'includes-old/old.md', locales: ['en']},
    page: {source: 'guide/page.md', locales: ['en', 'de']},
  });
});
