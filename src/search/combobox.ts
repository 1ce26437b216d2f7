/**
 * What the navbar search box lists and how the keyboard moves through it
 * (the WAI-ARIA combobox-with-listbox pattern: focus stays in the input,
 * `aria-activedescendant` names the active option).
 */
import type {ExcerptSegment} from './excerpt';
import type {PageResult} from './pagefind';
import {taskLabel, type TaskSuggestion} from './tasks';

export type SearchOptionKind = 'task' | 'page' | 'all';

export interface SearchOption {
  kind: SearchOptionKind;
  /** Site path to go to. */
  href: string;
  label: string;
  /** Second line: the task's page, or a page excerpt. */
  detail?: string;
  excerpt?: ExcerptSegment[];
  /** The language of a page's title and excerpt (`lang`), when the index says. */
  language?: string;
}

export interface SearchOptionGroup {
  kind: SearchOptionKind;
  options: SearchOption[];
}

/** `/de/search?q=3988` from the locale's results page path. */
export function resultsPageUrl(searchPagePath: string, query: string): string {
  return `${searchPagePath}?q=${encodeURIComponent(query.trim())}`;
}

/** Tasks first (an exact ID is the first suggestion), then pages, then the link to all results. */
export function searchOptionGroups(
  query: string,
  results: {tasks: readonly TaskSuggestion[]; pages: readonly PageResult[]},
  allResults: {href: string; label: string},
): SearchOptionGroup[] {
  if (!query.trim()) return [];
  const groups: SearchOptionGroup[] = [
    {kind: 'task', options: results.tasks.map((task) => ({kind: 'task', href: task.taskPage, label: taskLabel(task), detail: task.pageTitle}))},
    {kind: 'page', options: results.pages.map((page) => ({kind: 'page', href: page.url, label: page.title, excerpt: page.excerpt, ...(page.language ? {language: page.language} : {})}))},
    {kind: 'all', options: [{kind: 'all', href: allResults.href, label: allResults.label}]},
  ];
  return groups.filter((group) => group.options.length > 0);
}

/** Home/End stay with the input (they move the caret), as the pattern says. */
export type NavigationKey = 'ArrowDown' | 'ArrowUp';

/** The next active option; -1 means none (the input itself). Arrows wrap around. */
export function nextActiveIndex(current: number, count: number, key: NavigationKey): number {
  if (count === 0) return -1;
  switch (key) {
    case 'ArrowDown':
      return current < 0 || current >= count - 1 ? 0 : current + 1;
    case 'ArrowUp':
      return current <= 0 ? count - 1 : current - 1;
  }
}

// The shortcut is read before the search box's code loads, so it lives on its own.
export {isSearchShortcut} from './shortcut';
