import type {Heading, Root, RootContent, Table, TableCell, TableRow} from 'mdast';
import {toString} from 'mdast-util-to-string';
import type {Plugin} from 'unified';
import type {VFile} from 'vfile';
import {SKIP, visit} from 'unist-util-visit';
import {expectedDateForms, parsePlaybookDate} from '../../playbook/dates';
import {classifyHistoryHeader, isHistoryHeading, type HistoryColumn} from '../../playbook/history';
import {stripZeroWidth} from '../../playbook/text';
import {report} from '../../diagnostics';
import {jsxFlow, jsxText, spanOf} from '../jsxNodes';

const cellText = (cell: TableCell | undefined) => (cell ? stripZeroWidth(toString(cell)).trim() : '');

/** Extra cells beyond the header: content is moved into the last column, never dropped. */
function foldExtraCells(row: TableRow, columns: readonly HistoryColumn[], file: VFile): void {
  const extra = row.children.slice(columns.length);
  row.children.length = Math.min(row.children.length, columns.length);
  const filled = extra.filter((cell) => cellText(cell) !== '');
  if (filled.length === 0) return;
  report(
    file, 'history-row-cells',
    `Update-summary row has ${columns.length + extra.length} cells but the table has ${columns.length} columns; the extra text is shown in the last column. Remove the extra "|" or add a column header.`,
    row,
  );
  const last = row.children[row.children.length - 1]!;
  for (const cell of filled) last.children.push({type: 'text', value: ' | '}, ...cell.children);
}

/** Rewrites one update-summary table: dates become `<PlaybookDate>`, rows newest first. */
function toRevisionHistory(table: Table, columns: readonly HistoryColumn[], file: VFile) {
  const [header, ...rows] = table.children;
  const dated = rows
    .filter((row) => row.children.some((cell) => cellText(cell) !== ''))
    .map((row, order) => {
      foldExtraCells(row, columns, file);
      const dateCell = row.children[0]!;
      const written = cellText(dateCell);
      const date = parsePlaybookDate(written);
      if (date) {
        dateCell.children = [jsxText('PlaybookDate', {date: date.iso}, [], spanOf(dateCell.children))];
      } else {
        report(
          file, 'history-date',
          written
            ? `Update-summary date "${written}" cannot be read; it is shown as written and listed last. Write it as ${expectedDateForms()}.`
            : `Update-summary row has no date; it is listed last. Add the date as ${expectedDateForms()}.`,
          dateCell,
        );
      }
      return {row, iso: date?.iso ?? null, order};
    });
  // Newest first; rows without a readable date keep their order at the end.
  dated.sort((a, b) => {
    if (a.iso === null || b.iso === null) return (a.iso === null ? 1 : 0) - (b.iso === null ? 1 : 0) || a.order - b.order;
    return b.iso.localeCompare(a.iso) || a.order - b.order;
  });
  table.children = [header!, ...dated.map((d) => d.row)];
  return jsxFlow('RevisionHistory', {}, [table], table.position);
}

/** The headings a node sits under, innermost first (each shallower than the one before). */
function enclosingHeadings(siblings: readonly RootContent[], index: number): Heading[] {
  const headings: Heading[] = [];
  for (let i = index - 1; i >= 0; i--) {
    const node = siblings[i]!;
    if (node.type === 'heading' && (headings.length === 0 || node.depth < headings[headings.length - 1]!.depth)) headings.push(node);
  }
  return headings;
}

/**
 * Update-summary tables (`Date | Who Changed | What Changed`, `Datum | Geändert durch |
 * Änderung an`) become `<RevisionHistory>`: newest first, each date a `<time>` in the
 * page locale. Slash dates are M/D/YYYY even on German pages; dotted dates are D.M.YYYY.
 * They belong under "Refresh Summary" / "Zusammenfassung der Aktualisierung"; one found
 * elsewhere (e.g. under a heading indented into a code block) is converted and reported.
 */
const remarkHistory: Plugin<[], Root> = function () {
  return (tree, file) => {
    visit(tree, 'table', (table: Table, index, parent) => {
      if (!parent || index === undefined) return;
      const headerCells = table.children[0]?.children.map((cell) => cellText(cell)) ?? [];
      const columns = classifyHistoryHeader(headerCells);
      const section = enclosingHeadings(parent.children as RootContent[], index).find((h) => isHistoryHeading(toString(h)));
      if (!columns) {
        if (section) {
          report(
            file, 'history-columns',
            `Table under "${toString(section)}" has columns "${headerCells.join(' | ')}", not Date | Who Changed | What Changed (| Notes); it is shown as a plain table. Use those column headers to list it as the page's revision history.`,
            table,
          );
        }
        return;
      }
      if (!section) {
        report(
          file, 'history-heading',
          'Update-summary table is not under a "Refresh Summary" / "Update Summary" / "Zusammenfassung der Aktualisierung" heading; it is shown as revision history anyway. Add that heading above it (not indented, or it becomes a code block).',
          table,
        );
      }
      parent.children[index] = toRevisionHistory(table, columns, file) as RootContent as (typeof parent.children)[number];
      return SKIP;
    });
  };
};

export default remarkHistory;
