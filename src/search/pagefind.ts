/**
 * The browser side of the local index: loads the locale's Pagefind bundle on first use and
 * turns its results into plain data. Pagefind fetches only the index chunks and page
 * fragments a query needs.
 */
import {excerptSegments, type ExcerptSegment} from './excerpt';
import {isSitePath} from './tasks';

/** The part of Pagefind's browser API this site uses. */
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(indexPath: string, options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{results: PagefindResult[]} | null>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindData>;
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: {title?: string; language?: string};
  sub_results?: {title: string; url: string; excerpt: string; anchor?: {element: string; id: string}}[];
}

export interface PageSection {
  title: string;
  url: string;
}

export interface PageResult {
  url: string;
  title: string;
  /** The language of the page's text (`lang`): the locale's, or the default locale's for an untranslated page. */
  language: string | null;
  excerpt: ExcerptSegment[];
  /** Headings on the page where the words occur, best first. */
  sections: PageSection[];
}

export interface PageSearch {
  /** All matching pages; load them in slices with {@link loadPageResults}. */
  hits: readonly PagefindResult[];
}

const bundles = new Map<string, Promise<PagefindApi>>();

/** Options of every index instance: result URLs are already full site paths (with the locale's base URL). */
const INSTANCE_OPTIONS = {baseUrl: '/', excerptLength: 24};

/**
 * The language indexes of a bundle that Pagefind's primary instance does not load. It loads
 * the page's language (`<html lang>`, or its primary subtag), else the index with most pages.
 * A locale's bundle holds its own pages and, in their own language, the untranslated pages
 * the fallback shows (src/plugins/local-search/indexer.ts).
 */
export function languagesToMerge(languages: Readonly<Record<string, {page_count: number}>>, pageLanguage: string): string[] {
  const lang = pageLanguage.toLowerCase();
  const names = Object.keys(languages);
  const largest = [...names].sort((a, b) => languages[b]!.page_count - languages[a]!.page_count)[0];
  const primary = [lang, lang.split('-')[0]!].find((l) => l in languages) ?? largest;
  return names.filter((name) => name !== primary);
}

/** Loads `<bundleUrl>pagefind.js` once per page session, with every language of the bundle. `bundleUrl` ends with `/`. */
export function loadPagefind(bundleUrl: string): Promise<PagefindApi> {
  let bundle = bundles.get(bundleUrl);
  if (!bundle) {
    bundle = (async () => {
      // Built after the site bundle, so the bundler must not try to resolve it.
      const api = (await import(/* webpackIgnore: true */ `${bundleUrl}pagefind.js`)) as PagefindApi;
      // Result URLs are already full site paths (with the locale's base URL). The index is
      // fetched in small chunks, so searching on the main thread is quick, and skipping the
      // worker saves its download on the first query.
      await api.options({...INSTANCE_OPTIONS, basePath: bundleUrl, noWorker: true});
      await api.init();
      const entry = (await (await fetch(`${bundleUrl}pagefind-entry.json`)).json()) as {languages: Record<string, {page_count: number}>};
      // Pagefind will not merge a path that its primary's base path starts with (it takes that
      // for the primary itself); the bundle's absolute URL names the same files and is merged.
      const sameBundle = new URL(bundleUrl, window.location.href).href;
      for (const language of languagesToMerge(entry.languages, document.documentElement.lang)) {
        await api.mergeIndex(sameBundle, {...INSTANCE_OPTIONS, language});
      }
      return api;
    })();
    bundle.catch(() => bundles.delete(bundleUrl));
    bundles.set(bundleUrl, bundle);
  }
  return bundle;
}

export async function searchPages(api: PagefindApi, query: string): Promise<PageSearch> {
  const search = await api.search(query);
  return {hits: search?.results ?? []};
}

function toPageResult(data: PagefindData, maxSections: number): PageResult | null {
  if (!isSitePath(data.url)) return null;
  const sections = (data.sub_results ?? [])
    .filter((sub) => sub.anchor && sub.url !== data.url && isSitePath(sub.url))
    .slice(0, maxSections)
    .map((sub) => ({title: sub.title, url: sub.url}));
  return {url: data.url, title: data.meta.title || data.url, language: data.meta.language ?? null, excerpt: excerptSegments(data.excerpt), sections};
}

/** Fetches the fragments of `hits[start, start + count)`; each is a small file. */
export async function loadPageResults(search: PageSearch, start: number, count: number, maxSections = 2): Promise<PageResult[]> {
  const data = await Promise.all(search.hits.slice(start, start + count).map((hit) => hit.data()));
  return data.map((d) => toPageResult(d, maxSections)).filter((r): r is PageResult => r !== null);
}
