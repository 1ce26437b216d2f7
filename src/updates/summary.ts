/**
 * A page's update summary ("Refresh Summary"): its tables and their dated rows, read from the
 * page's mdast by their shape (`playbook/history.ts`). The history plugin renders them; page
 * dates and translation status read them.
 */
import type {Heading, Parent, Root, RootContent, Table, TableCell, TableRow} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {visit} from 'unist-util-visit';
import {parsePlaybookDate, type CalendarDate} from '../playbook/dates';
import {readHistoryTable, type HistoryColumn, type HistoryTableProblem} from '../playbook/history';
import {DEFAULT_DATE_CONVENTIONS, type DateConventions} from '../playbook/locales';
import {stripZeroWidth} from '../playbook/text';
import {findPageTitle} from '../playbook/titles';

export const cellText = (cell: TableCell | undefined) => (cell ? stripZeroWidth(toString(cell)).trim() : '');

/** The headings a node sits under, innermost first (each shallower than the one before). */
export function enclosingHeadings(siblings: readonly RootContent[], index: number): Heading[] {
  const headings: Heading[] = [];
  for (let i = index - 1; i >= 0; i--) {
    const node = siblings[i]!;
    if (node.type === 'heading' && (headings.length === 0 || node.depth < headings[headings.length - 1]!.depth)) headings.push(node);
  }
  return headings;
}

export interface UpdateRow {
  row: TableRow;
  /** The date cell's text as written (zero-width characters removed). */
  written: string;
  /** Null when the cell holds no readable date. */
  date: CalendarDate | null;
}

export interface UpdateSummaryTable {
  table: Table;
  parent: Parent;
  index: number;
  columns: HistoryColumn[];
  /** The heading it sits under (its own section); null when it sits right under the page title. */
  section: Heading | null;
  /** Rows with any text, in written order. */
  rows: UpdateRow[];
}

/** Tables with a date column that cannot be read as an update summary: shown as plain tables, reported. */
export interface UnreadTable {
  table: Table;
  problem: HistoryTableProblem;
}

/**
 * Every update-summary table of a page, by its shape, with dates read by the page locale's
 * conventions; and dated tables that are not shaped like one.
 */
export function findUpdateSummaries(tree: Root, conventions: DateConventions = DEFAULT_DATE_CONVENTIONS): {tables: UpdateSummaryTable[]; unread: UnreadTable[]} {
  const title = findPageTitle(tree)?.heading;
  const tables: UpdateSummaryTable[] = [];
  const unread: UnreadTable[] = [];
  visit(tree, 'table', (table: Table, index, parent) => {
    if (!parent || index === undefined) return;
    const [header, ...body] = table.children;
    const reading = readHistoryTable(header?.children.map((cell) => cellText(cell)) ?? [], body.map((row) => cellText(row.children[0])), conventions);
    if (reading.kind === 'unread') unread.push({table, problem: reading.problem});
    if (reading.kind !== 'history') return;
    const own = enclosingHeadings(parent.children as RootContent[], index)[0];
    const rows = body
      .filter((row) => row.children.some((cell) => cellText(cell) !== ''))
      .map((row) => {
        const written = cellText(row.children[0]);
        return {row, written, date: parsePlaybookDate(written, conventions)};
      });
    tables.push({table, parent, index, columns: reading.columns, section: own && own !== title ? own : null, rows});
  });
  return {tables, unread};
}
