/**
 * FTOP task tables: `Task ID | Task Name | (M)andatory / (O)ptional | FastTrack Role | Services`
 * and the variants the English and German playbooks use.
 */
import {cleanText} from './text';

export const TASK_COLUMNS = ['id', 'name', 'requirement', 'role', 'services'] as const;
export type TaskColumn = (typeof TASK_COLUMNS)[number];

/** Header cell forms, compared after {@link normalizeHeader}. */
const HEADER_FORMS: Record<TaskColumn, readonly RegExp[]> = {
  id: [/^task id$/, /^aufgaben-?id$/],
  name: [/^task name$/, /^task description$/, /^name der aufgabe$/, /^titel$/, /^aufgabenbeschreibung$/],
  // "(M)andatory / (O)ptional", "(M) Mandatory (O) Optional", "(R)equired…", "(E)rforderlich…"
  requirement: [/^(m?mandatory|r?required|e?erforderlich)o?optional$/],
  role: [/^fasttrack[ -]?rol(e|le)$/],
  services: [/^services$/, /^dienste$/],
};

export const REQUIREMENTS = ['required', 'optional'] as const;
export type Requirement = (typeof REQUIREMENTS)[number];

/** M(andatory), R(equired) and E(rforderlich) mean required; O means optional. */
export const REQUIREMENT_CODES: Readonly<Record<string, Requirement>> = {
  M: 'required',
  R: 'required',
  E: 'required',
  O: 'optional',
};

/** Column headers as shown, per locale. */
export const TASK_HEADER_LABELS = {
  en: {id: 'Task ID', name: 'Task Name', requirement: 'Required / Optional', role: 'FastTrack Role', services: 'Services'},
  de: {id: 'Aufgaben-ID', name: 'Name der Aufgabe', requirement: 'Erforderlich / Optional', role: 'FastTrack-Rolle', services: 'Dienste'},
} as const;

function normalizeHeader(cell: string, column: TaskColumn): string {
  const text = cleanText(cell).toLowerCase();
  return column === 'requirement' ? text.replace(/[\s()/]/g, '') : text;
}

/**
 * The columns of a task table, or null for any other table. Four-column tables
 * have no services column.
 */
export function classifyTaskHeader(cells: readonly string[]): TaskColumn[] | null {
  if (cells.length !== 4 && cells.length !== 5) return null;
  const columns = TASK_COLUMNS.slice(0, cells.length);
  const matches = columns.every((column, i) =>
    HEADER_FORMS[column].some((form) => form.test(normalizeHeader(cells[i]!, column))),
  );
  return matches ? [...columns] : null;
}

/** The heading DocFX pages put right above a task table; the method is the heading above it. */
const TASK_SECTION_HEADINGS = [/^ftop[ -]tasks$/, /^ftop-aufgaben$/];

export function isTaskSectionHeading(text: string): boolean {
  const normalized = cleanText(text).toLowerCase();
  return TASK_SECTION_HEADINGS.some((form) => form.test(normalized));
}

/** The fragment that deep-links to a task row: `page#task-3988`. */
export function taskAnchor(id: string | number): string {
  return `task-${id}`;
}

export function parseRequirement(code: string): Requirement | null {
  return REQUIREMENT_CODES[code.replace(/\s+/g, '').toUpperCase()] ?? null;
}

export function parseTaskId(text: string): number | null {
  const trimmed = cleanText(text);
  return /^\d+$/.test(trimmed) ? Number(trimmed) : null;
}

/** `Exchange / OneDrive for Business / SharePoint` → three services. */
export function splitServices(text: string): string[] {
  return text
    .split('/')
    .map(cleanText)
    .filter(Boolean);
}

export type TaskRowProblem =
  | {rule: 'task-row-cells'; message: string}
  | {rule: 'task-id'; message: string}
  | {rule: 'task-requirement'; message: string}
  | {rule: 'task-duplicate-id'; message: string};

const AS_WRITTEN = 'The row is shown as written and left out of the task catalog and tasks.json.';

/** What is wrong with one body row, given as plain cell texts. */
export function checkTaskRow(cells: readonly string[], columns: readonly TaskColumn[]): TaskRowProblem[] {
  const problems: TaskRowProblem[] = [];
  if (cells.length !== columns.length) {
    const fix = cells.length < columns.length ? 'Add the missing "|" separators' : 'Remove the extra "|" separators (write "\\|" for a literal bar)';
    problems.push({
      rule: 'task-row-cells',
      message: `Task row has ${cells.length} cells, expected ${columns.length} (${columns.join(' | ')}). ${AS_WRITTEN} ${fix}.`,
    });
  }
  const id = cells[0] ?? '';
  if (parseTaskId(id) === null) {
    problems.push({rule: 'task-id', message: `Task ID "${id.trim()}" is not a number. ${AS_WRITTEN} Write the FTOP task number, e.g. 3988.`});
  }
  const code = cells[columns.indexOf('requirement')] ?? '';
  if (cells.length === columns.length && parseRequirement(code) === null) {
    problems.push({
      rule: 'task-requirement',
      message: `Requirement code "${code.trim()}" is unknown. ${AS_WRITTEN} Use ${Object.keys(REQUIREMENT_CODES).join(', ')} (M/R/E required, O optional).`,
    });
  }
  return problems;
}

/** A well-formed row's facts, read from its plain cell texts (the name stays with the caller: it is rich text). */
export interface TaskRowFacts {
  /** Digits as written, e.g. "3988". */
  id: string;
  requirement: Requirement;
  role: string;
  /** Empty for four-column tables. */
  services: string[];
}

/** A body row read against its table's columns: its facts when well-formed, and what is wrong otherwise. */
export function readTaskRow(
  cells: readonly string[],
  columns: readonly TaskColumn[],
): {facts: TaskRowFacts | null; problems: TaskRowProblem[]} {
  const problems = checkTaskRow(cells, columns);
  if (problems.length > 0) return {facts: null, problems};
  const cell = (column: TaskColumn) => (columns.includes(column) ? cells[columns.indexOf(column)]! : '');
  return {
    facts: {
      id: String(parseTaskId(cell('id'))),
      requirement: parseRequirement(cell('requirement'))!,
      role: cleanText(cell('role')),
      services: splitServices(cell('services')),
    },
    problems,
  };
}

/**
 * Rows whose task ID already appeared earlier on the same page, each with the first row of that
 * ID. Only the first row can own the `#task-<ID>` anchor.
 */
export function findDuplicateTaskIds<Row>(
  rows: readonly Row[],
  idOf: (row: Row) => string | null,
): Array<{row: Row; first: Row; problem: TaskRowProblem}> {
  const firstById = new Map<string, Row>();
  const duplicates: Array<{row: Row; first: Row; problem: TaskRowProblem}> = [];
  for (const row of rows) {
    const id = idOf(row);
    if (id === null) continue;
    const first = firstById.get(id);
    if (first === undefined) {
      firstById.set(id, row);
      continue;
    }
    duplicates.push({
      row,
      first,
      problem: {
        rule: 'task-duplicate-id',
        message: `Task ID ${id} appears more than once on this page; the row is shown, but only the first one gets the #${taskAnchor(id)} link and a catalog entry. Remove the repeated row or correct its ID.`,
      },
    });
  }
  return duplicates;
}
