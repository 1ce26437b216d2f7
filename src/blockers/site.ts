/**
 * The blocker pages of one locale of a site, read from disk once per build (and per tool run):
 * the status-link plugin matches statuses against them, the `/blockers` guide and
 * `blockers.json` are made from them. A locale shows its own file of each page, else the
 * default locale's (as Docusaurus falls back), so both are read the way the build shows them.
 */
import fs from 'node:fs';
import path from 'node:path';
import {indexImportedFiles, type PageEntry} from '../content/contentTree';
import {indexPages, pageNamedBy, type ContentLayout} from '../content/layout';
import {parsePage} from '../content/parsePage';
import {blockerNameKey} from '../playbook/blockers';
import {normalizePageName, parseLegacyLink} from '../playbook/legacyNames';
import {readBlockerPage, type BlockerReading, type L1Listing, type L2Page} from './extract';

export interface L2Entry {
  /** Content-relative path, the same in every locale. */
  source: string;
  /** The file the locale's build shows. */
  file: string;
  /** The file's own locale: the default one for a page shown untranslated. */
  locale: string;
  page: L2Page;
}

export interface ListingEntry {
  source: string;
  file: string;
  /** Each L1 the page lists, with the L2 pages its links reach (content-relative, in order). */
  levels: {level: L1Listing; l2: string[]}[];
}

export interface SiteBlockers {
  locale: string;
  l2Pages: L2Entry[];
  /** L2 pages by {@link blockerNameKey} of their title: what a scenario's status is matched against. */
  l2ByName: Map<string, L2Entry>;
  /** Pages listing L1s with L2 pages, overviews (most L1s) first. */
  listings: ListingEntry[];
}

// Cheap checks before parsing: an L2 page has a callout and a two-column table.
const CALLOUT = /^[ \t]{0,3}>[ \t]*\[!/m;
const TWO_COLUMN_TABLE = /^[ \t]*\|?[^|\n]*\|[^|\n]*\|?[ \t]*\r?\n[ \t]*\|?[ \t]*:?-+:?[ \t]*\|[ \t]*:?-+:?[ \t]*\|?[ \t]*$/m;

interface Read {
  mtimeMs: number;
  size: number;
  /** Undefined until a reader wanted the file parsed. */
  reading?: BlockerReading | null;
}

// Shared by every reader in the process (the guide plugin, the status links, every locale's
// build): a file is parsed once until it changes.
const READS = Symbol.for('playbook.blockerReads');
const reads: Map<string, Read> = ((globalThis as Record<symbol, Map<string, Read> | undefined>)[READS] ??= new Map());

/** A file's blocker reading, parsed only when `wanted` says its text may hold one. */
function readFile(file: string, wanted: (text: string) => boolean): BlockerReading | null {
  const stat = fs.statSync(file);
  let read = reads.get(file);
  if (!read || read.mtimeMs !== stat.mtimeMs || read.size !== stat.size) reads.set(file, (read = {mtimeMs: stat.mtimeMs, size: stat.size}));
  if (read.reading !== undefined) return read.reading;
  const text = fs.readFileSync(file, 'utf8');
  if (!wanted(text)) return null;
  read.reading = readBlockerPage(parsePage(text));
  return read.reading;
}

/** The file a locale's build shows for each page: its own, else the default locale's. */
export function localeFiles(layout: ContentLayout, locale: string): {source: string; file: string; locale: string}[] {
  const own = new Set(layout.pages(locale));
  const sources = [...new Set([...layout.pages(layout.defaultLocale), ...own])].sort();
  return sources.map((source) => {
    const fileLocale = own.has(source) ? locale : layout.defaultLocale;
    return {source, file: path.join(layout.docsDir(fileLocale), source), locale: fileLocale};
  });
}

const linkIndexes = new WeakMap<ContentLayout, {pages: Map<string, PageEntry>; importedFiles: Map<string, PageEntry>}>();

/** The page a listing's link reaches: by DocFX file name, or a content path (`/x.md`). */
function linkedSource(layout: ContentLayout, url: string): string | null {
  let indexes = linkIndexes.get(layout);
  if (!indexes) {
    indexes = {pages: indexPages(layout), importedFiles: indexImportedFiles(layout.siteDir, layout.locales, layout.defaultLocale)};
    linkIndexes.set(layout, indexes);
  }
  const legacy = parseLegacyLink(url);
  if (legacy) return pageNamedBy(legacy, indexes.pages, indexes.importedFiles)?.source ?? null;
  const content = /^\/([^?#]+\.md)(?:#.*)?$/i.exec(url);
  return content ? content[1]! : null;
}

/** Every blocker page of one locale: its L2 pages and the pages listing L1s. */
export function readSiteBlockers(layout: ContentLayout, locale: string): SiteBlockers {
  const files = localeFiles(layout, locale);
  const l2Pages: L2Entry[] = [];
  for (const {source, file, locale: fileLocale} of files) {
    const reading = readFile(file, (text) => CALLOUT.test(text) && TWO_COLUMN_TABLE.test(text));
    if (reading?.kind === 'l2') l2Pages.push({source, file, locale: fileLocale, page: reading.page});
  }
  const l2ByName = new Map<string, L2Entry>();
  for (const entry of l2Pages) if (!l2ByName.has(blockerNameKey(entry.page.title))) l2ByName.set(blockerNameKey(entry.page.title), entry);

  // Only pages that name an L2 page can list one: parse just those.
  const l2Sources = new Set(l2Pages.map((e) => e.source));
  const names = [...new Set(l2Pages.map((e) => normalizePageName(e.source, layout.locales)))];
  const listings: ListingEntry[] = [];
  for (const {source, file} of files) {
    if (l2Sources.has(source)) continue;
    const reading = readFile(file, (text) => {
      const lower = text.toLowerCase();
      return names.some((name) => lower.includes(name));
    });
    if (reading?.kind !== 'listing') continue;
    const levels = reading.levels
      .map((level) => ({level, l2: level.links.map((url) => linkedSource(layout, url))}))
      // An L1 lists L2 pages: most of its links reach one.
      .filter(({l2}) => l2.filter((s) => s !== null && l2Sources.has(s)).length * 2 > l2.length)
      .map(({level, l2}) => ({level, l2: [...new Set(l2.filter((s): s is string => s !== null && l2Sources.has(s)))]}));
    if (levels.length > 0) listings.push({source, file, levels});
  }
  listings.sort((a, b) => b.levels.length - a.levels.length || a.source.localeCompare(b.source));
  return {locale, l2Pages, l2ByName, listings};
}
