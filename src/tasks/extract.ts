/**
 * FTOP task tables read from a page's mdast (CommonMark + GFM, as Docusaurus parses `.md`).
 * The remark plugin, the task catalog, drift and the linter all call this one function, so a
 * page and the catalog can never disagree about which rows are tasks. The grammar of a table
 * (its shape, its declared codes) is `playbook/tasks.ts`; this walks a page and places them.
 */
import type {Heading, Node, Parent, PhrasingContent, Root, RootContent, Table, TableCell, TableRow} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {visit} from 'unist-util-visit';
import {
  LOCALE_CONFIGS, cleanText, factText, findDuplicateTaskIds, findPageFacts, findRowTaskId, readTaskRow, readTaskTable,
  type LocaleConfig, type TaskHeader, type TaskRowFacts, type TaskRowProblem, type TaskTableProblem,
} from '../playbook';
import {isSafeUrl} from '../trust/url';

/** A well-formed task row: its facts, and its name as rich text. */
export interface TaskRecord extends TaskRowFacts {
  /** The name cell's rich text, links included. */
  name: PhrasingContent[];
  namePlain: string;
  /** The ID cell's link (e.g. `[4080](https://…)`), when it has a safe one. */
  idHref: string | null;
}

export interface TaskRowProblemAt {
  problem: TaskRowProblem;
  /** Where to point the reader: the row, or the offending cell. */
  node: Node;
}

export interface TaskTableRow {
  node: TableRow;
  /** Plain text of each cell, as written. */
  cells: string[];
  /** The numeric task ID, when the row holds one where an ID belongs (even if it is otherwise broken). */
  id: string | null;
  /** Whether this row owns `#task-<id>` (first row with that ID on the page). */
  anchored: boolean;
  /** Set for well-formed rows and rows recovered from a merged cell (a duplicate is well-formed but not anchored). */
  task: TaskRecord | null;
  problems: TaskRowProblemAt[];
}

export interface TaskTable {
  node: Table;
  parent: Parent;
  header: TaskHeader;
  /**
   * The method the table belongs to: the heading above it, or, when that heading only introduces
   * the table ("FTOP Tasks" right above it), the heading it sits under.
   */
  method: string | null;
  rows: TaskTableRow[];
}

export interface PageTasks {
  /** The page's own H1, as plain text. */
  title: string | null;
  /** The phase line under the H1 (`Phase: **…**`, in any language). */
  phase: string | null;
  tables: TaskTable[];
  /** Tables that look like task tables but cannot be read as one (shown as written). */
  unread: {node: Table; problem: TaskTableProblem}[];
}

const cellLink = (cell: TableCell | undefined): string | null => {
  let href: string | null = null;
  if (cell) visit(cell, 'link', (link) => void (href ??= isSafeUrl(link.url) ? link.url : null));
  return href;
};

function readRow(node: TableRow, header: TaskHeader): TaskTableRow {
  const {columns} = header;
  const cells = node.children.map((cell) => toString(cell));
  const {facts, problems} = readTaskRow(cells, header);
  const id = findRowTaskId(cells);
  const at = (problem: TaskRowProblem): TaskRowProblemAt => {
    const onRequirement = problem.rule === 'task-requirement' || problem.rule === 'task-merged-cells';
    const cellIndex = problem.rule === 'task-id' ? 0 : onRequirement ? columns.indexOf('requirement') : -1;
    return {problem, node: node.children[cellIndex] ?? node};
  };
  let task: TaskRecord | null = null;
  if (facts) {
    const nameCell = node.children[columns.indexOf('name')]!;
    task = {...facts, name: nameCell.children, namePlain: cleanText(toString(nameCell)), idHref: cellLink(node.children[columns.indexOf('id')])};
  }
  return {node, cells, id, anchored: id !== null, task, problems: problems.map(at)};
}

/** The method of a table: see {@link TaskTable.method}. `headings` are the enclosing ones, outermost first. */
function methodOf(headings: readonly Heading[], before: RootContent | undefined): string | null {
  const sections = headings.filter((h) => h.depth >= 2);
  const own = sections.at(-1);
  const method = own && own === before && sections.length > 1 ? sections.at(-2)! : own;
  return method ? cleanText(toString(method)) : null;
}

/** Every task table on a page, with each body row read, checked and placed. */
export function extractPageTasks(tree: Root, locales: readonly LocaleConfig[] = LOCALE_CONFIGS): PageTasks {
  const phase = findPageFacts(tree, locales).phase;
  const page: PageTasks = {title: null, phase: phase ? factText(phase) || null : null, tables: [], unread: []};
  const headings: Heading[] = [];

  visit(tree, (node, index, parent) => {
    if (node.type === 'heading') {
      const heading = node as Heading;
      if (heading.depth === 1) page.title ??= cleanText(toString(heading));
      while (headings.length > 0 && headings.at(-1)!.depth >= heading.depth) headings.pop();
      headings.push(heading);
      return;
    }
    if (node.type !== 'table' || !parent || index === undefined) return;
    const table = node as Table;
    const [headerRow, ...body] = table.children;
    const cellsOf = (row: TableRow) => row.children.map((cell) => toString(cell));
    const reading = readTaskTable(headerRow ? cellsOf(headerRow) : [], body.map(cellsOf));
    if (reading.kind === 'unread') page.unread.push({node: table, problem: reading.problem});
    if (reading.kind !== 'tasks') return;
    const method = methodOf(headings, parent.children[index - 1] as RootContent | undefined);
    page.tables.push({node: table, parent, header: reading.header, method, rows: body.map((row) => readRow(row, reading.header))});
  });

  // Only the first row with an ID owns its anchor; later ones are reported.
  const rows = page.tables.flatMap((table) => table.rows);
  for (const {row, problem} of findDuplicateTaskIds(rows, (row) => row.id)) {
    row.anchored = false;
    row.problems.push({problem, node: row.node.children[0] ?? row.node});
  }
  return page;
}
