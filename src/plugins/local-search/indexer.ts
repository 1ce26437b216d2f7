/**
 * Builds one Pagefind bundle per locale from the built HTML. Only elements marked
 * `data-pagefind-body` (the doc content) are indexed, so navbars and sidebars never match.
 */
import fs from 'node:fs';
import {createRequire} from 'node:module';
import {defaultTreeAdapter as tree, parse, serialize, type DefaultTreeAdapterMap} from 'parse5';
import path from 'node:path';

/** The bundle lives next to each locale's pages: `build/pagefind/`, `build/de/pagefind/`. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/**
 * Words per index chunk. Pagefind's default (20000) makes ~30 KB chunks, and a query loads
 * one or two of them; half that keeps a first query on the real corpus well under 150 KB
 * (see bench/lib/search.ts). Pagefind reads it from its environment and marks the
 * setting unstable: if a later Pagefind ignores it, chunks grow back to the default and the
 * bench shows it.
 */
export const INDEX_CHUNK_SIZE = 10_000;
const CHUNK_SIZE_ENV = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

/** Pagefind's ESM-only Node API, loaded natively (see loadPagefind.cjs). */
const loadPagefind = createRequire(__filename)('./loadPagefind.cjs') as () => Promise<typeof import('pagefind')>;
export const SEARCH_BODY_ATTRIBUTE = 'data-pagefind-body';

export interface BuiltPage {
  /** The URL the site serves the page at, e.g. `/de/docs/lifecycle/x`. */
  url: string;
  /** Absolute path of the HTML file. */
  file: string;
}

export interface SearchIndexResult {
  /** Pages in the index. */
  pageCount: number;
  language: string;
  /** Bundle files written, relative to the bundle dir, with sizes. */
  files: {path: string; bytes: number}[];
}

/** `docs/x.html` → `/base/docs/x`; `index.html` → `/base/`; `a/index.html` → `/base/a/`. */
export function urlOfBuiltFile(relativeFile: string, baseUrl: string): string {
  const rel = relativeFile.split(path.sep).join('/');
  const route = rel === 'index.html' ? '' : rel.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '');
  return `${baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`}${route}`;
}

/**
 * The HTML pages of one locale's build, skipping other locales' builds nested in it
 * (`build/de/` inside the default locale's `build/`) and the search bundle itself.
 */
export function listBuiltPages(localeDir: string, baseUrl: string, nestedLocaleDirs: readonly string[] = []): BuiltPage[] {
  const skip = new Set([SEARCH_BUNDLE_DIR, ...nestedLocaleDirs]);
  return fs
    .readdirSync(localeDir, {withFileTypes: true, recursive: true})
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(localeDir, path.join(entry.parentPath, entry.name)))
    .filter((rel) => !skip.has(rel.split(path.sep)[0]!))
    .sort()
    .map((rel) => ({url: urlOfBuiltFile(rel, baseUrl), file: path.join(localeDir, rel)}));
}

/**
 * Block and cell elements that Pagefind reads as running text: without a boundary,
 * `<th>Task ID<th>Name` would be indexed as one word "Task IDName".
 */
const WORD_BOUNDARY_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

type ParentNode = DefaultTreeAdapterMap['parentNode'];

function addWordBoundaries(node: ParentNode): void {
  for (const child of tree.getChildNodes(node)) {
    if (!tree.isElementNode(child)) continue;
    addWordBoundaries(child);
    if (WORD_BOUNDARY_ELEMENTS.has(tree.getTagName(child))) tree.insertText(child, ' ');
  }
}

/**
 * The page as Pagefind should read it. The minified build omits optional end tags
 * (`<td>3988<td>AIP - …`), which Pagefind's streaming parser does not infer, so cells ran
 * together ("3988AIP") and task IDs were not found. Parsing with a full HTML parser and
 * writing every end tag back, with a space closing each block, keeps words apart.
 */
export function htmlForIndexing(html: string): string {
  const document = parse(html);
  addWordBoundaries(document);
  return serialize(document);
}

/**
 * Files the search client loads. Pagefind's prebuilt UI bundles are not used, and the
 * client runs without Pagefind's web worker (src/search/pagefind.ts), so neither is shipped.
 */
function isClientFile(file: string, wasmLanguages: ReadonlySet<string>): boolean {
  if (/^(index|fragment|filter)\//.test(file)) return true;
  if (file === 'pagefind.js' || file === 'pagefind-entry.json') return true;
  if (file.endsWith('.pf_meta')) return true;
  const wasm = /^wasm\.(.+)\.pagefind$/.exec(file);
  return wasm !== null && wasmLanguages.has(wasm[1]!);
}

/**
 * Indexes the pages that carry {@link SEARCH_BODY_ATTRIBUTE} into `outputDir`.
 * Every page must be in `language` (the locale's `<html lang>`): one bundle, one language.
 */
export async function writeSearchIndex(pages: readonly BuiltPage[], outputDir: string, language: string): Promise<SearchIndexResult> {
  const pagefind = await loadPagefind();
  // The indexing process starts with the first index and inherits the environment.
  const previous = process.env[CHUNK_SIZE_ENV];
  process.env[CHUNK_SIZE_ENV] = String(INDEX_CHUNK_SIZE);
  const {index, errors} = await pagefind.createIndex({}).finally(() => {
    if (previous === undefined) delete process.env[CHUNK_SIZE_ENV];
    else process.env[CHUNK_SIZE_ENV] = previous;
  });
  if (!index) throw new Error(`Search index: Pagefind could not start: ${errors.join('; ')}`);
  try {
    let pageCount = 0;
    for (const page of pages) {
      const html = fs.readFileSync(page.file, 'utf8');
      if (!html.includes(SEARCH_BODY_ATTRIBUTE)) continue;
      const added = await index.addHTMLFile({url: page.url, content: htmlForIndexing(html)});
      if (added.errors.length > 0) throw new Error(`Search index: ${page.file}: ${added.errors.join('; ')}`);
      pageCount++;
    }
    const out = await index.getFiles();
    if (out.errors.length > 0) throw new Error(`Search index: ${out.errors.join('; ')}`);

    const entryFile = out.files.find((f) => f.path === 'pagefind-entry.json');
    const entry = entryFile
      ? (JSON.parse(Buffer.from(entryFile.content).toString('utf8')) as {languages: Record<string, {wasm?: string}>})
      : {languages: {}};
    const languages = Object.keys(entry.languages).sort();
    if (pageCount > 0 && (languages.length !== 1 || languages[0] !== language)) {
      throw new Error(
        `Search index: expected only "${language}" pages in ${outputDir}, found languages ${languages.join(', ')}. ` +
          `Every page of a locale must have <html lang="${language}">.`,
      );
    }
    const wasmLanguages = new Set(Object.values(entry.languages).map((l) => l.wasm ?? 'unknown'));

    fs.rmSync(outputDir, {recursive: true, force: true});
    const files: SearchIndexResult['files'] = [];
    for (const file of out.files) {
      if (!isClientFile(file.path, wasmLanguages)) continue;
      const target = path.join(outputDir, file.path);
      fs.mkdirSync(path.dirname(target), {recursive: true});
      fs.writeFileSync(target, file.content);
      files.push({path: file.path, bytes: file.content.byteLength});
    }
    return {pageCount, language, files: files.sort((a, b) => a.path.localeCompare(b.path))};
  } finally {
    await index.deleteIndex();
  }
}

/** Shuts down Pagefind's indexing process; call once when all locales are indexed. */
export async function closeSearchIndexer(): Promise<void> {
  await (await loadPagefind()).close();
}
