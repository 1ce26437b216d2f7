/**
 * When a page was last updated: its `ms.date` and the dated rows of its update summary.
 * Translation status compares these across locales; the page-dates plugin checks that they
 * can be right (not in the future, no row newer than `ms.date`).
 */
import type {Root} from 'mdast';
import {parsePlaybookDate} from '../playbook/dates';
import {DEFAULT_DATE_CONVENTIONS, type DateConventions} from '../playbook/locales';
import type {FrontMatterResult} from '../frontmatter/validate';
import {findUpdateSummaries} from './summary';

export interface DateAt {
  /** `YYYY-MM-DD`. */
  iso: string;
  /** As the page writes it. */
  written: string;
  line: number;
  column: number;
}

export interface PageUpdates {
  /** The readable front-matter `ms.date`, or null. */
  msDate: DateAt | null;
  /** Readable update-summary dates, in written order. */
  rows: DateAt[];
  /** The newest of them: when the page says it was last updated; null when it says nothing. */
  updated: string | null;
}

export const MS_DATE_KEY = 'ms.date';

/** Reads a parsed page's dates (by its locale's `conventions`); `frontMatter` is `validateFrontMatter`'s result for the same text. */
export function readPageUpdates(
  tree: Root,
  frontMatter: Pick<FrontMatterResult, 'frontMatter' | 'keyPositions'>,
  conventions: DateConventions = DEFAULT_DATE_CONVENTIONS,
): PageUpdates {
  const value = frontMatter.frontMatter[MS_DATE_KEY];
  const parsed = parsePlaybookDate(value, conventions);
  const at = frontMatter.keyPositions[MS_DATE_KEY] ?? {line: 1, column: 1};
  const msDate = parsed ? {iso: parsed.iso, written: String(value), ...at} : null;
  const rows = findUpdateSummaries(tree, conventions).tables.flatMap((t) => t.rows).flatMap(({row, written, date}) => {
    const start = row.children[0]?.position?.start ?? row.position?.start;
    return date ? [{iso: date.iso, written, line: start?.line ?? 1, column: start?.column ?? 1}] : [];
  });
  const updated = [msDate?.iso, ...rows.map((r) => r.iso)].filter((d): d is string => Boolean(d)).sort().at(-1) ?? null;
  return {msDate, rows, updated};
}

/**
 * Today's date where it is latest on Earth (UTC+14): a date is in the future only once it is
 * the future everywhere, so an author ahead of UTC is never told their today is tomorrow.
 */
export function latestToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 14 * 60 * 60 * 1000).toISOString().slice(0, 10);
}
