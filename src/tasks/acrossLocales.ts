/**
 * The FTOP tasks of every locale at once, for the page per task: which locales list a task (and
 * under which name), and where the locales' versions of a page disagree about it (the drift of
 * `drift.ts`). Each page file is parsed once. A locale without its own file of a page shows the
 * default locale's, as the build does.
 */
import fs from 'node:fs';
import type {Root} from 'mdast';
import {contentFiles, pagesBySource, readContentLayout} from '../content/layout';
import {parsePage} from '../content/parsePage';
import {validateFrontMatter} from '../frontmatter';
import {pageDrift, type PageDrift} from './drift';
import {extractPageTasks} from './extract';

export interface TasksAcrossLocales {
  /** Locale → task ID → the task's name in that locale (from the first page listing it). */
  names: Map<string, Map<string, string>>;
  /** Pages whose locales list tasks differently. */
  drift: PageDrift[];
}

/** Whether a page's tasks are catalogued: not unlisted, not `ft.catalog: false` (example tables). */
export function catalogues(frontMatter: Record<string, unknown>): boolean {
  return frontMatter.unlisted !== true && frontMatter['ft.catalog'] !== false;
}

export function readTasksAcrossLocales(siteDir: string, locales: readonly string[], defaultLocale: string): TasksAcrossLocales {
  const names = new Map(locales.map((locale) => [locale, new Map<string, string>()]));
  const drift: PageDrift[] = [];
  const pages = pagesBySource(contentFiles(readContentLayout(siteDir, {locales, defaultLocale})));
  for (const [source, files] of [...pages].sort(([a], [b]) => a.localeCompare(b))) {
    const read = new Map<string, {tree: Root; listed: boolean}>();
    for (const file of files) {
      const content = fs.readFileSync(file.absolute, 'utf8');
      read.set(file.locale, {tree: parsePage(content), listed: catalogues(validateFrontMatter(content, file.absolute).frontMatter)});
    }
    for (const locale of locales) {
      const page = read.get(locale) ?? read.get(defaultLocale);
      if (!page?.listed) continue;
      const known = names.get(locale)!;
      for (const row of extractPageTasks(page.tree).tables.flatMap((table) => table.rows)) {
        if (row.task && !known.has(row.task.id)) known.set(row.task.id, row.task.namePlain);
      }
    }
    const sides = files.filter((f) => read.get(f.locale)!.listed).map((f) => ({locale: f.locale, file: f.source, tree: read.get(f.locale)!.tree}));
    const found = pageDrift(source, sides);
    if (found) drift.push(found);
  }
  return {names, drift};
}

/** What the locales disagree on about one task, page by page. */
export interface TaskDrift {
  source: string;
  /** Titles of the page in each locale. */
  titles: Record<string, string>;
  /** Locales whose version of the page lists the task, and those whose version does not. */
  listedIn: string[];
  missingFrom: string[];
  /** Locale → requirement, where they differ. */
  requirements: Record<string, string>;
}

export function taskDrift(drift: readonly PageDrift[], id: string): TaskDrift[] {
  return drift.flatMap((page) => {
    const only = page.onlyIn.filter((o) => o.id === id);
    const differs = page.requirementDiffers.find((d) => d.id === id);
    if (only.length === 0 && !differs) return [];
    return [{
      source: page.source,
      titles: Object.fromEntries(page.pages.map((p) => [p.locale, p.title])),
      listedIn: only.map((o) => o.locale),
      missingFrom: only[0]?.missingFrom ?? [],
      requirements: differs ? Object.fromEntries(Object.entries(differs.byLocale).map(([locale, side]) => [locale, side.requirement])) : {},
    }];
  });
}
