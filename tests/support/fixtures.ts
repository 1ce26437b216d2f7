import fs from 'node:fs';
import path from 'node:path';
import type {PluggableList} from 'unified';
import {expect, test} from 'vitest';
import {readContentLayout} from '../../src/content/layout';
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

/** Runs a fixture page through the plugins, as it would run in the build. */
export function processFixture(page: FixturePage, plugins: PluggableList): Promise<Processed> {
  return processMarkdown(fs.readFileSync(page.file, 'utf8'), page.file, plugins);
}

/** Where a page's readable output is kept: `__snapshots__/<locale>/<source>.mdx`. */
export function snapshotPath(testDir: string, page: FixturePage): string {
  return path.join(testDir, '__snapshots__', page.locale, page.source.replace(/\.md$/, '.mdx'));
}

/**
 * The standard fixture test of a plugin: every page of its fake site, in both locales,
 * gives the readable output kept in `__snapshots__` and exactly the findings listed
 * (by `<locale>/<source>`; pages not listed must have none).
 */
export function testFixturePages(options: {
  testDir: string;
  siteDir: string;
  plugins: PluggableList;
  expected: Record<string, string[]>;
  only?: (page: FixturePage) => boolean;
}): void {
  const pages = fixturePages(options.siteDir).filter(options.only ?? (() => true));

  test('every fixture page with findings exists, in both locales', () => {
    const names = pages.map((p) => `${p.locale}/${p.source}`);
    expect(names).toEqual(expect.arrayContaining(Object.keys(options.expected)));
    expect(new Set(pages.map((p) => p.locale))).toEqual(new Set(['en', 'de']));
  });

  test.each(pages.map((p) => [`${p.locale}/${p.source}`, p] as const))('%s', async (name, page) => {
    const {output, diagnostics} = await processFixture(page, options.plugins);
    await expect(output).toMatchFileSnapshot(snapshotPath(options.testDir, page));
    expect(diagnostics).toEqual(options.expected[name] ?? []);
  });
}
