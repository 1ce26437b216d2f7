/**
 * Task suggestions from the locale's `tasks.json` (written by the FTOP task catalog):
 * an exact task ID comes first, so "3988" offers "3988 – AIP - Prüfen der Voraussetzungen".
 */
import {containsAllWords, foldForMatch, matchWords} from '../playbook/text';

/** The fields of a `tasks.json` entry that search shows. */
export interface TaskSuggestion {
  id: string;
  name: string;
  /** Page URL plus `#task-<ID>`. */
  url: string;
  pageTitle: string;
}

export interface TaskIndex {
  tasks: TaskSuggestion[];
  /** Entries without an id, name or site-relative url; reported, not shown. */
  skipped: number;
}

/** Only links into this site: a path, never `//host`, `javascript:` or any other scheme. */
export function isSitePath(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//') && !url.includes('\\');
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}

/** Reads `{"tasks": [{id, name, url, page: {title}}, …]}`; other fields are ignored. */
export function parseTaskIndex(json: unknown): TaskIndex {
  const entries = (json as {tasks?: unknown} | null)?.tasks;
  if (!Array.isArray(entries)) return {tasks: [], skipped: 0};
  const tasks: TaskSuggestion[] = [];
  let skipped = 0;
  for (const entry of entries as Record<string, unknown>[]) {
    const task = {
      id: text(entry?.id),
      name: text(entry?.name),
      url: text(entry?.url),
      pageTitle: text((entry?.page as Record<string, unknown> | undefined)?.title),
    };
    if (task.id && task.name && isSitePath(task.url)) tasks.push(task);
    else skipped++;
  }
  return {tasks, skipped};
}

/** "3988 – AIP - Prüfen der Voraussetzungen" */
export function taskLabel(task: Pick<TaskSuggestion, 'id' | 'name'>): string {
  return `${task.id} – ${task.name}`;
}

/**
 * How well a task fits, lower is better: the exact ID, an ID prefix, every query word starting
 * a word of its name, every query word anywhere in it (Japanese names have no spaces). Matching
 * is the one fold of `playbook/text.ts`, as in the catalog and a page's task filter.
 */
function taskRank(task: TaskSuggestion, queryWords: readonly string[]): number | null {
  if (queryWords.length === 1 && /^\d+$/.test(queryWords[0]!)) {
    if (task.id === queryWords[0]) return 0;
    if (task.id.startsWith(queryWords[0]!)) return 1;
  }
  if (queryWords.some((word) => word === task.id)) return 0;
  const text = foldForMatch(`${task.id} ${task.name}`);
  if (!containsAllWords(text, queryWords)) return null;
  const taskWords = matchWords(text);
  return queryWords.every((q) => taskWords.some((w) => w.startsWith(q))) ? 2 : 3;
}

/** Tasks for a query, best first; ties keep `tasks.json` order. */
export function matchTasks(tasks: readonly TaskSuggestion[], query: string, limit: number): TaskSuggestion[] {
  const queryWords = matchWords(query);
  if (queryWords.length === 0) return [];
  return tasks
    .map((task, order) => ({task, order, rank: taskRank(task, queryWords)}))
    .filter((m): m is {task: TaskSuggestion; order: number; rank: number} => m.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .slice(0, limit)
    .map((m) => m.task);
}
