/**
 * One search, shared by the navbar box and the results page: FTOP tasks from the locale's
 * `tasks.json` plus pages from the locale's Pagefind index. Nothing loads until `active`
 * (the box is opened, or the results page is shown).
 */
import {useEffect, useState} from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {loadPageResults, loadPagefind, searchPages, type PageResult} from './pagefind';
import {matchTasks, parseTaskIndex, type TaskIndex, type TaskSuggestion} from './tasks';

export interface SiteSearchState {
  /** The query the results below belong to. */
  query: string;
  status: 'idle' | 'loading' | 'ready' | 'error';
  tasks: TaskSuggestion[];
  pages: PageResult[];
  /** Matching pages in all; `pages` holds the first `pageLimit`. */
  pageTotal: number;
}

const IDLE: SiteSearchState = {query: '', status: 'idle', tasks: [], pages: [], pageTotal: 0};
/** Waits for a pause in typing before searching. */
const TYPING_PAUSE_MS = 150;

const taskIndexes = new Map<string, Promise<TaskIndex>>();

/** Fetches `tasks.json` once per page session. Without it, search still finds pages. */
function loadTaskIndex(url: string): Promise<TaskIndex> {
  let index = taskIndexes.get(url);
  if (!index) {
    index = fetch(url)
      .then(async (response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const parsed = parseTaskIndex(await response.json());
        if (parsed.skipped > 0) console.warn(`Search: ${parsed.skipped} entries of ${url} have no id, name or site URL and are not suggested.`);
        return parsed;
      })
      .catch((error: unknown) => {
        console.warn(`Search: task suggestions are unavailable (${url}: ${String(error)}).`);
        return {tasks: [], skipped: 0};
      });
    taskIndexes.set(url, index);
  }
  return index;
}

export function useSearchSources(): {bundleUrl: string; tasksUrl: string} {
  return {bundleUrl: useBaseUrl('/pagefind/'), tasksUrl: useBaseUrl('/tasks.json')};
}

export function useSiteSearch(query: string, {active, taskLimit, pageLimit}: {active: boolean; taskLimit: number; pageLimit: number}): SiteSearchState {
  const {bundleUrl, tasksUrl} = useSearchSources();
  const [state, setState] = useState<SiteSearchState>(IDLE);

  // Start fetching as soon as search opens, so the first query does not wait for it.
  useEffect(() => {
    if (!active) return;
    loadPagefind(bundleUrl).catch(() => undefined);
    void loadTaskIndex(tasksUrl);
  }, [active, bundleUrl, tasksUrl]);

  useEffect(() => {
    const q = query.trim();
    if (!active || !q) {
      setState(IDLE);
      return;
    }
    let current = true;
    setState((previous) => ({...previous, status: 'loading'}));
    const timer = setTimeout(async () => {
      try {
        const [api, taskIndex] = await Promise.all([loadPagefind(bundleUrl), loadTaskIndex(tasksUrl)]);
        const search = await searchPages(api, q);
        const pages = await loadPageResults(search, 0, pageLimit);
        if (current) setState({query: q, status: 'ready', tasks: matchTasks(taskIndex.tasks, q, taskLimit), pages, pageTotal: search.hits.length});
      } catch (error) {
        // The index is written after a production build; the dev server has none.
        const hint = process.env.NODE_ENV === 'production' ? '' : ' The search index exists only in production builds: npm run serve-site.';
        console.error(`Search failed.${hint}`, error);
        if (current) setState({...IDLE, query: q, status: 'error'});
      }
    }, TYPING_PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, active, taskLimit, pageLimit, bundleUrl, tasksUrl]);

  return state;
}

/**
 * Which results to mark with their language: an untranslated page (shown through the fallback)
 * is indexed in its own language; the function gives that `lang` when it is not the locale's.
 */
export function useForeignLanguage(): (language: string | null | undefined) => string | undefined {
  const {i18n} = useDocusaurusContext();
  const own = (i18n.localeConfigs[i18n.currentLocale]?.htmlLang ?? i18n.currentLocale).toLowerCase();
  return (language) => (language && language.toLowerCase() !== own ? language : undefined);
}
