/**
 * FTOP task tables: `Task ID | Task Name | (M)andatory / (O)ptional | FastTrack Role | Services`
 * and the variants the English and German playbooks use.
 */
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
  const text = cell.replace(/[\u200B\uFEFF]/g, '').trim().toLowerCase().replace(/\s+/g, ' ');
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

export function parseRequirement(code: string): Requirement | null {
  return REQUIREMENT_CODES[code.replace(/\s+/g, '').toUpperCase()] ?? null;
}

export function parseTaskId(text: string): number | null {
  const trimmed = text.replace(/[\u200B\uFEFF]/g, '').trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : null;
}

/** `Exchange / OneDrive for Business / SharePoint` → three services. */
export function splitServices(text: string): string[] {
  return text
    .split('/')
    .map((s) => s.replace(/[\u200B\uFEFF]/g, '').trim())
    .filter(Boolean);
}

export type TaskRowProblem =
  | {rule: 'task-row-cells'; message: string}
  | {rule: 'task-id'; message: string}
  | {rule: 'task-requirement'; message: string};

/** What is wrong with one body row, given as plain cell texts. */
export function checkTaskRow(cells: readonly string[], columns: readonly TaskColumn[]): TaskRowProblem[] {
  const problems: TaskRowProblem[] = [];
  if (cells.length !== columns.length) {
    problems.push({
      rule: 'task-row-cells',
      message: `Task row has ${cells.length} cells, expected ${columns.length} (${columns.join(' | ')}); the row is shown as written. Add the missing "|" separators.`,
    });
  }
  const id = cells[0] ?? '';
  if (parseTaskId(id) === null) {
    problems.push({rule: 'task-id', message: `Task ID "${id.trim()}" is not a number; write the FTOP task number, e.g. 3988.`});
  }
  const code = cells[columns.indexOf('requirement')] ?? '';
  if (cells.length === columns.length && parseRequirement(code) === null) {
    problems.push({
      rule: 'task-requirement',
      message: `Requirement code "${code.trim()}" is unknown; use ${Object.keys(REQUIREMENT_CODES).join(', ')} (M/R/E required, O optional).`,
    });
  }
  return problems;
}
