/**
 * Measuring search's transfer size; the `search` measure (bench/measures/search.ts) runs it.
 *
 *   measureSearch(buildDir: string, options?: MeasureSearchOptions): Promise<SearchMeasurement[]>
 *
 * `buildDir` is a production build with the local search (no DOCSEARCH_* variables), e.g.
 * `build/` with the German site in `build/de/`. For every scale in `options.scales`
 * (default `[1, 10]`) and every locale in the build it returns one {@link SearchMeasurement}:
 *
 * - the locale's index: total bytes, file count, largest file, bytes by kind;
 * - the bytes Chromium transfers when a reader opens the search box on the locale's home page
 *   and types a first query at 100 ms per key (everything search loads: Pagefind's script and WebAssembly, index
 *   metadata and chunks, result fragments, tasks.json), then a later query on the same page.
 *   The build is served the way static hosts serve it: text gzipped, Pagefind's own files as
 *   they are (already gzipped). `bytes` counts response bodies as transferred plus headers.
 *
 * Scale N > 1 copies the build into `options.workDir` and adds N − 1 variants of every indexed
 * page (numbers shifted so task IDs stay unique, long words varied so the vocabulary grows),
 * then rebuilds each locale's index with the site's own indexer before measuring the same way.
 *
 * `formatSearchMeasurements(measurements)` renders a table; `SEARCH_BUDGET` holds the targets
 * (first query ≤ 150 KB; growth from 1× to 10× ≤ 2×). Needs Chromium (CHROMIUM_PATH).
 *
 * Direct use: `npx tsx bench/lib/search.ts [buildDir] [scales, e.g. 1,10]`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {defaultTreeAdapter as tree, parse, serialize, type DefaultTreeAdapterMap} from 'parse5';
import type {Browser} from 'playwright-core';
import {launchBrowser} from '../../tests/support/browser';
import {serveBuild} from '../../tests/support/server';
import {listBuiltPages, SEARCH_BODY_ATTRIBUTE, SEARCH_BUNDLE_DIR, writeSearchIndex, closeSearchIndexer} from '../../src/plugins/local-search/indexer';

export const SEARCH_BUDGET = {firstQueryBytes: 150 * 1024, growthAt10x: 2} as const;

export interface SearchQueries {
  first: string;
  later: string;
}

export interface MeasureSearchOptions {
  /** Page multipliers; default [1, 10]. */
  scales?: number[];
  /** Queries per language (`<html lang>`); defaults cover en and de. */
  queries?: Record<string, SearchQueries>;
  /** Where scaled copies of the build go; default a temp dir. Removed afterwards. */
  workDir?: string;
}

export interface QueryTransfer {
  query: string;
  /** Response bytes as transferred (gzip where a host would compress), headers included. */
  bytes: number;
  /** The same responses uncompressed. */
  decodedBytes: number;
  requests: {path: string; bytes: number}[];
  /** Options the search box offered (tasks + pages + "all results"). */
  suggestions: number;
}

export interface SearchMeasurement {
  scale: number;
  /** Locale folder below the build, '' for the default locale. */
  localeDir: string;
  language: string;
  pages: number;
  index: {
    bytes: number;
    files: number;
    largestFile: {path: string; bytes: number};
    /** pagefind.js and WebAssembly / entry + meta / index chunks / page fragments. */
    byKind: {runtime: number; meta: number; chunks: number; fragments: number};
  };
  firstQuery: QueryTransfer;
  laterQuery: QueryTransfer;
}

/** A quick typist; slower typing lets the box search for prefixes on the way. */
const TYPING_DELAY_MS = 100;

const DEFAULT_QUERIES: Record<string, SearchQueries> = {
  en: {first: 'remediation', later: '3988'},
  de: {first: 'Korrektur', later: '3988'},
};

interface LocaleBuild {
  /** '' or e.g. 'de'. */
  localeDir: string;
  baseUrl: string;
  /** The language with most pages (the locale's own, or the fallback's where nothing is translated). */
  language: string;
  /** Every language index of the bundle (the locale's, and the default locale's for untranslated pages). */
  languages: string[];
}

/** The locales of a build: every folder holding a search bundle. */
export function findLocaleBuilds(buildDir: string): LocaleBuild[] {
  const entryOf = (dir: string) => path.join(buildDir, dir, SEARCH_BUNDLE_DIR, 'pagefind-entry.json');
  const dirs = ['', ...fs.readdirSync(buildDir).filter((d) => fs.existsSync(entryOf(d)))].filter((d) => fs.existsSync(entryOf(d)));
  if (dirs.length === 0) {
    throw new Error(`Search bench: no ${SEARCH_BUNDLE_DIR}/pagefind-entry.json in ${buildDir}; build the site without DOCSEARCH_* variables first.`);
  }
  return dirs.map((localeDir) => {
    const entry = JSON.parse(fs.readFileSync(entryOf(localeDir), 'utf8')) as {languages: Record<string, {page_count: number}>};
    const languages = Object.entries(entry.languages).sort((a, b) => b[1].page_count - a[1].page_count).map(([language]) => language);
    return {localeDir, baseUrl: localeDir ? `/${localeDir}/` : '/', language: languages[0] ?? 'unknown', languages};
  });
}

function indexStats(bundleDir: string): SearchMeasurement['index'] & {pages: number} {
  const files = fs
    .readdirSync(bundleDir, {recursive: true, withFileTypes: true})
    .filter((e) => e.isFile())
    .map((e) => {
      const full = path.join(e.parentPath, e.name);
      return {path: path.relative(bundleDir, full).split(path.sep).join('/'), bytes: fs.statSync(full).size};
    });
  const sum = (test: (p: string) => boolean) => files.filter((f) => test(f.path)).reduce((n, f) => n + f.bytes, 0);
  const entry = JSON.parse(fs.readFileSync(path.join(bundleDir, 'pagefind-entry.json'), 'utf8')) as {languages: Record<string, {page_count: number}>};
  return {
    pages: Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0),
    bytes: sum(() => true),
    files: files.length,
    largestFile: files.reduce((a, b) => (b.bytes > a.bytes ? b : a), {path: '', bytes: 0}),
    byKind: {
      runtime: sum((p) => p === 'pagefind.js' || p.startsWith('wasm.')),
      meta: sum((p) => p === 'pagefind-entry.json' || p.endsWith('.pf_meta')),
      chunks: sum((p) => p.startsWith('index/') || p.startsWith('filter/')),
      fragments: sum((p) => p.startsWith('fragment/')),
    },
  };
}

type ParentNode = DefaultTreeAdapterMap['parentNode'];

/** Variant `copy` of a page's text: numbers shifted by copy × 100000, every third long word suffixed. */
function varyText(node: ParentNode, copy: number): void {
  for (const child of tree.getChildNodes(node)) {
    if (tree.isTextNode(child)) {
      let n = 0;
      child.value = child.value
        .replace(/\d+/g, (digits) => String(Number(digits) + copy * 100000))
        .replace(/\p{L}{7,}/gu, (word) => (n++ % 3 === 0 ? `${word}${String.fromCharCode(97 + (copy % 26))}${copy}` : word));
    } else if (tree.isElementNode(child) && !['script', 'style'].includes(tree.getTagName(child))) {
      varyText(child, copy);
    }
  }
}

/** Copies the build and adds `scale - 1` varied copies of each indexed page, then re-indexes. */
async function scaleBuild(buildDir: string, target: string, scale: number, locales: readonly LocaleBuild[]): Promise<void> {
  fs.rmSync(target, {recursive: true, force: true});
  fs.cpSync(buildDir, target, {recursive: true});
  const nested = locales.map((l) => l.localeDir).filter(Boolean);
  for (const locale of locales) {
    const localeDir = path.join(target, locale.localeDir);
    const pages = listBuiltPages(localeDir, locale.baseUrl, locale.localeDir ? [] : nested);
    for (const page of pages) {
      const html = fs.readFileSync(page.file, 'utf8');
      if (!html.includes(SEARCH_BODY_ATTRIBUTE)) continue;
      const rel = path.relative(localeDir, page.file);
      for (let copy = 1; copy < scale; copy++) {
        const document = parse(html);
        varyText(document, copy);
        const file = path.join(localeDir, `bench-copy-${copy}`, rel);
        fs.mkdirSync(path.dirname(file), {recursive: true});
        fs.writeFileSync(file, serialize(document));
      }
    }
    await writeSearchIndex(
      listBuiltPages(localeDir, locale.baseUrl, locale.localeDir ? [] : nested),
      path.join(localeDir, SEARCH_BUNDLE_DIR),
      locale.languages,
    );
  }
  await closeSearchIndexer();
}

/** Opens the locale's home page in a fresh browser context and searches twice from the navbar box. */
async function measureQueries(browser: Browser, siteUrl: string, locale: LocaleBuild, queries: SearchQueries): Promise<[QueryTransfer, QueryTransfer]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  await page.goto(`${siteUrl}${locale.baseUrl}`, {waitUntil: 'networkidle'});
  await page.waitForSelector('html[data-has-hydrated="true"]');

  let recorded: Promise<{path: string; bytes: number; decodedBytes: number}>[] = [];
  page.on('requestfinished', (request) => {
    recorded.push(
      (async () => {
        const sizes = await request.sizes();
        const response = await request.response();
        const body = (await response?.body())?.byteLength ?? 0;
        return {path: new URL(request.url()).pathname, bytes: sizes.responseBodySize + sizes.responseHeadersSize, decodedBytes: body};
      })(),
    );
  });

  const search = async (query: string): Promise<QueryTransfer> => {
    recorded = [];
    await page.keyboard.press('Control+k');
    await page.keyboard.press('Control+a');
    await page.keyboard.type(query, {delay: TYPING_DELAY_MS});
    await page.waitForSelector('.navbar [role="listbox"][aria-busy="false"]', {state: 'attached'});
    await page.waitForLoadState('networkidle');
    const requests = await Promise.all(recorded);
    const suggestions = await page.locator('.navbar [role="option"]').count();
    return {
      query,
      bytes: requests.reduce((n, r) => n + r.bytes, 0),
      decodedBytes: requests.reduce((n, r) => n + r.decodedBytes, 0),
      requests: requests.map(({path: p, bytes}) => ({path: p, bytes})),
      suggestions,
    };
  };

  const first = await search(queries.first);
  const later = await search(queries.later);
  await context.close();
  return [first, later];
}

export async function measureSearch(buildDir: string, options: MeasureSearchOptions = {}): Promise<SearchMeasurement[]> {
  const scales = options.scales ?? [1, 10];
  const queries = {...DEFAULT_QUERIES, ...options.queries};
  const locales = findLocaleBuilds(buildDir);
  const workDir = options.workDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'search-bench-'));
  const browser = await launchBrowser();
  const measurements: SearchMeasurement[] = [];
  try {
    for (const scale of scales) {
      const siteDir = scale === 1 ? buildDir : path.join(workDir, `x${scale}`);
      if (scale !== 1) await scaleBuild(buildDir, siteDir, scale, locales);
      const server = await serveBuild(siteDir, {compress: true});
      try {
        for (const locale of locales) {
          const q = queries[locale.language] ?? {first: 'the', later: '1'};
          const {pages, ...index} = indexStats(path.join(siteDir, locale.localeDir, SEARCH_BUNDLE_DIR));
          const [firstQuery, laterQuery] = await measureQueries(browser, server.url, locale, q);
          measurements.push({scale, localeDir: locale.localeDir, language: locale.language, pages, index, firstQuery, laterQuery});
        }
      } finally {
        await server.close();
        if (scale !== 1) fs.rmSync(siteDir, {recursive: true, force: true});
      }
    }
  } finally {
    await browser.close();
    if (!options.workDir) fs.rmSync(workDir, {recursive: true, force: true});
  }
  return measurements;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** A table of the measurements, with the budget checks. */
export function formatSearchMeasurements(measurements: readonly SearchMeasurement[]): string {
  const rows = measurements.map((m) => {
    const base = measurements.find((b) => b.scale === 1 && b.language === m.language);
    const growth = base ? m.firstQuery.bytes / base.firstQuery.bytes : NaN;
    return [
      `${m.scale}×`, m.language, String(m.pages), kb(m.index.bytes), `${m.index.largestFile.path} ${kb(m.index.largestFile.bytes)}`,
      `${m.firstQuery.query}: ${kb(m.firstQuery.bytes)} (${m.firstQuery.requests.length} req)`,
      `${m.laterQuery.query}: ${kb(m.laterQuery.bytes)} (${m.laterQuery.requests.length} req)`,
      m.scale === 1 ? '' : `${growth.toFixed(2)}×`,
      m.firstQuery.bytes <= SEARCH_BUDGET.firstQueryBytes && (m.scale === 1 || growth <= SEARCH_BUDGET.growthAt10x) ? 'ok' : 'OVER',
    ];
  });
  const header = ['scale', 'lang', 'pages', 'index', 'largest file', 'first query', 'later query', 'growth', 'budget'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

if (require.main === module) {
  const [buildDir = 'build', scales = '1,10'] = process.argv.slice(2);
  measureSearch(path.resolve(buildDir), {scales: scales.split(',').map(Number)})
    .then((measurements) => console.log(formatSearchMeasurements(measurements)))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
