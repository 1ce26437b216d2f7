/**
 * DocFX file names carry audience and locale suffixes (`x-partner-de.md`). All of
 * `x.md`, `x-partner.md`, `x-de.md`, `x-partner-de.md`, `x-partner-en.md` name page `x`.
 */
const LOCALE_SUFFIX = /-(de|en)$/i;
const AUDIENCE_SUFFIX = /-partner$/i;

export interface LegacyName {
  /** Normalized page name, shared by every locale's file. */
  page: string;
  /** Locale the suffix claims, or null when the name has none. */
  locale: string | null;
}

export function parseLegacyName(fileName: string): LegacyName {
  let base = fileName.replace(/^.*[\\/]/, '').replace(/\.mdx?$/i, '').toLowerCase();
  let locale: string | null = null;
  const loc = LOCALE_SUFFIX.exec(base);
  if (loc) {
    locale = loc[1]!.toLowerCase();
    base = base.slice(0, -loc[0].length);
  }
  base = base.replace(AUDIENCE_SUFFIX, '');
  return {page: base, locale};
}

export function normalizePageName(fileName: string): string {
  return parseLegacyName(fileName).page;
}

/** A link target that names a page by DocFX file name: relative, `.md`, optional `#anchor`. */
export function parseLegacyLink(
  url: string,
): {path: string; page: string; locale: string | null; hash: string} | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('/') || url.startsWith('#')) return null;
  const match = /^([^?#]+\.md)(#[^?]*)?$/i.exec(url);
  if (!match) return null;
  const {page, locale} = parseLegacyName(match[1]!);
  return {path: match[1]!, page, locale, hash: match[2] ?? ''};
}
