/** What the page-versions plugin gives the browser (global data); imports nothing server-side. */
export const PAGE_VERSIONS_PLUGIN = 'playbook-page-versions';

export interface PageVersionsData {
  /** Doc permalink → the locales that have their own version of it. Pages not listed exist in every locale. */
  pages: Record<string, string[]>;
}

/** The locales with their own version of the page at `pathname`; null when every locale has it. */
export function versionsOfPath(data: PageVersionsData | undefined, pathname: string): string[] | null {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return data?.pages[path] ?? null;
}

interface LocaleView {
  defaultLocale: string;
  currentLocale: string;
  locales: string[];
  localeConfigs: Record<string, unknown>;
}

/**
 * The site's locales as one page sees them: only the locales that have a version of it. The
 * reader's locale stays current where it has its own version; on a page shown through the
 * fallback, the locale whose text is shown is current instead. A page only other locales have
 * (an import placeholder) takes the first of them as default.
 */
export function localesOfPage<T extends LocaleView>(i18n: T, versions: readonly string[] | null): T {
  const available = versions ? i18n.locales.filter((l) => versions.includes(l)) : i18n.locales;
  if (available.length === 0 || available.length === i18n.locales.length) return i18n;
  const defaultLocale = available.includes(i18n.defaultLocale) ? i18n.defaultLocale : available[0]!;
  const currentLocale = available.includes(i18n.currentLocale) ? i18n.currentLocale : defaultLocale;
  const localeConfigs = Object.fromEntries(available.map((l) => [l, i18n.localeConfigs[l]]));
  return {...i18n, defaultLocale, currentLocale, locales: available, localeConfigs};
}

/**
 * The locale whose text a page shows, when it is not the reader's: Docusaurus shows the default
 * locale's page where the reader's locale has none. `translated` is false for an import
 * placeholder (no locale's text but a pointer to the locales that have the page).
 */
export function fallbackOf(versions: readonly string[] | null, currentLocale: string, defaultLocale: string): {locale: string; translated: boolean} | null {
  if (!versions || versions.includes(currentLocale) || currentLocale === defaultLocale) return null;
  return {locale: defaultLocale, translated: versions.includes(defaultLocale)};
}
