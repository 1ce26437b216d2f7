import {isValid, parse} from 'date-fns';
import {DEFAULT_DATE_CONVENTIONS, type DateConventions, type DateOrder} from './locales';
import {stripZeroWidth} from './text';

/**
 * Date styles the playbook uses. Which part comes first in slash and dotted dates is each
 * locale's `dates` convention (`locales.ts`): the source system writes slash dates US style
 * on every edition (`03/26/2020` is 26 March, also on German pages), dotted dates are German
 * (`02.05.2018` is 2 May). Two-digit years (`5/2/19`) occur in the corpus and mean 20xx.
 */
export const DATE_STYLES = ['iso', 'slash', 'dotted'] as const;
export type DateStyle = (typeof DATE_STYLES)[number];

export interface CalendarDate {
  /** `YYYY-MM-DD`, the same on every build machine whatever its time zone. */
  iso: string;
  style: DateStyle;
}

const SHAPES: Record<DateStyle, RegExp> = {
  iso: /^\d{4}-\d{2}-\d{2}$/,
  slash: /^\d{1,2}\/\d{1,2}\/(\d{2}|\d{4})$/,
  dotted: /^\d{1,2}\.\d{1,2}\.(\d{2}|\d{4})$/,
};

interface StyleForm {
  style: DateStyle;
  /** For messages: `M/D/YYYY (1/29/2020)`. */
  pattern: string;
  example: string;
  /** date-fns formats, four-digit year first. */
  formats: string[];
}

/** The forms a convention reads, ISO first. */
function styleForms(conventions: DateConventions): StyleForm[] {
  const form = (style: DateStyle, separator: string, order: DateOrder): StyleForm => {
    const [first, second, firstEx, secondEx] = order === 'month-first' ? ['M', 'D', '1', '29'] : ['D', 'M', '29', '1'];
    const fns = order === 'month-first' ? `M${separator}d` : `d${separator}M`;
    return {
      style,
      pattern: `${first}${separator}${second}${separator}YYYY`,
      example: `${firstEx}${separator}${secondEx}${separator}2020`,
      formats: [`${fns}${separator}yyyy`, `${fns}${separator}yy`],
    };
  };
  return [
    {style: 'iso', pattern: 'YYYY-MM-DD', example: '2020-01-29', formats: ['yyyy-MM-dd']},
    form('slash', '/', conventions.slash),
    form('dotted', '.', conventions.dotted),
  ];
}

// Fixed reference: two-digit years resolve to 20xx regardless of today's date.
const REFERENCE = new Date(2050, 0, 1);

/**
 * Reads a playbook date by the page locale's conventions; null when it is unreadable or
 * impossible (13/45/2020).
 */
export function parsePlaybookDate(input: unknown, conventions: DateConventions = DEFAULT_DATE_CONVENTIONS): CalendarDate | null {
  if (input instanceof Date) {
    // YAML reads bare ISO dates as UTC midnight.
    return isValid(input) ? {iso: input.toISOString().slice(0, 10), style: 'iso'} : null;
  }
  if (typeof input !== 'string' && typeof input !== 'number') return null;
  const text = stripZeroWidth(String(input)).trim();
  for (const {style, formats} of styleForms(conventions)) {
    if (!SHAPES[style].test(text)) continue;
    for (const format of formats) {
      const date = parse(text, format, REFERENCE);
      if (isValid(date) && date.getFullYear() >= 1000) {
        const iso = [date.getFullYear(), date.getMonth() + 1, date.getDate()]
          .map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0'))
          .join('-');
        return {iso, style};
      }
    }
  }
  return null;
}

/** Whether a cell is written like a date (digits and one kind of separator), readable or not. */
export function looksLikeDate(text: string): boolean {
  return /^\d{1,4}([./-])\d{1,4}\1\d{1,4}$/.test(stripZeroWidth(text).trim());
}

/** "YYYY-MM-DD (2020-01-29), M/D/YYYY (1/29/2020) or D.M.YYYY (29.1.2020)", for messages. */
export function expectedDateForms(conventions: DateConventions = DEFAULT_DATE_CONVENTIONS): string {
  const forms = styleForms(conventions).map((s) => `${s.pattern} (${s.example})`);
  return `${forms.slice(0, -1).join(', ')} or ${forms[forms.length - 1]}`;
}

/** A `YYYY-MM-DD` string that names a real calendar day (light enough for the browser bundle). */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10) === text && y >= 1000;
}

/**
 * The UTC calendar day of a timestamp. Docusaurus stores `last_update.date: 2020-01-29`
 * as UTC midnight, so this gives back the written day in every time zone.
 */
export function calendarDateOfTimestamp(timestamp: number): string {
  return new Date(timestamp).toISOString().slice(0, 10);
}

/** "January 29, 2020" / "29. Januar 2020", computed in UTC so no zone shifts the day. */
export function formatPlaybookDate(iso: string, locale: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, {dateStyle: 'long', timeZone: 'UTC'}).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}
