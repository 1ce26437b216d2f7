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
  search(query: string): Promise<{results: PagefindResult[]} | null>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindData>;
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: {title?: string};
  sub_results?: {title: string; url: string; excerpt: string; anchor?: {element: string; id: string}}[];
}

export interface PageSection {
  title: string;
  url: string;
}

export interface PageResult {
  url: string;
  title: string;
  excerpt: ExcerptSegment[];
  /** Headings on the page where the words occur, best first. */
  sections: PageSection[];
}

export interface PageSearch {
  /** All matching pages; load them in slices with {@link loadPageResults}. */
  hits: readonly PagefindResult[];
}

const bundles = new Map<string, Promise<PagefindApi>>();

/** Loads `<bundleUrl>pagefind.js` once per page session. `bundleUrl` ends with `/`. */
export function loadPagefind(bundleUrl: string): Promise<PagefindApi> {
  let bundle = bundles.get(bundleUrl);
  if (!bundle) {
    bundle = (async () => {
      // Built after the site bundle, so the bundler must not try to resolve it.
      const api = (await import(/* webpackIgnore: true */ `${bundleUrl}pagefind.js`)) as PagefindApi;
      // Result URLs are already full site paths (with the locale's base URL). The index is
      // fetched in small chunks, so searching on the main thread is quick, and skipping the
      // worker saves its download on the first query.
      await api.options({baseUrl: '/', excerptLength: 24, noWorker: true});
      await api.init();
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
  return {url: data.url, title: data.meta.title || data.url, excerpt: excerptSegments(data.excerpt), sections};
}

/** Fetches the fragments of `hits[start, start + count)`; each is a small file. */
export async function loadPageResults(search: PageSearch, start: number, count: number, maxSections = 2): Promise<PageResult[]> {
  const data = await Promise.all(search.hits.slice(start, start + count).map((hit) => hit.data()));
  return data.map((d) => toPageResult(d, maxSections)).filter((r): r is PageResult => r !== null);
}
