/**
 * Task suggestions from the locale's `tasks.json` (written by the FTOP task catalog):
 * an exact task ID comes first, so "3988" offers "3988 – AIP - Prüfen der Voraussetzungen".
 */

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

/** Lower case without diacritics, so "prufen" finds "Prüfen". */
export function foldForMatch(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function words(value: string): string[] {
  return foldForMatch(value).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * Scripts written without spaces between words (Japanese, Chinese, Thai, …): a run such as
 * 前提条件を確認する is one "word" to a split on spaces, so a query word matches anywhere in it.
 */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

function matchesWord(taskWord: string, queryWord: string): boolean {
  return UNSPACED_SCRIPT.test(queryWord) ? taskWord.includes(queryWord) : taskWord.startsWith(queryWord);
}

/** How well a task fits: exact ID, ID prefix, every query word starts a word of its name (or lies in it, in unspaced scripts); lower is better. */
function taskRank(task: TaskSuggestion, queryWords: readonly string[]): number | null {
  if (queryWords.length === 1 && /^\d+$/.test(queryWords[0]!)) {
    if (task.id === queryWords[0]) return 0;
    if (task.id.startsWith(queryWords[0]!)) return 1;
  }
  if (queryWords.some((word) => word === task.id)) return 0;
  const taskWords = words(`${task.id} ${task.name}`);
  return queryWords.every((q) => taskWords.some((w) => matchesWord(w, q))) ? 2 : null;
}

/** Tasks for a query, best first; ties keep `tasks.json` order. */
export function matchTasks(tasks: readonly TaskSuggestion[], query: string, limit: number): TaskSuggestion[] {
  const queryWords = words(query.replace(/^#/, ''));
  if (queryWords.length === 0) return [];
  return tasks
    .map((task, order) => ({task, order, rank: taskRank(task, queryWords)}))
    .filter((m): m is {task: TaskSuggestion; order: number; rank: number} => m.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .slice(0, limit)
    .map((m) => m.task);
}
