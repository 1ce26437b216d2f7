import type {Root, RootContent, TableRow} from 'mdast';
import type {Plugin} from 'unified';
import type {VFile} from 'vfile';
import {dateConventionsOf} from '../../content/contentTree';
import {expectedDateForms} from '../../playbook/dates';
import {DEFAULT_LOCALE, LOCALE_CONFIGS, type DateConventions, type LocaleConfig} from '../../playbook/locales';
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
function toRevisionHistory({table, columns, rows}: UpdateSummaryTable, conventions: DateConventions, file: VFile) {
  const dated = rows.map(({row, written, date}, order) => {
    foldExtraCells(row, columns, file);
    const dateCell = row.children[0]!;
    if (date) {
      dateCell.children = [jsxText('PlaybookDate', {date: date.iso}, [], spanOf(dateCell.children))];
    } else {
      report(
        file, 'history-date',
        written
          ? `Update-summary date "${written}" cannot be read; it is shown as written and listed last. Write it as ${expectedDateForms(conventions)}.`
          : `Update-summary row has no date; it is listed last. Add the date as ${expectedDateForms(conventions)}.`,
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

export interface HistoryOptions {
  defaultLocale?: string;
  /** Entries whose date conventions apply to their pages. */
  locales?: readonly LocaleConfig[];
}

/**
 * Update-summary tables (a first column of dates, then who and what changed, in any language)
 * become `<RevisionHistory>`: newest first, each date a `<time>` in the reader's language. Dates
 * are read by the page locale's conventions (slash month first, dotted day first, ISO). A table
 * found right under the page title (e.g. its heading was indented into a code block) is
 * converted and reported.
 */
const remarkHistory: Plugin<[HistoryOptions?], Root> = function (options = {}) {
  const defaultLocale = options.defaultLocale ?? DEFAULT_LOCALE;
  const locales = options.locales ?? LOCALE_CONFIGS;
  return (tree, file) => {
    const conventions = dateConventionsOf(file.path ?? '', defaultLocale, locales);
    const {tables, unread} = findUpdateSummaries(tree, conventions);
    for (const {table, problem} of unread) report(file, problem.rule, problem.message, table);
    for (const summary of tables) {
      if (!summary.section) {
        report(
          file, 'history-heading',
          'Update-summary table sits right under the page title, not under a heading of its own; it is shown as revision history anyway. Add a heading such as "Update Summary" above it (not indented, or it becomes a code block).',
          summary.table,
        );
      }
      summary.parent.children[summary.index] = toRevisionHistory(summary, conventions, file) as RootContent as (typeof summary.parent.children)[number];
    }
  };
};

export default remarkHistory;
