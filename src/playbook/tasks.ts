/**
 * FTOP task tables, read by their shape, whatever their language:
 * `Task ID | Task Name | (M)andatory / (O)ptional | FastTrack Role [| Services]`.
 * - The first column holds FTOP task IDs (numbers, or linked numbers).
 * - The third column's header declares the requirement codes in parentheses; the first code
 *   means required and the second optional, whatever the letters: `(M)andatory / (O)ptional`,
 *   `(E) Erforderlich (O) Optional`, `(M)andatorio / (O)pcional`, `(M) 必須 (O) オプション`.
 * No header word is read, so a language the code has never seen needs no change here.
 */
import {cleanText} from './text';

export const TASK_COLUMNS = ['id', 'name', 'requirement', 'role', 'services'] as const;
export type TaskColumn = (typeof TASK_COLUMNS)[number];

export const REQUIREMENTS = ['required', 'optional'] as const;
export type Requirement = (typeof REQUIREMENTS)[number];

/** Where the requirement column sits in the FTOP shape (0-based). */
const REQUIREMENT_AT = TASK_COLUMNS.indexOf('requirement');

/** A task table's header as read: its columns and the codes it declares. */
export interface TaskHeader {
  columns: TaskColumn[];
  /** `(M)andatory / (O)ptional` → `{required: 'M', optional: 'O'}`. */
  codes: Readonly<Record<Requirement, string>>;
  /** The requirement header as written, for messages. */
  declaration: string;
}

/** A table that looks like a task table but cannot be read as one: it is shown as written. */
export interface TaskTableProblem {
  rule: 'task-table-shape';
  message: string;
}

export type TaskTableReading =
  | {kind: 'tasks'; header: TaskHeader}
  | {kind: 'other'}
  | {kind: 'unread'; problem: TaskTableProblem};

/** Codes in parentheses, in order: `(M)andatory / (O)ptional` → M, O; `(M) 必須 (O) オプション` → M, O. */
export function declaredCodes(header: string): string[] {
  return [...cleanText(header).matchAll(/\(\s*([\p{L}\p{N}]{1,3})\s*\)/gu)].map((m) => m[1]!);
}

/** An FTOP task ID: digits (full-width ones too), possibly linked; null for anything else. */
export function parseTaskId(text: string): number | null {
  const trimmed = cleanText(text).normalize('NFKC');
  return /^\d+$/.test(trimmed) ? Number(trimmed) : null;
}

const SHAPE = 'Task ID | Task Name | (M)andatory / (O)ptional | FastTrack Role | Services (Services may be left out)';
const UNREAD = 'Its rows are shown as written and are not in the task catalog or tasks.json.';
const unread = (message: string): TaskTableReading => ({kind: 'unread', problem: {rule: 'task-table-shape', message: `${message} ${UNREAD}`}});

/**
 * Whether a table is a task table, by its shape: task IDs in the first column and two
 * requirement codes declared in the third column's header. A table that has one of these
 * but not the other, or the wrong number of columns, is reported rather than silently taken
 * for an ordinary table. `rows` are the body rows' plain cell texts.
 */
export function readTaskTable(header: readonly string[], rows: readonly (readonly string[])[]): TaskTableReading {
  const declaring = header.flatMap((cell, i) => (declaredCodes(cell).length > 0 ? [i] : []));
  const withIds = rows.filter((row) => parseTaskId(row[0] ?? '') !== null).length;
  const width = header.length === 4 || header.length === 5;

  if (declaring.length === 0) {
    // Task-shaped rows under a header that declares nothing: the codes cannot be read.
    const codeLike = (row: readonly string[]) => /^[\p{L}]{1,3}$/u.test(cleanText(row[REQUIREMENT_AT] ?? ''));
    if (width && rows.length > 0 && withIds === rows.length && rows.every(codeLike)) {
      return unread(`Table looks like a task table, but its header "${cleanText(header[REQUIREMENT_AT] ?? '')}" declares no requirement codes. Declare them in parentheses, required first: "(M)andatory / (O)ptional".`);
    }
    return {kind: 'other'};
  }
  if (withIds === 0) {
    if (!width || declaring[0] !== REQUIREMENT_AT || rows.length === 0) return {kind: 'other'};
    return unread(`Table declares requirement codes but no row starts with an FTOP task ID. Write each task's number in the first column, e.g. 3988.`);
  }
  const declaration = cleanText(header[declaring[0]!]!);
  const codes = declaredCodes(declaration);
  if (!width) {
    return unread(`Task table has ${header.length} columns; a task table has ${SHAPE}.`);
  }
  if (declaring.length > 1 || declaring[0] !== REQUIREMENT_AT) {
    return unread(`Task table declares requirement codes in column ${declaring.map((i) => i + 1).join(' and ')}; they belong in column ${REQUIREMENT_AT + 1}: ${SHAPE}.`);
  }
  if (codes.length !== 2 || codes[0]!.toUpperCase() === codes[1]!.toUpperCase()) {
    return unread(`Task table header "${declaration}" declares ${codes.map((c) => `(${c})`).join(', ')}; declare two different codes, the required one first, e.g. "(M)andatory / (O)ptional".`);
  }
  const columns = TASK_COLUMNS.slice(0, header.length);
  return {kind: 'tasks', header: {columns: [...columns], codes: {required: codes[0]!, optional: codes[1]!}, declaration}};
}

/** A requirement code as its header declares it (exactly: `m` is not `M`); null otherwise. */
export function readRequirement(code: string, codes: TaskHeader['codes']): Requirement | null {
  const written = cleanText(code);
  return REQUIREMENTS.find((r) => codes[r] === written) ?? null;
}

/** The fragment that deep-links to a task row: `page#task-3988`. */
export function taskAnchor(id: string | number): string {
  return `task-${id}`;
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
  | {rule: 'task-merged-cells'; message: string}
  | {rule: 'task-id'; message: string}
  | {rule: 'task-requirement'; message: string}
  | {rule: 'task-duplicate-id'; message: string};

const AS_WRITTEN = 'The row is shown as written and listed in the task catalog as malformed.';

function requirementProblem(code: string, header: TaskHeader): string {
  const {required, optional} = header.codes;
  const fix = `Write ${required} (required) or ${optional} (optional), as the header "${header.declaration}" declares.`;
  if (!code) return `Task row has no requirement code. ${AS_WRITTEN} ${fix}`;
  const declared = [required, optional].find((c) => c.toUpperCase() === code.toUpperCase());
  return declared
    ? `Requirement code "${code}" is not written as declared ("${declared}"). ${AS_WRITTEN} ${fix}`
    : `Requirement code "${code}" is not one the header declares. ${AS_WRITTEN} ${fix}`;
}

/** What is wrong with one body row, given as plain cell texts. */
export function checkTaskRow(cells: readonly string[], header: TaskHeader): TaskRowProblem[] {
  const {columns} = header;
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
    problems.push({rule: 'task-id', message: `Task ID "${cleanText(id)}" is not a number. ${AS_WRITTEN} Write the FTOP task number, e.g. 3988.`});
  }
  const code = cleanText(cells[REQUIREMENT_AT] ?? '');
  if (cells.length === columns.length && readRequirement(code, header.codes) === null) {
    problems.push({rule: 'task-requirement', message: requirementProblem(code, header)});
  }
  return problems;
}

/** A well-formed row's facts, read from its plain cell texts (the name stays with the caller: it is rich text). */
export interface TaskRowFacts {
  /** Digits, e.g. "3988". */
  id: string;
  requirement: Requirement;
  role: string;
  /** Empty for four-column tables. */
  services: string[];
}

/**
 * A row whose requirement code and role share one cell under a header with both columns
 * (`| 3184 | AAD Connect Health | O FastTrack Engineer | Core Onboarding |`), split back into its
 * columns when the merged cell starts with one of the header's declared codes; null otherwise.
 */
export function splitMergedRequirement(cells: readonly string[], header: TaskHeader): string[] | null {
  if (cells.length !== header.columns.length - 1) return null;
  const merged = /^(\S+)\s+(\S.*)$/u.exec(cleanText(cells[REQUIREMENT_AT] ?? ''));
  if (!merged || readRequirement(merged[1]!, header.codes) === null) return null;
  return [...cells.slice(0, REQUIREMENT_AT), merged[1]!, merged[2]!, ...cells.slice(REQUIREMENT_AT + 1)];
}

/** The first cell holding a task ID: the ID cell, or the one a stray leading `|` pushed right. */
export function findRowTaskId(cells: readonly string[]): string | null {
  for (const cell of cells.slice(0, 2)) {
    const id = parseTaskId(cell);
    if (id !== null) return String(id);
  }
  return null;
}

/**
 * A body row read against its table's header: its facts when well-formed (or recovered from a
 * merged requirement-and-role cell, which is still reported), and what is wrong otherwise.
 */
export function readTaskRow(cells: readonly string[], header: TaskHeader): {facts: TaskRowFacts | null; problems: TaskRowProblem[]} {
  const split = splitMergedRequirement(cells, header);
  if (split) {
    const {facts, problems} = readTaskRow(split, header);
    const [code, role] = [split[REQUIREMENT_AT]!, split[REQUIREMENT_AT + 1]!];
    const merged: TaskRowProblem = {
      rule: 'task-merged-cells',
      message: `Requirement code and role are written in one cell ("${cleanText(cells[REQUIREMENT_AT] ?? '')}"); the row is read as requirement "${code}" and role "${role}". Split the cell: "| ${code} | ${role} |".`,
    };
    return {facts, problems: [merged, ...problems]};
  }
  const problems = checkTaskRow(cells, header);
  if (problems.length > 0) return {facts: null, problems};
  const cell = (column: TaskColumn) => (header.columns.includes(column) ? cells[header.columns.indexOf(column)]! : '');
  return {
    facts: {
      id: String(parseTaskId(cell('id'))),
      requirement: readRequirement(cell('requirement'), header.codes)!,
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
