import type {Root} from 'mdast';
import type {Plugin} from 'unified';
import {report} from '../../diagnostics';
import {dateConventionsOf} from '../../content/contentTree';
import {validateFrontMatter} from '../../frontmatter/validate';
import {formatPlaybookDate, isCalendarDate} from '../../playbook/dates';
import {DEFAULT_LOCALE, LOCALE_CONFIGS, localeConfig, type LocaleConfig} from '../../playbook/locales';
import {latestToday, MS_DATE_KEY, readPageUpdates, type DateAt} from '../../updates/pageDates';

export interface PageDatesOptions {
  defaultLocale?: string;
  /** Entries whose date conventions apply to their pages. */
  locales?: readonly LocaleConfig[];
  /** `YYYY-MM-DD`: the clock, injected in tests. Default: today where it is latest on Earth. */
  today?: string;
}

const others = (n: number) => (n === 0 ? '' : n === 1 ? ', and so is 1 other row' : `, and so are ${n} other rows`);
const point = (at: DateAt) => ({start: {line: at.line, column: at.column}, end: {line: at.line, column: at.column}});

/**
 * Dates that cannot be right: an `ms.date` in the future, and an update-summary row newer than
 * `ms.date` (the page would show an older "last updated" date than its own summary). Both are
 * warnings; the page is shown as written.
 */
const remarkPageDates: Plugin<[PageDatesOptions?], Root> = function (options = {}) {
  const today = options.today ?? latestToday();
  if (!isCalendarDate(today)) throw new Error(`page-dates: today must be a YYYY-MM-DD date, not "${today}".`);
  // Findings are written in the site's default language: dates in them too, from its entry.
  const defaultLocale = options.defaultLocale ?? DEFAULT_LOCALE;
  const messageLang = localeConfig(defaultLocale, options.locales ?? LOCALE_CONFIGS).htmlLang;
  const long = (iso: string) => formatPlaybookDate(iso, messageLang);
  return (tree, file) => {
    const conventions = dateConventionsOf(file.path ?? '', defaultLocale, options.locales ?? LOCALE_CONFIGS);
    const {msDate, rows} = readPageUpdates(tree, validateFrontMatter(String(file.value), file.path ?? '', conventions), conventions);
    if (!msDate) return;
    if (msDate.iso > today) {
      report(
        file, 'ms-date-future',
        `${MS_DATE_KEY} ${msDate.written} is in the future (${long(msDate.iso)}; today is ${long(today)}). Set it to the day the page was last reviewed.`,
        point(msDate),
        msDate.written,
      );
    }
    const newer = rows.filter((row) => row.iso > msDate.iso).sort((a, b) => b.iso.localeCompare(a.iso));
    const newest = newer[0];
    if (newest) {
      report(
        file, 'update-after-ms-date',
        `Update-summary row dated ${newest.written} (${long(newest.iso)}) is newer than the page's ${MS_DATE_KEY} ${msDate.written} (${long(msDate.iso)})${others(newer.length - 1)}; the page shows the older date as its last update. Set ${MS_DATE_KEY} to ${newest.written} or later, or correct the row's date.`,
        point(newest),
        newest.written,
      );
    }
  };
};

export default remarkPageDates;
