import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {test} from 'node:test';
import * as cheerio from 'cheerio';
import {BUILD_DIR, requireBuild} from '../support/browser';
import {readContentLayout} from '../../src/content/layout';

const SITE_DIR = path.resolve(__dirname, '../..');

/** Every built doc page links "Edit this page" to its own source file, in its own locale. */
for (const locale of ['en', 'de']) {
  test(`${locale}: every doc page edits its own source file`, () => {
    requireBuild();
    const layout = readContentLayout(SITE_DIR);
    const contentDir = layout.docsDir(locale);
    const sources = layout.pages(locale);
    assert.ok(sources.length >= 3, 'pages to check');
    for (const source of sources) {
      const htmlFile = path.join(BUILD_DIR, locale === 'en' ? '' : locale, 'docs', source.replace(/\.md$/, '.html'));
      const html = fs.readFileSync(htmlFile, 'utf8');
      const href = cheerio.load(html)('a.theme-edit-this-page').attr('href');
      assert.ok(href, `${htmlFile} has an edit link`);
      const expected = path.relative(SITE_DIR, path.join(contentDir, source)).split(path.sep).join('/');
      assert.ok(href.endsWith(`/edit/main/${expected}`), `${href} edits ${expected}`);
    }
  });
}
