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
  /** Pages per language index, e.g. `{es: 40, en: 3}` under /es/ with three untranslated pages. */
  pagesByLanguage: Record<string, number>;
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

type Element = DefaultTreeAdapterMap['element'];

/** The element marked {@link SEARCH_BODY_ATTRIBUTE} and the `lang` it is in (its own or inherited). */
function findSearchBody(node: ParentNode, lang: string | null): {body: Element; lang: string | null} | null {
  for (const child of tree.getChildNodes(node)) {
    if (!tree.isElementNode(child)) continue;
    const own = attribute(child, 'lang') ?? lang;
    if (attribute(child, SEARCH_BODY_ATTRIBUTE) !== null) return {body: child, lang: own};
    const found = findSearchBody(child, own);
    if (found) return found;
  }
  return null;
}

function attribute(element: Element, name: string): string | null {
  return element.attrs.find((a) => a.name === name)?.value ?? null;
}

function setAttribute(element: Element, name: string, value: string): void {
  const existing = element.attrs.find((a) => a.name === name);
  if (existing) existing.value = value;
  else element.attrs.push({name, value});
}

/** Pagefind result metadata naming the language of a page's text (`meta.language`). */
export const LANGUAGE_META = 'language';

export interface IndexedHtml {
  html: string;
  /** The language the page is indexed in: that of its marked content. Null when nothing is marked. */
  language: string | null;
}

/**
 * The page as Pagefind should read it.
 * - The minified build omits optional end tags (`<td>3988<td>AIP - …`), which Pagefind's
 *   streaming parser does not infer, so cells ran together ("3988AIP") and task IDs were not
 *   found. Parsing with a full HTML parser and writing every end tag back, with a space
 *   closing each block, keeps words apart.
 * - Pagefind picks a page's stemmer and word segmentation from `<html lang>`. A page shown
 *   through the fallback (English text under /es/) marks its content `lang="en"`: it is
 *   indexed as English, and says so in its metadata, never stemmed as Spanish.
 */
export function htmlForIndexing(html: string): IndexedHtml {
  const document = parse(html);
  addWordBoundaries(document);
  const htmlElement = tree.getChildNodes(document).find((n): n is Element => tree.isElementNode(n) && tree.getTagName(n) === 'html');
  const found = findSearchBody(document, null);
  if (found && htmlElement && found.lang) {
    if (found.lang !== attribute(htmlElement, 'lang')) setAttribute(htmlElement, 'lang', found.lang);
    const meta = attribute(found.body, 'data-pagefind-meta');
    setAttribute(found.body, 'data-pagefind-meta', [meta, `${LANGUAGE_META}:${found.lang}`].filter(Boolean).join(', '));
  }
  return {html: serialize(document), language: found ? (found.lang ?? 'unknown') : null};
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
 * Indexes the pages that carry {@link SEARCH_BODY_ATTRIBUTE} into `outputDir`, each under the
 * language of its content: the locale's own pages under `languages[0]` (the locale's
 * `<html lang>`), pages shown through the fallback under theirs. One bundle holds one index
 * per language; any language not in `languages` fails with what to fix.
 */
export async function writeSearchIndex(pages: readonly BuiltPage[], outputDir: string, languages: readonly string[]): Promise<SearchIndexResult> {
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
    const pagesByLanguage: Record<string, number> = {};
    const unexpected: string[] = [];
    for (const page of pages) {
      const source = fs.readFileSync(page.file, 'utf8');
      if (!source.includes(SEARCH_BODY_ATTRIBUTE)) continue;
      const {html, language} = htmlForIndexing(source);
      if (language === null) continue;
      if (!languages.some((l) => l.toLowerCase() === language.toLowerCase())) unexpected.push(`${page.url} (${language})`);
      const added = await index.addHTMLFile({url: page.url, content: html});
      if (added.errors.length > 0) throw new Error(`Search index: ${page.file}: ${added.errors.join('; ')}`);
      pagesByLanguage[language] = (pagesByLanguage[language] ?? 0) + 1;
    }
    if (unexpected.length > 0) {
      throw new Error(
        `Search index: expected only ${languages.map((l) => `"${l}"`).join(' or ')} pages in ${outputDir}, found languages ${Object.keys(pagesByLanguage).sort().join(', ')}: ` +
          `${unexpected.slice(0, 5).join(', ')}${unexpected.length > 5 ? ', …' : ''}. ` +
          `Every page of a locale must have <html lang="${languages[0]}">, or mark text of another locale with its lang.`,
      );
    }
    const pageCount = Object.values(pagesByLanguage).reduce((sum, n) => sum + n, 0);
    const out = await index.getFiles();
    if (out.errors.length > 0) throw new Error(`Search index: ${out.errors.join('; ')}`);

    const entryFile = out.files.find((f) => f.path === 'pagefind-entry.json');
    const entry = entryFile
      ? (JSON.parse(Buffer.from(entryFile.content).toString('utf8')) as {languages: Record<string, {wasm?: string}>})
      : {languages: {}};
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
    return {pageCount, pagesByLanguage, files: files.sort((a, b) => a.path.localeCompare(b.path))};
  } finally {
    await index.deleteIndex();
  }
}

/** Shuts down Pagefind's indexing process; call once when all locales are indexed. */
export async function closeSearchIndexer(): Promise<void> {
  await (await loadPagefind()).close();
}

const EXIT_HOOK = Symbol.for('playbook.searchIndexer.closesAtExit');

/**
 * Keeps Pagefind's indexing process for the whole build instead of one per locale: Docusaurus
 * builds the locales one after another in one process, and Pagefind's module (loaded natively,
 * so not reloaded with the config for each locale) keeps its process between indexes. It is shut
 * down when the build process exits; while idle it does not keep the process alive.
 */
export async function closeSearchIndexerAtExit(): Promise<void> {
  const store = globalThis as Record<symbol, boolean | undefined>;
  if (store[EXIT_HOOK]) return;
  store[EXIT_HOOK] = true;
  const pagefind = await loadPagefind();
  // Only synchronous work runs on 'exit'; Pagefind's close() stops its process synchronously.
  process.once('exit', () => void pagefind.close());
}
