/**
 * FTOP task tables read from a page's mdast (CommonMark + GFM, as Docusaurus parses `.md`).
 * The remark plugin, the task catalog and the linter all call this one function, so a page
 * and the catalog can never disagree about which rows are tasks.
 */
import type {Heading, Node, Paragraph, Parent, PhrasingContent, Root, Table, TableCell, TableRow} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {visit} from 'unist-util-visit';
import {
  classifyTaskHeader, cleanText, findDuplicateTaskIds, isTaskSectionHeading, parseTaskId, readFactLine, readTaskRow,
  type TaskColumn, type TaskRowFacts, type TaskRowProblem,
} from '../playbook';
import {isSafeUrl} from '../trust/url';

export interface TaskLink {
  cell: 'id' | 'name';
  url: string;
}

/** A well-formed task row: `{id, name, requirement, role, services, links}`. */
export interface TaskRecord extends TaskRowFacts {
  /** The name cell's rich text, links included. */
  name: PhrasingContent[];
  namePlain: string;
  /** The ID cell's link (e.g. `[4080](https://…)`), when it has a safe one. */
  idHref: string | null;
  links: TaskLink[];
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
  /** The numeric task ID, when the ID cell holds one (even if the row is otherwise broken). */
  id: string | null;
  /** Whether this row owns `#task-<id>` (first row with that ID on the page). */
  anchored: boolean;
  /** Set only for well-formed rows (a duplicate is well-formed but not anchored). */
  task: TaskRecord | null;
  problems: TaskRowProblemAt[];
}

export interface TaskTable {
  node: Table;
  parent: Parent;
  columns: TaskColumn[];
  /** The nearest heading above the table that is not the "FTOP Tasks" heading itself. */
  method: string | null;
  rows: TaskTableRow[];
}

export interface PageTasks {
  /** The page's own H1, as plain text. */
  title: string | null;
  /** From the page's `Phase: **…**` line. */
  phase: string | null;
  tables: TaskTable[];
}

/** The first line of a paragraph, as plain text (a hard break or newline ends it). */
function firstLine(paragraph: Paragraph): string {
  let text = '';
  for (const child of paragraph.children) {
    if (child.type === 'break') break;
    const value = toString(child);
    const newline = value.indexOf('\n');
    if (newline >= 0) return text + value.slice(0, newline);
    text += value;
  }
  return text;
}

function readPhase(paragraph: Paragraph): string | null {
  const line = firstLine(paragraph);
  const label = readFactLine(line);
  return label?.kind === 'phase' ? cleanText(line.slice(label.length)) || null : null;
}

function linksIn(cell: TableCell | undefined, kind: TaskLink['cell']): TaskLink[] {
  const links: TaskLink[] = [];
  if (!cell) return links;
  visit(cell, 'link', (link) => {
    links.push({cell: kind, url: link.url});
  });
  return links;
}

function readRow(node: TableRow, columns: TaskColumn[]): TaskTableRow {
  const cells = node.children.map((cell) => toString(cell));
  const {facts, problems} = readTaskRow(cells, columns);
  const id = parseTaskId(cells[0] ?? '');
  const at = (problem: TaskRowProblem): TaskRowProblemAt => {
    const cellIndex = problem.rule === 'task-id' ? 0 : problem.rule === 'task-requirement' ? columns.indexOf('requirement') : -1;
    return {problem, node: node.children[cellIndex] ?? node};
  };
  let task: TaskRecord | null = null;
  if (facts) {
    const idCell = node.children[columns.indexOf('id')];
    const nameCell = node.children[columns.indexOf('name')]!;
    const links = [...linksIn(idCell, 'id'), ...linksIn(nameCell, 'name')];
    const idHref = links.find((link) => link.cell === 'id' && isSafeUrl(link.url))?.url ?? null;
    task = {...facts, name: nameCell.children, namePlain: cleanText(toString(nameCell)), idHref, links};
  }
  return {node, cells, id: id === null ? null : String(id), anchored: id !== null, task, problems: problems.map(at)};
}

/** Every task table on a page, with each body row read, checked and placed. */
export function extractPageTasks(tree: Root): PageTasks {
  const page: PageTasks = {title: null, phase: null, tables: []};
  let method: string | null = null;

  visit(tree, (node, _index, parent) => {
    if (node.type === 'heading') {
      const heading = node as Heading;
      const text = cleanText(toString(heading));
      if (heading.depth === 1) {
        page.title ??= text;
        method = null;
      } else if (!isTaskSectionHeading(text)) {
        method = text;
      }
      return;
    }
    if (node.type === 'paragraph' && page.phase === null) {
      page.phase = readPhase(node as Paragraph);
      return;
    }
    if (node.type !== 'table' || !parent) return;
    const table = node as Table;
    const [header, ...body] = table.children;
    const columns = header ? classifyTaskHeader(header.children.map((cell) => toString(cell))) : null;
    if (!columns) return;
    page.tables.push({node: table, parent, columns, method, rows: body.map((row) => readRow(row, columns))});
  });

  // Only the first row with an ID owns its anchor; later ones are reported.
  const rows = page.tables.flatMap((table) => table.rows);
  for (const {row, problem} of findDuplicateTaskIds(rows, (row) => row.id)) {
    row.anchored = false;
    row.problems.push({problem, node: row.node.children[0] ?? row.node});
  }
  return page;
}
