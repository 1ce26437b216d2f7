import fs from 'node:fs';
import path from 'node:path';
import type {Root} from 'mdast';
import {docsDirOf, listMarkdown, pageUrlPath} from '../../src/content/contentTree';
import {SIDEBAR_ID, contentHash, readDerived, readManifests, writeDerived, type DerivedManifest} from '../../src/content/importManifest';
import {allImportedSidebars, readImportedSidebars, walkSidebar} from '../../src/content/sidebar';
import {parsePage} from '../../src/content/parsePage';
import {frontMatterText, pageTitle} from './pageText';

export interface DerivedReport {
  /** Default-locale placeholders for pages only other locales have, site-relative, with those locales. */
  placeholders: {file: string; locales: string[]}[];
  removedPlaceholders: string[];
  /** Placeholders someone edited: left in place, no longer managed by the import. */
  editedPlaceholders: string[];
  labels: {locale: string; written: number; keptByHand: string[]; untranslated: string[]}[];
}

/** A page's tree by absolute path: the importer passes the trees it parsed already. */
export type TreeReader = (file: string) => Root;
const parseFile: TreeReader = (file) => parsePage(fs.readFileSync(file, 'utf8'));

/** A language's name in another language (`de` in `en` is "German"; in `de`, "Deutsch"). */
function languageName(locale: string, inLocale: string): string {
  return new Intl.DisplayNames([inLocale], {type: 'language'}).of(locale) ?? locale;
}

/**
 * The default-locale stand-in for a page only other locales have. Docusaurus publishes a
 * translated page only where the default locale has a page at the same path; this page
 * makes that so without inventing a translation: it names the page and links to it.
 */
export function placeholderPage(localizedMarkdown: string, availableIn: {locale: string; url: string}[], defaultLocale: string): string {
  const frontMatter = frontMatterText(localizedMarkdown);
  const title = pageTitle(parsePage(localizedMarkdown)) ?? 'Untitled page';
  // pathname:// sends the reader to the other locale's build instead of this one's router.
  const links = availableIn.map(({locale, url}) => `[${languageName(locale, locale)}](pathname://${url})`).join(', ');
  const languages = availableIn.map(({locale}) => languageName(locale, defaultLocale)).join(', ');
  return [
    ...(frontMatter ? [frontMatter, ''] : []),
    `# ${title}`,
    '',
    `*This page is available only in ${languages}:* ${links}.`,
    '',
  ].join('\n');
}

function syncPlaceholders(siteDir: string, derived: DerivedManifest, defaultLocale: string, report: DerivedReport): void {
  const docsDir = docsDirOf(siteDir, defaultLocale, defaultLocale);
  const siteRel = (target: string) => path.relative(siteDir, path.join(docsDir, target)).split(path.sep).join('/');
  const isOurs = (file: string) => {
    const abs = path.join(siteDir, file);
    return derived.placeholders[file] !== undefined && fs.existsSync(abs) && contentHash(fs.readFileSync(abs, 'utf8')) === derived.placeholders[file];
  };

  const wanted = new Map<string, {target: string; locales: string[]}>();
  for (const manifest of readManifests(siteDir).filter((m) => m.locale !== defaultLocale)) {
    for (const {target} of manifest.pages) {
      const file = siteRel(target);
      if (fs.existsSync(path.join(siteDir, file)) && derived.placeholders[file] === undefined) continue;
      const entry = wanted.get(file) ?? {target, locales: []};
      entry.locales.push(manifest.locale);
      wanted.set(file, entry);
    }
  }

  const next: Record<string, string> = {};
  for (const file of Object.keys(derived.placeholders)) {
    if (!fs.existsSync(path.join(siteDir, file))) continue;
    if (!isOurs(file)) {
      report.editedPlaceholders.push(file);
      wanted.delete(file);
    } else if (!wanted.has(file)) {
      fs.rmSync(path.join(siteDir, file));
      report.removedPlaceholders.push(file);
    }
  }
  for (const [file, {target, locales}] of wanted) {
    const source = fs.readFileSync(path.join(docsDirOf(siteDir, locales[0]!, defaultLocale), target), 'utf8');
    const text = placeholderPage(source, locales.map((locale) => ({locale, url: pageUrlPath(target, locale, defaultLocale)})), defaultLocale);
    fs.mkdirSync(path.dirname(path.join(siteDir, file)), {recursive: true});
    fs.writeFileSync(path.join(siteDir, file), text);
    next[file] = contentHash(text);
    report.placeholders.push({file, locales});
  }
  derived.placeholders = next;
}

function syncLabels(siteDir: string, derived: DerivedManifest, locales: readonly string[], defaultLocale: string, report: DerivedReport, readTree: TreeReader): void {
  const sidebars = allImportedSidebars(readImportedSidebars(siteDir));
  for (const locale of locales.filter((l) => l !== defaultLocale)) {
    const file = path.join(siteDir, 'i18n', locale, 'docusaurus-plugin-content-docs', 'current.json');
    const translations = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, {message: string; description?: string}>) : {};
    const before = JSON.stringify(translations);
    for (const key of derived.labels[locale] ?? []) delete translations[key];

    const written: string[] = [];
    const result = {locale, written: 0, keptByHand: [] as string[], untranslated: [] as string[]};
    const contentDir = docsDirOf(siteDir, locale, defaultLocale);
    const titleOf = (id: string) => {
      const page = path.join(contentDir, `${id}.md`);
      return fs.existsSync(page) ? pageTitle(readTree(page)) : null;
    };
    const seen = new Set<string>();
    for (const item of sidebars.flatMap((items) => walkSidebar(items))) {
      if (item.type === 'link') continue;
      // Audience sidebars share their pages' keys with toc.yml's: one label each.
      if (seen.has(`${item.type}.${item.key}`)) continue;
      seen.add(`${item.type}.${item.key}`);
      const id = item.type === 'doc' ? item.id : item.link?.id;
      const key = `sidebar.${SIDEBAR_ID}.${item.type}.${item.key}`;
      const title = id ? titleOf(id) : null;
      if (!title) {
        if (item.type === 'category' && !id) result.untranslated.push(item.label);
        continue;
      }
      if (translations[key] !== undefined) {
        result.keptByHand.push(key);
        continue;
      }
      translations[key] = {message: title, description: `Title of the ${locale} page "${id}" (written by npm run import)`};
      written.push(key);
    }
    result.written = written.length;
    derived.labels[locale] = written;
    if (JSON.stringify(translations) !== before) {
      fs.mkdirSync(path.dirname(file), {recursive: true});
      fs.writeFileSync(file, `${JSON.stringify(translations, null, 2)}\n`);
    }
    // A locale not imported yet has nothing to label; saying so for each would be noise.
    if (sidebars.length > 0 && listMarkdown(contentDir).length > 0) report.labels.push(result);
  }
}

/**
 * What the imports derive across locales, recomputed after every import so the order of
 * imports does not matter: placeholders for pages the default locale lacks, and other
 * locales' sidebar labels from their own pages' titles.
 */
export function syncDerived(siteDir: string, locales: readonly string[], defaultLocale: string, readTree: TreeReader = parseFile): DerivedReport {
  const derived = readDerived(siteDir);
  const report: DerivedReport = {placeholders: [], removedPlaceholders: [], editedPlaceholders: [], labels: []};
  syncPlaceholders(siteDir, derived, defaultLocale, report);
  syncLabels(siteDir, derived, locales, defaultLocale, report, readTree);
  writeDerived(siteDir, derived);
  return report;
}

/** Placeholders the imports manage, site-relative. */
export function managedPlaceholders(siteDir: string): Set<string> {
  return new Set(Object.keys(readDerived(siteDir).placeholders));
}
