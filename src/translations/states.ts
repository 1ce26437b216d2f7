/**
 * What translation status says about a page in a locale: the report's shape, shared by
 * `npm run translations`, the site plugin and the `/translations` page (so no fs here).
 */
/** Worst first: the order the report and the page list them in. */
export const TRANSLATION_STATES = ['outdated', 'missing', 'placeholder', 'up-to-date'] as const;
export type TranslationState = (typeof TRANSLATION_STATES)[number];

export interface LocaleStatus {
  locale: string;
  /**
   * - `missing`: no file; readers of this locale get the default locale's page.
   * - `placeholder`: a file that stands in for the page without being it: a placeholder the
   *   import wrote (default locale), or a copy of the default locale's page not yet translated.
   * - `outdated`: translated, but it says it was last updated before the default locale's page
   *   did (or says nothing while that page has a date).
   * - `up-to-date`: everything else; the default locale's own page unless it is a placeholder.
   */
  state: TranslationState;
  /** Site-relative path: the file, or where to create it. */
  file: string;
  /** Its H1, when it has a file. */
  title: string | null;
  /** `YYYY-MM-DD`: the newest of its `ms.date` and update-summary rows; null when it gives none. */
  updated: string | null;
  /** Tasks listed differently from the default locale's page: missing, extra, or another requirement. */
  taskDrift: number;
  /** The repository's editor for the file, or its "new file" form when missing. */
  editUrl: string;
}

export interface PageStatus {
  /** Content-relative path, the same in every locale. */
  source: string;
  /** The page's path below each locale's base URL, e.g. `docs/lifecycle/x`. */
  route: string;
  /** Every locale, the default locale first. */
  locales: LocaleStatus[];
}

export interface TranslationReport {
  defaultLocale: string;
  locales: string[];
  /** By content-relative path. */
  pages: PageStatus[];
  /** Per locale, how many pages are in each state. */
  totals: Record<string, Record<TranslationState, number>>;
}
