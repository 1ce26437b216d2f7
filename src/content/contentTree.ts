import fs from 'node:fs';
import path from 'node:path';
import {DEFAULT_LOCALE, LOCALE_CONFIGS, localeConfig, type DateConventions, type LocaleConfig} from '../playbook/locales';
import {CONTENT_ROOT_PREFIX} from './contentUrl';
import {readManifests} from './importManifest';

/** Where each locale's docs live, relative to the site. */
export function docsDirOf(siteDir: string, locale: string, defaultLocale = DEFAULT_LOCALE): string {
  return locale === defaultLocale
    ? path.join(siteDir, 'docs')
    : path.join(siteDir, 'i18n', locale, 'docusaurus-plugin-content-docs', 'current');
}

/** How a docs file writes its dates: its locale's conventions (`locales.ts`). */
export function dateConventionsOf(filePath: string, defaultLocale = DEFAULT_LOCALE, locales: readonly LocaleConfig[] = LOCALE_CONFIGS): DateConventions {
  return localeConfig(localeOfFile(filePath, defaultLocale), locales).dates;
}

/** The locale a docs source file belongs to, from its path. */
export function localeOfFile(filePath: string, defaultLocale = DEFAULT_LOCALE): string {
  const match = /[\\/]i18n[\\/]([^\\/]+)[\\/]docusaurus-plugin-content-docs[\\/]/.exec(filePath);
  return match ? match[1]! : defaultLocale;
}

export function listMarkdown(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, {withFileTypes: true, recursive: true})
    .filter((e) => e.isFile() && /\.mdx?$/.test(e.name))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * Pages by the exact DocFX file name they were imported from (`x-partner-de.md`, lower-cased).
 * Links by file name resolve here first, so two files that normalize to one name (or a page
 * that clashes with a hand-written one) still reach the page made from that very file.
 */
export interface PageEntry {
  /** Content-relative source path, e.g. `lifecycle/remediate/x.md`. */
  source: string;
  /** Locales with their own file for this page. */
  locales: string[];
}

export function indexImportedFiles(siteDir: string, locales: readonly string[], defaultLocale = DEFAULT_LOCALE): Map<string, PageEntry> {
  const present = new Map(locales.map((locale) => [locale, new Set(listMarkdown(docsDirOf(siteDir, locale, defaultLocale)))]));
  const index = new Map<string, PageEntry>();
  for (const manifest of readManifests(siteDir)) {
    for (const {source, target} of manifest.pages) {
      const name = source.replace(/^.*\//, '').toLowerCase();
      if (index.has(name)) continue;
      index.set(name, {source: target, locales: locales.filter((l) => present.get(l)?.has(target))});
    }
  }
  return index;
}

/** Where the docs plugin serves pages (`routeBasePath` in docusaurus.config.ts). */
export const DOCS_ROUTE_BASE = 'docs';

/**
 * The URL path of a content-relative page in a locale, as Docusaurus makes it without front
 * matter `slug`/`id`: `x.md` → `/de/docs/x`, `index.md` → `/de/docs`, `a/index.md` → `/de/docs/a`.
 */
export function pageUrlPath(source: string, locale: string, defaultLocale = DEFAULT_LOCALE): string {
  const slug = source.replace(/\.mdx?$/i, '').replace(/(^|\/)(index|readme)$/i, '');
  const prefix = locale === defaultLocale ? '' : `/${locale}`;
  return `${prefix}/${DOCS_ROUTE_BASE}${slug ? `/${slug}` : ''}`.replace(/\/+$/, '');
}

/**
 * Where a translated file's default-locale counterpart lives (same content-relative
 * path under `docs/`); null for files of the default locale or outside the docs.
 */
export function defaultLocaleCounterpart(siteDir: string, filePath: string, defaultLocale = DEFAULT_LOCALE): string | null {
  const locale = localeOfFile(filePath, defaultLocale);
  if (locale === defaultLocale) return null;
  const rel = path.relative(docsDirOf(siteDir, locale, defaultLocale), filePath);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return path.join(docsDirOf(siteDir, defaultLocale, defaultLocale), rel);
}

/** Whether a file really lies in a locale's docs folder (symbolic links resolved). */
export function isContentFile(siteDir: string, filePath: string): boolean {
  let parts: string[];
  try {
    parts = path.relative(fs.realpathSync(siteDir), fs.realpathSync(filePath)).split(path.sep);
  } catch {
    return false;
  }
  return parts[0] === 'docs' || (parts[0] === 'i18n' && parts[2] === 'docusaurus-plugin-content-docs');
}

export interface LocalFile {
  /** Absolute path of the file found. */
  path: string;
  /** True when only the default locale has it (a translated page using an English file). */
  fromDefaultLocale: boolean;
}

/**
 * A file named relative to a page (`media/x.png`, `_includes/x.md`) or, with `~/`, to the
 * content root of the page's locale (`~/media/x.png`): in the page's own locale, or, for a
 * translated page, where its default-locale counterpart would find it. `relativePath` is
 * decoded (see `parseLocalReference`).
 */
export function findRelativeFile(siteDir: string, fromFile: string, relativePath: string, defaultLocale = DEFAULT_LOCALE): LocalFile | null {
  const own = resolveFrom(siteDir, fromFile, relativePath, defaultLocale);
  if (isFile(own)) return {path: own, fromDefaultLocale: false};
  const counterpart = defaultLocaleCounterpart(siteDir, fromFile, defaultLocale);
  if (counterpart) {
    const fallback = resolveFrom(siteDir, counterpart, relativePath, defaultLocale);
    if (isFile(fallback)) return {path: fallback, fromDefaultLocale: true};
  }
  return null;
}

/** Where `relativePath` points from `fromFile`, without looking at the disk. */
export function resolveFrom(siteDir: string, fromFile: string, relativePath: string, defaultLocale = DEFAULT_LOCALE): string {
  if (relativePath.startsWith(CONTENT_ROOT_PREFIX)) {
    return path.resolve(docsDirOf(siteDir, localeOfFile(fromFile, defaultLocale), defaultLocale), relativePath.slice(CONTENT_ROOT_PREFIX.length));
  }
  return path.resolve(path.dirname(fromFile), relativePath);
}

function isFile(filePath: string): boolean {
  try {
    return fs.statSync(filePath).isFile();
  } catch {
    return false;
  }
}
