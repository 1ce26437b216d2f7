import type {Root, RootContent, TableRow} from 'mdast';
import {toString} from 'mdast-util-to-string';
import type {Plugin} from 'unified';
import type {VFile} from 'vfile';
import {expectedDateForms} from '../../playbook/dates';
import type {HistoryColumn} from '../../playbook/history';
import {report} from '../../diagnostics';
import {cellText, findUpdateSummaries, type UpdateSummaryTable} from '../../updates/summary';
import {jsxFlow, jsxText, spanOf} from '../jsxNodes';

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
function toRevisionHistory({table, columns, rows}: UpdateSummaryTable, file: VFile) {
  const dated = rows.map(({row, written, date}, order) => {
    foldExtraCells(row, columns, file);
    const dateCell = row.children[0]!;
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
  table.children = [table.children[0]!, ...dated.map((d) => d.row)];
  return jsxFlow('RevisionHistory', {}, [table], table.position);
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
    const {tables, misplaced} = findUpdateSummaries(tree);
    for (const {table, section, headerCells} of misplaced) {
      report(
        file, 'history-columns',
        `Table under "${toString(section)}" has columns "${headerCells.join(' | ')}", not Date | Who Changed | What Changed (| Notes); it is shown as a plain table. Use those column headers to list it as the page's revision history.`,
        table,
      );
    }
    for (const summary of tables) {
      if (!summary.section) {
        report(
          file, 'history-heading',
          'Update-summary table is not under a "Refresh Summary" / "Update Summary" / "Zusammenfassung der Aktualisierung" heading; it is shown as revision history anyway. Add that heading above it (not indented, or it becomes a code block).',
          summary.table,
        );
      }
      summary.parent.children[summary.index] = toRevisionHistory(summary, file) as RootContent as (typeof summary.parent.children)[number];
    }
  };
};

export default remarkHistory;
