/**
 * The task catalog's data: one entry per anchored, well-formed task row, the exact
 * `tasks.json` export format, and the catalog page's filters. Pure: runs in Node and the browser.
 */
import {REQUIREMENTS, taskAnchor, type Requirement} from '../playbook/tasks';
import {cleanText, containsAllWords, foldForMatch, matchWords} from '../playbook/text';
import type {TaskRowFacts} from '../playbook/tasks';
import type {PageTasks, TaskTableRow} from './extract';
import {isSafeUrl} from '../trust/url';

/** The version of the `tasks.json` format; `static/tasks.schema.json` describes it. Raise it on any change of shape. */
export const TASKS_JSON_VERSION = 2;

/**
 * One task in `tasks.json`; keep this shape exact, search reads it. A row the grammar could not
 * read is listed too, flagged `malformed`, with its cells as written (requirement and role null).
 */
export interface TaskJson {
  id: string;
  name: string;
  requirement: Requirement | null;
  role: string | null;
  services: string[];
  phase: string | null;
  page: {title: string; url: string};
  /** The page URL plus `#task-<ID>`. */
  url: string;
  malformed?: true;
  /** A malformed row's cells, as written. */
  cells?: string[];
}

export interface TasksJson {
  $schema: string;
  version: typeof TASKS_JSON_VERSION;
  tasks: TaskJson[];
}

/** What the catalog page shows: the export plus the page's locale and the method (the heading the table sits under). */
export interface CatalogTask extends TaskJson {
  locale: string;
  method: string | null;
}

export interface CatalogPage {
  /** Site path of the page, e.g. `/de/docs/lifecycle/remediate/x`. */
  url: string;
  locale: string;
  /** Fallback when the page has no H1 (e.g. the doc's sidebar title). */
  fallbackTitle: string;
  /** Phase from the page's place in the sidebar, used when it has no `Phase:` line. */
  sidebarPhase: string | null;
  /** `extractPageTasks`'s result, or the page index's copy of it (`src/pageIndex`). */
  tasks: CatalogPageTasks;
}

/** What the catalog reads of a page's task tables. */
export interface CatalogPageTasks extends Pick<PageTasks, 'title' | 'phase'> {
  tables: readonly {
    method: string | null;
    rows: readonly (Pick<TaskTableRow, 'id' | 'anchored' | 'cells'> & {task: (TaskRowFacts & {namePlain: string}) | null})[];
  }[];
}

/** Only root-relative paths: a page URL can never carry a scheme. */
function assertSitePath(url: string): string {
  if (!url.startsWith('/') || url.startsWith('//') || !isSafeUrl(url)) {
    throw new Error(`Task catalog: page URL "${url}" is not a site path.`);
  }
  return url;
}

export function catalogTasksOf(page: CatalogPage): CatalogTask[] {
  const pageUrl = assertSitePath(page.url);
  const title = page.tasks.title ?? page.fallbackTitle;
  const phase = page.tasks.phase ?? page.sidebarPhase;
  return page.tasks.tables.flatMap((table) =>
    table.rows.flatMap((row): CatalogTask[] => {
      if (!row.anchored || row.id === null) return [];
      const context = {phase, page: {title, url: pageUrl}, url: `${pageUrl}#${taskAnchor(row.id)}`, locale: page.locale, method: table.method};
      const task = row.task;
      if (!task) {
        // Findable by its ID and words; the catalog marks it and shows its cells as written.
        const cells = row.cells.map(cleanText);
        const name = cells.slice(cells.indexOf(row.id) + 1).find(Boolean) ?? '';
        return [{id: row.id, name, requirement: null, role: null, services: [], ...context, malformed: true, cells}];
      }
      return [{id: task.id, name: task.namePlain, requirement: task.requirement, role: task.role, services: task.services, ...context}];
    }),
  );
}

/** Catalog order: by task ID, then by page. */
export function sortCatalog(tasks: CatalogTask[]): CatalogTask[] {
  return [...tasks].sort((a, b) => Number(a.id) - Number(b.id) || a.page.url.localeCompare(b.page.url));
}

/** Where the schema of `tasks.json` is published, relative to the site's base URL. */
export const TASKS_SCHEMA_PATH = 'tasks.schema.json';

/** The `tasks.json` document, with exactly the documented keys. `schemaUrl` is the schema's address. */
export function toTasksJson(tasks: readonly CatalogTask[], schemaUrl = `/${TASKS_SCHEMA_PATH}`): TasksJson {
  return {
    $schema: schemaUrl,
    version: TASKS_JSON_VERSION,
    tasks: tasks.map((t) => ({
      id: t.id,
      name: t.name,
      requirement: t.requirement,
      role: t.role,
      services: [...t.services],
      phase: t.phase,
      page: {title: t.page.title, url: t.page.url},
      url: t.url,
      ...(t.malformed ? {malformed: true as const, cells: [...(t.cells ?? [])]} : {}),
    })),
  };
}

// ---- Filters (the catalog page; state lives in the URL query) ----

export const TASK_FILTERS = ['q', 'service', 'role', 'requirement', 'phase'] as const;
export type TaskFilter = (typeof TASK_FILTERS)[number];
export type TaskQuery = Record<TaskFilter, string> & {page: number};

export const EMPTY_TASK_QUERY: TaskQuery = {q: '', service: '', role: '', requirement: '', phase: '', page: 1};

export function parseTaskQuery(search: string): TaskQuery {
  const params = new URLSearchParams(search);
  const query = {...EMPTY_TASK_QUERY};
  for (const key of TASK_FILTERS) query[key] = params.get(key)?.trim() ?? '';
  if (!(REQUIREMENTS as readonly string[]).includes(query.requirement)) query.requirement = '';
  const page = Number(params.get('page'));
  query.page = Number.isInteger(page) && page > 1 ? page : 1;
  return query;
}

/** `?service=Intune&page=2`, or '' when nothing is set. */
export function formatTaskQuery(query: TaskQuery): string {
  const params = new URLSearchParams();
  for (const key of TASK_FILTERS) if (query[key]) params.set(key, query[key]);
  if (query.page > 1) params.set('page', String(query.page));
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** Folded text each task is searched by, computed once per catalog. */
export function searchTextOf(task: CatalogTask): string {
  return foldForMatch([task.id, task.name, task.role ?? '', task.services.join(' '), task.phase ?? '', task.page.title, task.method ?? '', ...(task.cells ?? [])].join(' '));
}

/** Tasks matching every filter; free text matches all its words anywhere (ID, name, role, page…). */
export function filterTasks(tasks: readonly CatalogTask[], query: TaskQuery, searchTexts: readonly string[]): CatalogTask[] {
  const words = matchWords(query.q);
  return tasks.filter((task, i) =>
    (!query.service || task.services.includes(query.service)) &&
    (!query.role || task.role === query.role) &&
    (!query.requirement || task.requirement === query.requirement) &&
    (!query.phase || task.phase === query.phase) &&
    containsAllWords(searchTexts[i]!, words),
  );
}

/** The distinct values a select filter offers, in the reader's alphabetical order. */
export function filterOptions(tasks: readonly CatalogTask[], locale: string): Record<'service' | 'role' | 'phase', string[]> {
  const collect = (values: Iterable<string>) => [...new Set(values)].sort((a, b) => a.localeCompare(b, locale));
  return {
    service: collect(tasks.flatMap((t) => t.services)),
    role: collect(tasks.flatMap((t) => (t.role ? [t.role] : []))),
    phase: collect(tasks.flatMap((t) => (t.phase ? [t.phase] : []))),
  };
}

// ---- CSV (the catalog's current filter, for spreadsheets) ----

/** Column keys of the CSV download, in order; headers come from the caller (translated). */
export const CSV_COLUMNS = ['id', 'name', 'requirement', 'role', 'services', 'phase', 'page', 'url', 'malformed'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. A field a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) gets a leading `'`.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The tasks as CSV with a header row; `origin` makes URLs absolute (e.g. `https://host`). */
export function tasksCsv(
  tasks: readonly CatalogTask[],
  headers: Readonly<Record<CsvColumn, string>>,
  values: {requirement: (task: CatalogTask) => string; origin: string},
): string {
  const row = (task: CatalogTask): Record<CsvColumn, string> => ({
    id: task.id,
    name: task.name,
    requirement: values.requirement(task),
    role: task.role ?? '',
    services: task.services.join('; '),
    phase: task.phase ?? '',
    page: task.page.title,
    url: `${values.origin}${task.url}`,
    malformed: task.malformed ? (task.cells ?? []).join(' | ') : '',
  });
  const lines = [CSV_COLUMNS.map((c) => headers[c]), ...tasks.map((task) => CSV_COLUMNS.map((c) => row(task)[c]))];
  return `${lines.map((cells) => cells.map(csvField).join(',')).join('\r\n')}\r\n`;
}
