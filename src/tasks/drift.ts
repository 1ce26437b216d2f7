/**
 * Translation drift: the FTOP tasks a page lists differently in its locales (a task only some
 * locales have, or another requirement). The drift report, translation status and the
 * `/translations` page read it.
 */
import {contentFiles, pagesBySource, readContentLayout, type ContentFile} from '../content/layout';
import {indexedPage, type IndexedTasks} from '../pageIndex';
import type {Requirement} from '../playbook';

export interface TaskSide {
  requirement: Requirement;
  name: string;
  line: number;
}

export interface PageDrift {
  source: string;
  /** Each locale's H1 and file (as given: site-relative in reports). */
  pages: {locale: string; title: string; file: string}[];
  /** Task IDs missing from some locale, with the locales that have them. */
  onlyIn: {id: string; locale: string; task: TaskSide; missingFrom: string[]}[];
  requirementDiffers: {id: string; byLocale: Record<string, TaskSide>}[];
}

/** One locale's file of a page, with its tasks (`indexedPage(file).tasks`). */
export interface PageSide {
  locale: string;
  /** How reports name the file (site-relative path). */
  file: string;
  tasks: IndexedTasks;
}

function tasksOf(page: IndexedTasks): {title: string | null; tasks: Map<string, TaskSide>} {
  const tasks = new Map<string, TaskSide>();
  for (const row of page.tables.flatMap((t) => t.rows)) {
    if (!row.task || tasks.has(row.task.id)) continue;
    tasks.set(row.task.id, {requirement: row.task.requirement, name: row.task.namePlain, line: row.line});
  }
  return {title: page.title, tasks};
}

/** The task differences between a page's locales; null when they agree (or it has one locale). */
export function pageDrift(source: string, sides: readonly PageSide[]): PageDrift | null {
  if (sides.length < 2) return null;
  const read = sides.map((s) => ({side: s, ...tasksOf(s.tasks)}));
  const ids = [...new Set(read.flatMap((s) => [...s.tasks.keys()]))].sort((a, b) => Number(a) - Number(b));
  const entry: PageDrift = {
    source,
    pages: read.map((s) => ({locale: s.side.locale, title: s.title ?? source, file: s.side.file})),
    onlyIn: [],
    requirementDiffers: [],
  };
  for (const id of ids) {
    const having = read.filter((s) => s.tasks.has(id));
    if (having.length < read.length) {
      const missingFrom = read.filter((s) => !s.tasks.has(id)).map((s) => s.side.locale);
      for (const s of having) entry.onlyIn.push({id, locale: s.side.locale, task: s.tasks.get(id)!, missingFrom});
    }
    const requirements = new Set(having.map((s) => s.tasks.get(id)!.requirement));
    if (requirements.size > 1) {
      entry.requirementDiffers.push({id, byLocale: Object.fromEntries(having.map((s) => [s.side.locale, s.tasks.get(id)!]))});
    }
  }
  return entry.onlyIn.length || entry.requirementDiffers.length ? entry : null;
}

/** How many tasks a locale lists differently from the default locale: missing, extra, or another requirement. */
export function taskDriftOf(drift: PageDrift | null, locale: string, defaultLocale: string): number {
  if (!drift || locale === defaultLocale) return 0;
  const ids = new Set<string>();
  for (const {id, locale: has, missingFrom} of drift.onlyIn) {
    if ((has === defaultLocale && missingFrom.includes(locale)) || (has === locale && missingFrom.includes(defaultLocale))) ids.add(id);
  }
  for (const {id, byLocale} of drift.requirementDiffers) {
    const mine = byLocale[locale];
    const theirs = byLocale[defaultLocale];
    if (mine && theirs && mine.requirement !== theirs.requirement) ids.add(id);
  }
  return ids.size;
}

/** Task differences between the locales of every page that exists in more than one. */
export function findDrift(siteDir: string, locales: readonly string[], defaultLocale: string, nameOf: (file: ContentFile) => string = (f) => f.absolute): PageDrift[] {
  const drift: PageDrift[] = [];
  for (const [source, files] of pagesBySource(contentFiles(readContentLayout(siteDir, {locales, defaultLocale})))) {
    if (files.length < 2) continue;
    const page = pageDrift(source, files.map((f) => ({locale: f.locale, file: nameOf(f), tasks: indexedPage(f.absolute).tasks})));
    if (page) drift.push(page);
  }
  return drift;
}
