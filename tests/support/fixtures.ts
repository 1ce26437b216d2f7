import fs from 'node:fs';
import path from 'node:path';
import type {PluggableList} from 'unified';
import {expect, test} from 'vitest';
import {readContentLayout} from '../../src/content/layout';
import type {Preprocess} from '../../src/remark/source';
import {renderMarkdown} from './html';
import {processMarkdown, type Processed} from './markdown';

/** A fixture page of a plugin's fake site: `__fixtures__/site/{docs,i18n/de/…}/<name>.md`. */
export interface FixturePage {
  locale: string;
  /** Content-relative path, e.g. `guide/block.md`. */
  source: string;
  file: string;
}

/** Fixture pages in both locales, include files left out. */
export function fixturePages(siteDir: string, locales: readonly string[] = ['en', 'de']): FixturePage[] {
  const layout = readContentLayout(siteDir);
  return locales.flatMap((locale) => layout.pages(locale).map((source) => ({locale, source, file: path.join(layout.docsDir(locale), source)})));
}

/** A plugin's fake site: `<testDir>/__fixtures__/site`. */
export function fixtureSite(testDir: string): string {
  return path.join(testDir, '__fixtures__', 'site');
}

/**
 * Runs a fixture page through the plugins, as it would run in the build: readable MDX, or,
 * with rehype plugins, the rendered HTML.
 */
export async function processFixture(page: FixturePage, plugins: PluggableList, rehypePlugins?: PluggableList, preprocess?: Preprocess): Promise<Processed> {
  if (!rehypePlugins) {
    const text = fs.readFileSync(page.file, 'utf8');
    return processMarkdown(preprocess ? preprocess({filePath: page.file, fileContent: text}) : text, page.file, plugins);
  }
  const {html, diagnostics} = await renderMarkdown(page.file, {remarkPlugins: plugins, rehypePlugins});
  return {output: html, diagnostics};
}

/** Where a page's output is kept: `__snapshots__/<locale>/<source>.mdx` (or `.html`). */
export function snapshotPath(testDir: string, page: FixturePage, extension: 'mdx' | 'html' = 'mdx'): string {
  return path.join(testDir, '__snapshots__', page.locale, page.source.replace(/\.md$/, `.${extension}`));
}

export interface FixtureTestOptions {
  /** The plugin's `__tests__` folder. */
  testDir: string;
  /** Its fake site; `__fixtures__/site` in `testDir` by default. */
  siteDir?: string;
  /** Remark plugins, in build order. */
  plugins: PluggableList;
  /** For rehype plugins: the output is the rendered HTML (`.html` snapshots). */
  rehypePlugins?: PluggableList;
  /** Docusaurus's `markdown.preprocessor`, for the raw-text stage: runs on the text before parsing. */
  preprocess?: Preprocess;
  /** Exact findings per page, by `<locale>/<source>`; pages not listed must have none. */
  expected: Record<string, string[]>;
  only?: (page: FixturePage) => boolean;
}

/**
 * THE fixture test of a plugin (every plugin folder has one): every page of its fake site,
 * in both locales, gives the output kept in `__snapshots__` and exactly the findings listed.
 * A plugin's other tests sit beside it in the same file.
 */
export function testFixturePages(options: FixtureTestOptions): void {
  const siteDir = options.siteDir ?? fixtureSite(options.testDir);
  const pages = fixturePages(siteDir).filter(options.only ?? (() => true));
  const extension = options.rehypePlugins ? 'html' : 'mdx';

  test('every fixture page with findings exists, in both locales', () => {
    const names = pages.map((p) => `${p.locale}/${p.source}`);
    expect(names).toEqual(expect.arrayContaining(Object.keys(options.expected)));
    expect(new Set(pages.map((p) => p.locale))).toEqual(new Set(['en', 'de']));
  });

  test.each(pages.map((p) => [`${p.locale}/${p.source}`, p] as const))('%s', async (name, page) => {
    const {output, diagnostics} = await processFixture(page, options.plugins, options.rehypePlugins, options.preprocess);
    await expect(output).toMatchFileSnapshot(snapshotPath(options.testDir, page, extension));
    expect(diagnostics).toEqual(options.expected[name] ?? []);
  });
}
