import {LOCALES, localeConfigs} from './locales';

/**
 * DocFX file names carry audience and locale suffixes (`x-partner-de.md`). All of
 * `x.md`, `x-partner.md`, `x-de.md`, `x-partner-de.md`, `x-partner-en.md` name page `x`.
 * Locale suffixes are the configured locales' DocFX suffixes (`-jp` is Japanese, `ja`), so a
 * new language's `x-fr.md` works by configuration alone.
 */
const suffixPatterns = new Map<string, {pattern: RegExp; localeOf: Map<string, string>}>();
function localeSuffix(locales: readonly string[]): {pattern: RegExp; localeOf: Map<string, string>} {
  const key = locales.join('|');
  let suffix = suffixPatterns.get(key);
  if (!suffix) {
    const localeOf = new Map<string, string>();
    for (const entry of localeConfigs(locales)) {
      for (const s of entry.docfxSuffixes) if (!localeOf.has(s.toLowerCase())) localeOf.set(s.toLowerCase(), entry.code);
    }
    const alternatives = [...localeOf.keys()].map((s) => s.replace(/[^a-z0-9]/gi, '\\$&'));
    // No locales, no suffix: `(?!)` never matches.
    suffix = {pattern: new RegExp(`-(${alternatives.join('|') || '(?!)'})$`, 'i'), localeOf};
    suffixPatterns.set(key, suffix);
  }
  return suffix;
}
const AUDIENCE_SUFFIX = /-(partner)$/i;

export interface LegacyName {
  /** Normalized page name, shared by every locale's file. */
  page: string;
  /** Locale code the suffix claims (`-jp` claims `ja`), or null when the name has none. */
  locale: string | null;
  /** Audience the suffix names (`partner`), or null. */
  audience: string | null;
}

export function parseLegacyName(fileName: string, locales: readonly string[] = LOCALES): LegacyName {
  let base = fileName.replace(/^.*[\\/]/, '').replace(/\.mdx?$/i, '').toLowerCase();
  let locale: string | null = null;
  const {pattern, localeOf} = localeSuffix(locales);
  const loc = pattern.exec(base);
  if (loc) {
    locale = localeOf.get(loc[1]!.toLowerCase())!;
    base = base.slice(0, -loc[0].length);
  }
  const audience = AUDIENCE_SUFFIX.exec(base)?.[1] ?? null;
  if (audience) base = base.slice(0, -audience.length - 1);
  return {page: base, locale, audience};
}

export function normalizePageName(fileName: string, locales: readonly string[] = LOCALES): string {
  return parseLegacyName(fileName, locales).page;
}

/** `guides/x-partner-de.md` → `guides/x.md`: the page's path in every locale's content folder. */
export function normalizePagePath(relPath: string, locales: readonly string[] = LOCALES): string {
  const posix = relPath.replace(/\\/g, '/');
  const dir = posix.slice(0, posix.lastIndexOf('/') + 1);
  return `${dir}${normalizePageName(posix, locales)}.md`;
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
