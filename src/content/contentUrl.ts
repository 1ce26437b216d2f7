/**
 * How a URL in a page names a file of the site, read one way for the build, the linter and the
 * importer. Paths are decoded as Docusaurus decodes them when it finally resolves an image or
 * a linked file (`decodeURIComponent` of the path), so `%20` and `%2F` mean the same to all.
 */

/** `https:`, `mailto:`, `pathname:`, … and protocol-relative `//host`. */
export const EXTERNAL_URL = /^([a-z][a-z0-9+.-]*:|\/\/)/i;

/** `~/` starts a path from the content root of the page's locale (DocFX's site-root paths). */
export const CONTENT_ROOT_PREFIX = '~/';

/** A URL's path, decoded; text that is no valid escape stays as written. */
export function decodeUrlPath(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export interface LocalReference {
  /**
   * The decoded path: relative to the file that names it (`media/x.png`, `../x.md`), or, when it
   * starts with `~/`, to the content root of that file's locale.
   */
  path: string;
  /** `?query#hash` as written, to keep on a rewritten URL. */
  suffix: string;
}

/**
 * The file a URL names relative to its page (or to the content root, `~/…`); null for web
 * addresses, other schemes, site-absolute paths (`/x`), aliases (`@site/…`) and bare anchors.
 */
export function parseLocalReference(url: string): LocalReference | null {
  const trimmed = url.trim();
  if (!trimmed || EXTERNAL_URL.test(trimmed) || /^[/#?@\\]/.test(trimmed)) return null;
  const cut = trimmed.search(/[?#]/);
  const bare = cut < 0 ? trimmed : trimmed.slice(0, cut);
  if (!bare || bare === CONTENT_ROOT_PREFIX) return null;
  return {path: decodeUrlPath(bare), suffix: cut < 0 ? '' : trimmed.slice(cut)};
}

/** A site-relative path as a URL path (`@site/docs/with space.png` → `…/with%20space.png`). */
export function encodeUrlPath(relativePath: string): string {
  return relativePath.split('/').map(encodeURIComponent).join('/');
}
