/**
 * Update summaries ("Refresh Summary", "Resumen de actualización", "概要の更新"): a table whose
 * first column holds dates, followed by who and what columns (and sometimes notes). Read by
 * that shape; no header word is read, so any language's summary is one.
 */
import {looksLikeDate, parsePlaybookDate} from './dates';
import {DEFAULT_DATE_CONVENTIONS, type DateConventions} from './locales';
import {cleanText} from './text';

export const HISTORY_COLUMNS = ['date', 'author', 'change', 'notes'] as const;
export type HistoryColumn = (typeof HISTORY_COLUMNS)[number];

const SHAPE = 'Date | Who Changed | What Changed (| Notes)';

export interface HistoryTableProblem {
  rule: 'history-columns';
  message: string;
}

export type HistoryTableReading =
  | {kind: 'history'; columns: HistoryColumn[]}
  | {kind: 'other'}
  | {kind: 'unread'; problem: HistoryTableProblem};

/**
 * Whether a table is an update summary: most of its first-column cells are dates (at least one
 * readable by the page locale's conventions; unreadable ones are reported row by row), and it
 * has three or four columns. A dated table of another width is reported, not taken for one.
 */
export function readHistoryTable(
  header: readonly string[],
  firstCells: readonly string[],
  conventions: DateConventions = DEFAULT_DATE_CONVENTIONS,
): HistoryTableReading {
  const written = firstCells.map(cleanText).filter(Boolean);
  const readable = written.filter((cell) => parsePlaybookDate(cell, conventions) !== null).length;
  const dated = written.filter((cell) => looksLikeDate(cell) || parsePlaybookDate(cell, conventions) !== null).length;
  if (readable === 0 || dated * 2 < written.length) return {kind: 'other'};
  if (header.length < 3 || header.length > 4) {
    return {
      kind: 'unread',
      problem: {
        rule: 'history-columns',
        message: `Table has dates in its first column but ${header.length} columns, so it is shown as a plain table, not as the page's update history. An update summary has ${SHAPE}; use those columns.`,
      },
    };
  }
  return {kind: 'history', columns: HISTORY_COLUMNS.slice(0, header.length)};
}
