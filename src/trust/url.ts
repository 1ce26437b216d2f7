/**
 * URLs from untrusted content, checked before they reach an `href`, `src` or any other place
 * a browser follows. Pure and browser-safe: components import it too.
 */

/** Schemes a link from page content may use; anything else (javascript:, data:, vbscript:…) is dropped. */
export const SAFE_SCHEMES = ['http', 'https', 'mailto'] as const;

/** Characters browsers strip before reading a scheme (`java\tscript:`), so checks must too. */
const IGNORED_BY_BROWSERS = /[\u0000-\u0020\u007F-\u009F]/g;
const HAS_IGNORED = /[\u0000-\u0020\u007F-\u009F]/;

/** The URL's scheme in lower case, after removing what browsers ignore; null for a relative URL. */
export function schemeOf(url: string): string | null {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(IGNORED_BY_BROWSERS, ''));
  return scheme ? scheme[1]!.toLowerCase() : null;
}

/**
 * Whether a URL from untrusted content is safe to put in an href: a relative URL, a fragment,
 * or one of {@link SAFE_SCHEMES}.
 */
export function isSafeUrl(url: string): boolean {
  const scheme = schemeOf(url);
  return scheme === null || (SAFE_SCHEMES as readonly string[]).includes(scheme);
}

/** An absolute `http(s)://host/…` address, e.g. for an "Edit this page" link or a social card. */
export function isWebUrl(url: string): boolean {
  if (HAS_IGNORED.test(url) || !/^https?:\/\/[^/]/i.test(url)) return false;
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * A path of this site (`/img/card.png`, `/docs/x`): starts with one `/`, has no scheme,
 * no `..` segment (also percent-encoded) and no backslash, so it can never leave the site.
 */
export function isSitePath(url: string): boolean {
  if (!url.startsWith('/') || url.startsWith('//') || url.includes('\\') || schemeOf(url) !== null) return false;
  if (HAS_IGNORED.test(url)) return false;
  const path = url.split(/[?#]/)[0]!;
  return !path.split('/').some((segment) => /^(\.|%2e){2}$/i.test(segment) || /^(\.|%2e)$/i.test(segment));
}
