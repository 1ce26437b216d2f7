import path from 'node:path';
import {DEFAULT_LOCALE, LOCALES} from '../playbook/locales';
import {normalizePageName} from '../playbook/legacyNames';
import {docsDirOf, listMarkdown, localeOfFile, type PageEntry} from './contentTree';
import {readManifests} from './importManifest';

/**
 * What in the content folders is a page and what is a partial (an include file): worked out
 * here once, for the build, the linter, the importer, the tests and the benchmarks.
 *
 * A Markdown file is a partial when
 * - Docusaurus's own convention says so: `_name.md`, or anything under a `_folder/`;
 * - or an import recorded it as one: DocFX repositories keep include files in folders such as
 *   `includes/` that `docfx.json` excludes from the build. Whatever such a folder is called,
 *   the import notes it (`imports/<locale>.json`, `includeFolders` and `partials`), and every
 *   Markdown file under it is a partial, in every locale.
 */
export interface ContentLayout {
  readonly siteDir: string;
  readonly locales: readonly string[];
  readonly defaultLocale: string;
  /** A locale's content folder (`docs/`, `i18n/<locale>/docusaurus-plugin-content-docs/current/`). */
  docsDir(locale: string): string;
  /** A locale's Markdown files, content-relative with `/`, sorted: pages and partials. */
  markdownFiles(locale: string): string[];
  /** Whether a content-relative Markdown file is a partial, never a page of its own. */
  isPartial(source: string): boolean;
  /** A locale's pages, content-relative, sorted. */
  pages(locale: string): string[];
  /** The locale and content-relative path of a file in a content folder; null elsewhere. */
  contentFileOf(filePath: string): {locale: string; source: string} | null;
  /** Globs (relative to a content folder) for the docs plugin's `exclude`: everything that is no page. */
  excludeGlobs(): string[];
}

export interface LayoutOptions {
  locales?: readonly string[];
  defaultLocale?: string;
}

/** Docusaurus's convention: `_name.md` and anything under `_folder/` is no page. */
export function isUnderscored(source: string): boolean {
  return source.split(/[\\/]/).some((segment) => segment.startsWith('_'));
}

/**
 * Docusaurus's default `exclude` for the docs plugin, kept because setting `exclude` replaces it.
 * The first two are {@link isUnderscored} as globs.
 */
const DOCUSAURUS_EXCLUDE = ['**/_*.{js,jsx,ts,tsx,md,mdx}', '**/_*/**', '**/*.test.{js,jsx,ts,tsx}', '**/__tests__/**'];

/** A literal path as a glob: special characters escaped. */
export const literalGlob = (p: string) => p.replace(/[*?[\]{}()!+@\\]/g, '\\$&');

/** Reads the layout of a site's content: once per build, tool run or test. */
export function readContentLayout(siteDir: string, options: LayoutOptions = {}): ContentLayout {
  const locales = options.locales ?? LOCALES;
  const defaultLocale = options.defaultLocale ?? DEFAULT_LOCALE;
  const includeFolders = new Set<string>();
  const partialFiles = new Set<string>();
  for (const manifest of readManifests(siteDir)) {
    for (const folder of manifest.includeFolders ?? []) includeFolders.add(folder.replace(/\/+$/, ''));
    for (const file of manifest.partials ?? []) partialFiles.add(file);
  }
  const isPartial = (source: string) => {
    const posix = source.split(path.sep).join('/');
    return isUnderscored(posix) || partialFiles.has(posix) || [...includeFolders].some((folder) => posix.startsWith(`${folder}/`));
  };
  const files = new Map<string, string[]>();
  const markdownFiles = (locale: string) => {
    let list = files.get(locale);
    if (!list) files.set(locale, (list = listMarkdown(docsDirOf(siteDir, locale, defaultLocale))));
    return list;
  };
  const docsDir = (locale: string) => docsDirOf(siteDir, locale, defaultLocale);

  return {
    siteDir,
    locales,
    defaultLocale,
    docsDir,
    markdownFiles,
    isPartial,
    pages: (locale) => markdownFiles(locale).filter((source) => !isPartial(source)),
    contentFileOf(filePath) {
      const locale = localeOfFile(filePath, defaultLocale);
      const rel = path.relative(docsDir(locale), path.resolve(filePath));
      if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return null;
      return {locale, source: rel.split(path.sep).join('/')};
    },
    excludeGlobs: () => [
      ...DOCUSAURUS_EXCLUDE,
      ...[...includeFolders].sort().map((folder) => `${literalGlob(folder)}/**`),
      ...[...partialFiles].sort().map(literalGlob),
    ],
  };
}

/** Pages by normalized DocFX name, across all locales (the default locale's path first). */
export function indexPages(layout: ContentLayout): Map<string, PageEntry> {
  const index = new Map<string, PageEntry>();
  const {defaultLocale, locales} = layout;
  for (const locale of [defaultLocale, ...locales.filter((l) => l !== defaultLocale)]) {
    for (const source of layout.pages(locale)) {
      const name = normalizePageName(source, locales);
      const entry = index.get(name) ?? {source, locales: []};
      entry.locales.push(locale);
      index.set(name, entry);
    }
  }
  return index;
}

/**
 * The page a link by DocFX file name names (see `parseLegacyLink`): the page made from that very
 * file when an import recorded it (`importedFiles`, from `indexImportedFiles`), else the page of
 * that normalized name.
 */
export function pageNamedBy(
  link: {path: string; page: string},
  pages: ReadonlyMap<string, PageEntry>,
  importedFiles: ReadonlyMap<string, PageEntry>,
): PageEntry | undefined {
  return importedFiles.get(link.path.replace(/^.*\//, '').toLowerCase()) ?? pages.get(link.page);
}

/** A Markdown file of the content, in one locale. */
export interface ContentFile {
  locale: string;
  /** Content-relative path, the same for a page in every locale. */
  source: string;
  absolute: string;
  /** An include file, never a page of its own. */
  partial: boolean;
}

/** Every Markdown file (pages and partials) of every locale, locale by locale. */
export function contentFiles(layout: ContentLayout): ContentFile[] {
  return layout.locales.flatMap((locale) => {
    const dir = layout.docsDir(locale);
    return layout.markdownFiles(locale).map((source) => ({locale, source, absolute: path.join(dir, source), partial: layout.isPartial(source)}));
  });
}

/** Pages (partials left out) by content-relative path, each with its locales' files. */
export function pagesBySource(files: readonly ContentFile[]): Map<string, ContentFile[]> {
  const pages = new Map<string, ContentFile[]>();
  for (const f of files.filter((file) => !file.partial)) pages.set(f.source, [...(pages.get(f.source) ?? []), f]);
  return pages;
}
