/**
 * A page's update summary ("Refresh Summary"): its tables and their dated rows, read from the
 * page's mdast. The history plugin renders them; page dates and translation status read them.
 */
import type {Heading, Parent, RootContent, Table, TableCell, TableRow} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {visit} from 'unist-util-visit';
import {parsePlaybookDate, type CalendarDate} from '../playbook/dates';
import {classifyHistoryHeader, isHistoryHeading, type HistoryColumn} from '../playbook/history';
import {stripZeroWidth} from '../playbook/text';

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
  /** The update-summary heading it sits under; null when it has none. */
  section: Heading | null;
  /** Rows with any text, in written order. */
  rows: UpdateRow[];
}

/** Other tables under an update-summary heading: not read as history, reported by the plugin. */
export interface MisplacedTable {
  table: Table;
  section: Heading;
  headerCells: string[];
}

/** Every update-summary table of a page (by its header), and other tables under such a heading. */
export function findUpdateSummaries(tree: Parent): {tables: UpdateSummaryTable[]; misplaced: MisplacedTable[]} {
  const tables: UpdateSummaryTable[] = [];
  const misplaced: MisplacedTable[] = [];
  visit(tree, 'table', (table: Table, index, parent) => {
    if (!parent || index === undefined) return;
    const headerCells = table.children[0]?.children.map((cell) => cellText(cell)) ?? [];
    const columns = classifyHistoryHeader(headerCells);
    const section = enclosingHeadings(parent.children as RootContent[], index).find((h) => isHistoryHeading(toString(h))) ?? null;
    if (!columns) {
      if (section) misplaced.push({table, section, headerCells});
      return;
    }
    const rows = table.children.slice(1)
      .filter((row) => row.children.some((cell) => cellText(cell) !== ''))
      .map((row) => {
        const written = cellText(row.children[0]);
        return {row, written, date: parsePlaybookDate(written)};
      });
    tables.push({table, parent, index, columns, section, rows});
  });
  return {tables, misplaced};
}
