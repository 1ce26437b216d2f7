import fs from 'node:fs';
import path from 'node:path';
import type {Root} from 'mdast';
import {VFile} from 'vfile';
import {EVERY_AUDIENCE} from '../../src/audience';
import {createConfinement} from '../../src/content/confine';
import {docsDirOf, listMarkdown} from '../../src/content/contentTree';
import {readContentLayout} from '../../src/content/layout';
import {decodeUrlPath, EXTERNAL_URL} from '../../src/content/contentUrl';
import {
  IMPORTED_SIDEBAR_FILE, SIDEBAR_ID, contentHash, readDerived, readManifest, writeDerived, writeManifest, type ImportManifest,
} from '../../src/content/importManifest';
import {walkSidebar, type ImportedSidebars, type SidebarItem} from '../../src/content/sidebar';
import {playbookMessages} from '../../src/diagnostics';
import {playbookPlugins} from '../../src/remark';
import {remarkPipeline} from '../../src/remark/pipeline';
import {DEFAULT_LOCALE, LOCALES} from '../../src/playbook/locales';
import {managedPlaceholders, syncDerived, type DerivedReport} from './derived';
import {parsePage} from '../../src/content/parsePage';
import {DocfxConfigError} from './docfxJson';
import {handWrittenHomes, placeAtHomes, type NameClash} from './homes';
import {pageReferences, pageTitle} from './pageText';
import {selectPages, type PageSelection} from './pairing';
import {scanFolder, type SourceFolder} from './sourceFolder';
import {parseToc, tocToSidebar, type TocEntry, type TocTarget} from './toc';

export interface ImportOptions {
  siteDir: string;
  locale: string;
  folder: string;
  locales?: readonly string[];
  defaultLocale?: string;
}

/** A finding at a place: `file` is site-relative (or the source file for toc.yml). */
export interface Finding {
  file: string;
  line?: number;
  column?: number;
  message: string;
}

export interface ImportReport extends Omit<PageSelection, 'pages'> {
  locale: string;
  defaultLocale: string;
  from: string;
  pages: {source: string; target: string; file: string}[];
  /** Include files brought as they are (partials, never pages), site-relative. */
  partials: string[];
  /** Folders that hold only include files, content-relative: whatever their name, no page is made there. */
  includeFolders: string[];
  /** The docfx.json the import followed, relative to the folder; null without one. */
  docfx: string | null;
  /** The TOCs that became sidebars: `toc.yml` for every build, `toc--<audience>.yml` for one audience's. */
  sidebars: {toc: string; audience: string | null}[];
  assets: number;
  /** Pages this locale shares with other locales, by page path. */
  paired: {target: string; locales: string[]}[];
  /** Pages only this locale has. */
  onlyHere: string[];
  /** Pages other locales have and this one does not (readers see the default locale's page, or a placeholder). */
  onlyElsewhere: {target: string; locales: string[]}[];
  /** Pages named like a hand-written page: placed at its path, or (where this locale has its own file there) not written. */
  nameClashes: NameClash[];
  /** Pages of this locale that share a title after the import (readers would see both): site-relative files per title. */
  sameTitles: {title: string; files: string[]}[];
  skipped: {file: string; reason: string}[];
  /** Files the previous import of this locale brought that this one no longer has. */
  removed: string[];
  /** Files of the previous import someone changed since; the import replaced (or removed) them. */
  edited: string[];
  unresolvedLinks: Finding[];
  /** Links to pages an audience's build leaves out (ft.audience), with file:line. */
  audienceLinks: Finding[];
  fallbackImages: Finding[];
  missingImages: Finding[];
  toc: Finding[];
  notInSidebar: string[];
  derived: DerivedReport;
}

export class ImportError extends Error {}

const toPosix = (p: string) => p.split(path.sep).join('/');

/**
 * `npm run import -- <locale> <folder>`: makes a DocFX folder's pages the locale's content.
 * Pages are copied byte for byte under their normalized names, media as they are. A second
 * run replaces what the first brought (see `imports/<locale>.json`) and touches nothing else.
 */
export function importPlaybook(options: ImportOptions): ImportReport {
  const locales = options.locales ?? LOCALES;
  const defaultLocale = options.defaultLocale ?? DEFAULT_LOCALE;
  const {siteDir, locale} = options;
  const folder = path.resolve(options.folder);
  if (!locales.includes(locale)) {
    throw new ImportError(`Locale "${locale}" is not configured (configured: ${locales.join(', ')}). Add it to src/playbook/locales.ts first; see "Adding a language" in CONTRIBUTING.md.`);
  }
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) {
    throw new ImportError(`Folder "${options.folder}" does not exist. Give the DocFX folder that holds the pages, toc.yml and media/.`);
  }
  let source: SourceFolder;
  try {
    source = scanFolder(folder);
  } catch (error) {
    if (error instanceof DocfxConfigError) throw new ImportError(error.message);
    throw error;
  }
  if (source.pages.length === 0) {
    throw new ImportError(`Folder "${options.folder}" holds no .md pages; give the DocFX playbook folder itself.`);
  }

  const contentDir = docsDirOf(siteDir, locale, defaultLocale);
  const siteRel = (abs: string) => toPosix(path.relative(siteDir, abs));
  const previous = readManifest(siteDir, locale);
  const owned = new Set(Object.keys(previous?.files ?? {}));
  const placeholders = managedPlaceholders(siteDir);

  // The TOCs: which files they link (those keep their names in a clash) and, for the default locale, the sidebars.
  const tocFindings: Finding[] = [];
  const tocs = source.tocs.map(({file, audience}) => {
    const parsed = parseToc(fs.readFileSync(path.join(folder, file), 'utf8'));
    const shown = `${path.basename(folder)}/${file}`;
    tocFindings.push(...parsed.problems.map((p) => ({file: shown, line: p.line, message: p.message})));
    return {file, shown, audience, entries: parsed.entries};
  });
  const resolveInFolder = (href: string): string | null => {
    const clean = decodeUrlPath(href.replace(/[#?].*$/, ''));
    const resolved = path.posix.normalize(clean);
    return resolved.startsWith('../') || resolved.startsWith('/') ? null : resolved;
  };
  const tocFiles = new Set<string>();
  const collectTocFiles = (entries: readonly TocEntry[]) => entries.forEach((e) => {
    const file = e.href && !EXTERNAL_URL.test(e.href) ? resolveInFolder(e.href) : null;
    if (file) tocFiles.add(file);
    collectTocFiles(e.items);
  });
  for (const toc of tocs) collectTocFiles(toc.entries);

  const handPages = listMarkdown(contentDir).filter((p) => !owned.has(siteRel(path.join(contentDir, p))));
  const selection = selectPages(source.pages, locale, {locales, tocFiles, takenTargets: new Set(handPages)});
  // One page per name: a page with a hand-written page of its name goes there (see homes.ts).
  const homes = handWrittenHomes(siteDir, locales, defaultLocale, placeholders);
  const handHere = new Set(handPages.filter((p) => !placeholders.has(siteRel(path.join(contentDir, p)))));
  const nameClashes = placeAtHomes(selection.pages, homes, handHere, locales, (target) => siteRel(path.join(contentDir, target)));
  const kept = new Set(nameClashes.filter((c) => c.kept).map((c) => c.source));

  // The default locale's toc.yml becomes the sidebar, each toc--<audience>.yml that audience's;
  // without a usable one, sidebars.ts keeps its own.
  const isDefault = locale === defaultLocale;
  let sidebarJson: string | null = null;
  const sidebarIds = new Set<string>();
  const sidebarsMade: ImportReport['sidebars'] = [];
  if (isDefault) {
    const bySource = new Map(selection.pages.map((p) => [p.source, p.target]));
    for (const dup of selection.duplicates) bySource.set(dup.source, bySource.get(dup.localized)!);
    const resolve = (href: string): TocTarget => {
      if (EXTERNAL_URL.test(href)) return {kind: 'external', href};
      const file = resolveInFolder(href);
      if (file === null) return {kind: 'unresolved', reason: 'which is outside the imported folder'};
      const target = bySource.get(file);
      return target ? {kind: 'page', id: target.replace(/\.md$/i, '')} : {kind: 'unresolved', reason: 'which is no page in the folder'};
    };
    const sidebars: ImportedSidebars = {};
    for (const toc of tocs) {
      const sidebar = tocToSidebar(toc.entries, resolve);
      tocFindings.push(...sidebar.problems.map((p) => ({file: toc.shown, line: p.line, message: p.message})));
      if (sidebar.items.length === 0) {
        // toc.yml's own case is said once below.
        if (toc.audience) tocFindings.push({file: toc.shown, message: `${toc.file} gives no sidebar entries, so builds for ${toc.audience} use toc.yml's sidebar, if any.`});
        continue;
      }
      if (toc.audience) sidebars.audiences = {...sidebars.audiences, [toc.audience]: sidebar.items};
      else sidebars[SIDEBAR_ID] = sidebar.items;
      sidebarsMade.push({toc: toc.file, audience: toc.audience});
      for (const id of sidebarDocIds(sidebar.items)) sidebarIds.add(id);
    }
    if (sidebarsMade.length > 0) sidebarJson = `${JSON.stringify(sidebars, null, 2)}\n`;
    if (!sidebars[SIDEBAR_ID]) {
      const audiences = tocs.filter((t) => t.audience && sidebars.audiences?.[t.audience]);
      tocFindings.push({
        file: `${path.basename(folder)}/toc.yml`,
        message: `${tocs.some((t) => !t.audience) ? 'toc.yml gives no sidebar entries' : 'The folder has no toc.yml'}, so the sidebar stays as written in sidebars.ts and the imported pages are in no sidebar` +
          (audiences.length > 0 ? `, except in builds for ${audiences.map((t) => `${t.audience} (PLAYBOOK_AUDIENCE=${t.audience}, from ${t.file})`).join(', ')}.` : '.'),
      });
    }
  }

  // Plan every write, then refuse before touching anything if it would overwrite a file we did not write.
  const copies = new Map<string, string>();
  for (const page of selection.pages) if (!kept.has(page.source)) copies.set(siteRel(path.join(contentDir, page.target)), path.join(folder, page.source));
  for (const file of [...source.partials, ...source.assets]) copies.set(siteRel(path.join(contentDir, file)), path.join(folder, file));
  const writes = [...copies.keys()];
  if (sidebarJson !== null) writes.push(IMPORTED_SIDEBAR_FILE);
  const conflicts = writes.filter((f) => fs.existsSync(path.join(siteDir, f)) && !owned.has(f) && !placeholders.has(f));
  if (conflicts.length > 0) {
    throw new ImportError(
      `These files exist and were not created by an import of ${locale}; nothing was changed:\n` +
        conflicts.map((f) => `  ${f}`).join('\n') +
        '\nMove or delete them (or rename the source files), then run the import again.',
    );
  }

  // Replace the previous import: remove what it brought, then write this one.
  const writing = new Set(writes);
  const removed = [...owned].filter((f) => !writing.has(f));
  const edited = Object.entries(previous?.files ?? {})
    .filter(([f, hash]) => fs.existsSync(path.join(siteDir, f)) && contentHash(fs.readFileSync(path.join(siteDir, f))) !== hash)
    .map(([f]) => f);
  for (const file of owned) removeFile(siteDir, file, contentDir);
  const derivedBefore = readDerived(siteDir);
  for (const file of writes) delete derivedBefore.placeholders[file];
  writeDerived(siteDir, derivedBefore);
  for (const [target, from] of copies) {
    fs.mkdirSync(path.dirname(path.join(siteDir, target)), {recursive: true});
    fs.copyFileSync(from, path.join(siteDir, target));
  }

  if (sidebarJson !== null) fs.writeFileSync(path.join(siteDir, IMPORTED_SIDEBAR_FILE), sidebarJson);

  const manifest: ImportManifest = {
    locale,
    from: path.basename(folder),
    pages: selection.pages.map(({source: s, target}) => ({source: s, target})),
    partials: source.partials,
    includeFolders: includeFoldersOf(source.partials, selection.pages.map((p) => p.target)),
    files: Object.fromEntries(writes.sort().map((f) => [f, contentHash(fs.readFileSync(path.join(siteDir, f)))])),
  };
  writeManifest(siteDir, manifest);
  // Every Markdown file was parsed once, in the scan; the rest of the import reads those trees.
  const trees = new Map<string, Root>();
  for (const page of selection.pages) if (!kept.has(page.source)) trees.set(path.join(contentDir, page.target), source.trees.get(page.source)!);
  const readTree = (file: string) => trees.get(file) ?? parsePage(fs.readFileSync(file, 'utf8'));
  const derived = syncDerived(siteDir, locales, defaultLocale, readTree);

  const report: ImportReport = {
    ...selection,
    locale,
    defaultLocale,
    from: manifest.from,
    pages: selection.pages.map((p) => ({...p, file: siteRel(path.join(contentDir, p.target))})),
    partials: source.partials.map((p) => siteRel(path.join(contentDir, p))),
    includeFolders: manifest.includeFolders ?? [],
    docfx: source.docfx,
    sidebars: sidebarsMade,
    assets: source.assets.length,
    paired: [],
    onlyHere: [],
    onlyElsewhere: [],
    nameClashes,
    sameTitles: sameTitles(siteDir, contentDir, listMarkdown(contentDir), readTree),
    skipped: source.skipped,
    removed,
    edited,
    unresolvedLinks: [],
    audienceLinks: [],
    fallbackImages: [],
    missingImages: [],
    toc: tocFindings,
    notInSidebar: sidebarJson !== null ? selection.pages.map((p) => p.target.replace(/\.md$/i, '')).filter((id) => !sidebarIds.has(id)) : [],
    derived,
  };
  comparePairs(report, siteDir, locales, defaultLocale);
  checkReferences(report, siteDir, locales, defaultLocale, trees, kept);
  return report;
}

/** Pages of one locale's content that share a title (as readers see it), site-relative. */
function sameTitles(siteDir: string, contentDir: string, pages: readonly string[], readTree: (file: string) => Root): {title: string; files: string[]}[] {
  const byTitle = new Map<string, {title: string; files: string[]}>();
  for (const page of pages) {
    const abs = path.join(contentDir, page);
    const title = pageTitle(readTree(abs));
    if (!title) continue;
    const key = title.toLocaleLowerCase();
    const entry = byTitle.get(key) ?? {title, files: []};
    entry.files.push(toPosix(path.relative(siteDir, abs)));
    byTitle.set(key, entry);
  }
  return [...byTitle.values()].filter((e) => e.files.length > 1);
}

/** Doc ids a sidebar shows (pages and category pages). */
function sidebarDocIds(items: readonly SidebarItem[]): string[] {
  return walkSidebar(items).flatMap((i) => (i.type === 'doc' ? [i.id] : i.type === 'category' && i.link ? [i.link.id] : []));
}

/**
 * Folders (content-relative) that hold include files and no page, at any depth: every Markdown
 * file there is a partial, also one added later, whatever the folder is called.
 */
function includeFoldersOf(partials: readonly string[], pages: readonly string[]): string[] {
  const holdsPage = (folder: string) => pages.some((page) => page.startsWith(`${folder}/`));
  const folders = new Set<string>();
  for (const partial of partials) {
    // The widest folder above the file that still holds no page.
    const parts = partial.split('/').slice(0, -1);
    for (let depth = 1; depth <= parts.length; depth++) {
      const folder = parts.slice(0, depth).join('/');
      if (!holdsPage(folder)) {
        folders.add(folder);
        break;
      }
    }
  }
  return [...folders].sort();
}

/** Removes a file the previous import wrote, and folders it leaves empty inside the content dir. */
function removeFile(siteDir: string, file: string, contentDir: string): void {
  const abs = path.join(siteDir, file);
  fs.rmSync(abs, {force: true});
  for (let dir = path.dirname(abs); dir.startsWith(contentDir) && dir !== contentDir; dir = path.dirname(dir)) {
    if (!fs.existsSync(dir) || fs.readdirSync(dir).length > 0) break;
    fs.rmdirSync(dir);
  }
}

/** Which pages the locales share, after this import and its placeholders. */
function comparePairs(report: ImportReport, siteDir: string, locales: readonly string[], defaultLocale: string): void {
  const placeholders = managedPlaceholders(siteDir);
  const layout = readContentLayout(siteDir, {locales, defaultLocale});
  const pagesOf = (locale: string) => {
    const dir = layout.docsDir(locale);
    return new Set(layout.pages(locale).filter((p) => !placeholders.has(toPosix(path.relative(siteDir, path.join(dir, p))))));
  };
  const others = locales.filter((l) => l !== report.locale).map((l) => ({locale: l, pages: pagesOf(l)}));
  const here = pagesOf(report.locale);
  for (const {target} of report.pages) {
    const also = others.filter((o) => o.pages.has(target)).map((o) => o.locale);
    if (also.length > 0) report.paired.push({target, locales: also});
    else report.onlyHere.push(target);
  }
  const elsewhere = new Map<string, string[]>();
  for (const other of others) {
    for (const page of other.pages) if (!here.has(page)) elsewhere.set(page, [...(elsewhere.get(page) ?? []), other.locale]);
  }
  report.onlyElsewhere = [...elsewhere].map(([target, ls]) => ({target, locales: ls})).sort((a, b) => a.target.localeCompare(b.target));

}

/**
 * Links and images of the imported pages, found by running the site's own Markdown pipeline
 * (the plugins the build runs before Docusaurus's) on each page, so the summary and the build
 * agree. Images a translated page takes from the default locale's media are listed too.
 */
function checkReferences(report: ImportReport, siteDir: string, locales: readonly string[], defaultLocale: string, trees: ReadonlyMap<string, Root>, kept: ReadonlySet<string>): void {
  const pipeline = remarkPipeline(playbookPlugins({siteDir, locales, defaultLocale, audience: EVERY_AUDIENCE}).beforeDefaultRemarkPlugins);
  const confinement = createConfinement({siteDir, locales, defaultLocale});

  // Hand-written pages that stay are not the import's content.
  for (const page of report.pages.filter((p) => !kept.has(p.source))) {
    const abs = path.join(siteDir, page.file);
    const file = new VFile({path: abs, value: fs.readFileSync(abs, 'utf8')});
    const tree = trees.get(abs)!;
    for (const ref of pageReferences(tree)) {
      const found = ref.kind === 'image' ? confinement.resolve(abs, ref.url, 'image') : null;
      if (found?.status === 'found' && found.fromDefaultLocale) {
        report.fallbackImages.push({file: page.file, line: ref.line, column: ref.column, message: `image "${ref.url}" is shown from ${siteRelative(siteDir, found.path)}`});
      }
    }
    pipeline.runSync(tree, file);
    for (const m of playbookMessages(file)) {
      const finding = {file: page.file, line: m.line ?? undefined, column: m.column ?? undefined, message: m.reason};
      if (m.ruleId === 'legacy-link' || m.ruleId === 'site-link') report.unresolvedLinks.push(finding);
      else if (m.ruleId === 'image') report.missingImages.push(finding);
      else if (m.ruleId === 'audience-link') report.audienceLinks.push(finding);
    }
  }
}

function siteRelative(siteDir: string, abs: string): string {
  return toPosix(path.relative(siteDir, abs));
}
