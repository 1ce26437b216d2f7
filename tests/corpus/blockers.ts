import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import type {ContentLayout} from '../../src/content/layout';
import {parsePage} from '../../src/content/parsePage';
import {DEFAULT_LOCALE} from '../../src/playbook/locales';
import {pageTitle} from '../../tools/import/pageText';

/**
 * The corpus's L2 blocker pages, by the test's own reading: the `l1l2l3-…` pages with a
 * two-column table (a scenario and its status). The L1 pages and the list page have none.
 * Content-relative sources of the pages a locale's build shows (its own file, else the default
 * locale's), with the file shown and its title.
 */
export function corpusL2Pages(layout: ContentLayout, locale: string): {source: string; file: string; title: string}[] {
  const own = new Set(layout.pages(locale));
  const sources = [...new Set([...layout.pages(DEFAULT_LOCALE), ...own])].filter((s) => /(^|\/)l1l2l3-[^/]+\.md$/.test(s)).sort();
  return sources.flatMap((source) => {
    const file = path.join(layout.docsDir(own.has(source) ? locale : DEFAULT_LOCALE), source);
    const text = fs.readFileSync(file, 'utf8');
    if (!/^\s*\|[^|\n]+\|[^|\n]+\|\s*$/m.test(text)) return [];
    return [{source, file, title: pageTitle(parsePage(text)) ?? ''}];
  });
}

/** A built page's HTML by its URL path. */
export function builtHtml(buildDir: string, url: string): string {
  const base = path.join(buildDir, url);
  return fs.readFileSync(fs.existsSync(`${base}.html`) ? `${base}.html` : path.join(base, 'index.html'), 'utf8');
}

/** The status cells of a built page's scenario tables (the two-column tables of its article). */
export function statusCells(html: string): {text: string; href: string | null}[] {
  const $ = cheerio.load(html);
  return $('article table')
    .filter((_, table) => $(table).find('thead th').length === 2)
    .find('tbody tr td:nth-child(2)')
    .map((_, cell) => ({text: $(cell).text().trim(), href: $(cell).find('a').attr('href') ?? null}))
    .get();
}

