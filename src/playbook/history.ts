/** Update-summary ("Refresh Summary") sections and their tables. */
import {cleanText} from './text';

export const HISTORY_HEADINGS = [
  /^refresh summary$/i,
  /^update summary$/i,
  /^zusammenfassung der aktualisierung$/i,
  /^zusammenfassung aktualisieren$/i,
] as const;

export const HISTORY_COLUMNS = ['date', 'author', 'change', 'notes'] as const;
export type HistoryColumn = (typeof HISTORY_COLUMNS)[number];

const HEADER_FORMS: Record<HistoryColumn, RegExp> = {
  date: /^(date|datum)$/i,
  author: /^(who changed|geändert durch)$/i,
  change: /^(what changed|änderung an|änderung von)$/i,
  notes: /^(notes|notizen)$/i,
};


export function isHistoryHeading(text: string): boolean {
  return HISTORY_HEADINGS.some((re) => re.test(cleanText(text)));
}

/** Columns of an update-summary table (3 or 4 cells), or null for any other table. */
export function classifyHistoryHeader(cells: readonly string[]): HistoryColumn[] | null {
  if (cells.length < 3 || cells.length > 4) return null;
  const columns = HISTORY_COLUMNS.slice(0, cells.length);
  return columns.every((c, i) => HEADER_FORMS[c].test(cleanText(cells[i]!))) ? [...columns] : null;
}
