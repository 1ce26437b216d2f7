/** Schemes a link from page content may use; anything else (javascript:, data:, vbscript:…) is dropped. */
const SAFE_SCHEMES = ['http', 'https', 'mailto'] as const;

/**
 * Whether a URL from untrusted content is safe to put in an href: a relative URL, a fragment,
 * or one of {@link SAFE_SCHEMES}. Control characters and whitespace that browsers strip before
 * reading the scheme (`java\tscript:`) are removed first.
 */
export function isSafeUrl(url: string): boolean {
  const compact = url.replace(/[\u0000-\u0020\u007F-\u009F]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact);
  if (!scheme) return true;
  return (SAFE_SCHEMES as readonly string[]).includes(scheme[1]!.toLowerCase());
}
