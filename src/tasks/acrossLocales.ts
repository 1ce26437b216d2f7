/**
 * The FTOP tasks of every locale at once, for the page per task: which locales list a task (and
 * under which name), and where the locales' versions of a page disagree about it (the drift of
 * `drift.ts`). Each page's tasks come from the page index (`src/pageIndex`), so every locale's
 * build reads them from one parse. A locale without its own file of a page shows the default
 * locale's, as the build does.
 */
import fs from 'node:fs';
import {contentFiles, pagesBySource, readContentLayout} from '../content/layout';
import {validateFrontMatter} from '../frontmatter';
import {indexedPage, type IndexedTasks} from '../pageIndex';
import {pageDrift, type PageDrift} from './drift';

export interface TasksAcrossLocales {
  /**
   * Locale → task ID → the task's name as that locale's site shows it (from the first page
   * listing it), and the language it is written in (the default locale's, on a fallback page).
   */
  names: Map<string, Map<string, {name: string; lang: string}>>;
  /** Pages whose locales list tasks differently. */
  drift: PageDrift[];
}

/** Whether a page's tasks are catalogued: not unlisted, not `ft.catalog: false` (example tables). */
export function catalogues(frontMatter: Record<string, unknown>): boolean {
  return frontMatter.unlisted !== true && frontMatter['ft.catalog'] !== false;
}

export function readTasksAcrossLocales(siteDir: string, locales: readonly string[], defaultLocale: string): TasksAcrossLocales {
  const names = new Map(locales.map((locale) => [locale, new Map<string, {name: string; lang: string}>()]));
  const drift: PageDrift[] = [];
  const pages = pagesBySource(contentFiles(readContentLayout(siteDir, {locales, defaultLocale})));
  for (const [source, files] of [...pages].sort(([a], [b]) => a.localeCompare(b))) {
    const read = new Map<string, {tasks: IndexedTasks; listed: boolean}>();
    for (const file of files) {
      const content = fs.readFileSync(file.absolute, 'utf8');
      read.set(file.locale, {tasks: indexedPage(file.absolute, content).tasks, listed: catalogues(validateFrontMatter(content, file.absolute).frontMatter)});
    }
    for (const locale of locales) {
      const lang = read.has(locale) ? locale : defaultLocale;
      const page = read.get(lang);
      if (!page?.listed) continue;
      const known = names.get(locale)!;
      for (const row of page.tasks.tables.flatMap((table) => table.rows)) {
        if (row.task && !known.has(row.task.id)) known.set(row.task.id, {name: row.task.namePlain, lang});
      }
    }
    const sides = files.filter((f) => read.get(f.locale)!.listed).map((f) => ({locale: f.locale, file: f.source, tasks: read.get(f.locale)!.tasks}));
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
