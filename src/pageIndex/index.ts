/**
 * The page index: what the site reads from a page file outside Docusaurus's own parse (its H1,
 * its dates, its task rows), taken from ONE parse of the file per build. The task catalog, the
 * page per task, translation drift and status, and the outdated-translation notice all ask
 * here, so no page is parsed again for them in any locale's build. Entries live in a build
 * cache (`src/content/buildCache.ts`), keyed by the file and its text: small results, never the
 * tree, so a 4,000-page build does not keep every page's tree alive.
 */
import fs from 'node:fs';
import {cachedResult, textKey} from '../content/buildCache';
import {dateConventionsOf} from '../content/contentTree';
import {parsePage} from '../content/parsePage';
import {validateFrontMatter} from '../frontmatter/validate';
import {findPageTitle} from '../playbook/titles';
import type {TaskRowFacts} from '../playbook/tasks';
import {extractPageTasks, type PageTasks} from '../tasks/extract';
import {readPageUpdates, type PageUpdates} from '../updates/pageDates';

/** A task row as the catalog and drift read it: its facts and cells, no mdast. */
export interface IndexedTaskRow {
  id: string | null;
  anchored: boolean;
  cells: string[];
  /** The row's line in the file. */
  line: number;
  task: (TaskRowFacts & {namePlain: string}) | null;
}

/** A page's task tables (`extractPageTasks`), reduced to what outlives the tree. */
export interface IndexedTasks {
  title: string | null;
  phase: string | null;
  tables: {method: string | null; rows: IndexedTaskRow[]}[];
}

export interface IndexedPage {
  /** The page's H1 (`findPageTitle`), or null. */
  title: string | null;
  /** Its `ms.date` and update-summary dates, read by its locale's conventions. */
  updates: PageUpdates;
  tasks: IndexedTasks;
}

/** `extractPageTasks`'s result without the tree. */
export function indexTasks(page: PageTasks): IndexedTasks {
  return {
    title: page.title,
    phase: page.phase,
    tables: page.tables.map((table) => ({
      method: table.method,
      rows: table.rows.map((row) => ({
        id: row.id,
        anchored: row.anchored,
        cells: row.cells,
        line: row.node.position?.start.line ?? 1,
        task: row.task && {id: row.task.id, requirement: row.task.requirement, role: row.task.role, services: row.task.services, namePlain: row.task.namePlain},
      })),
    })),
  };
}

/** The index entry of a page file (`content` when the caller has read it already). */
export function indexedPage(file: string, content: string = fs.readFileSync(file, 'utf8')): IndexedPage {
  return cachedResult('page-index', `${file}\n${textKey(content)}`, () => {
    const tree = parsePage(content);
    return {
      title: findPageTitle(tree)?.title ?? null,
      updates: readPageUpdates(tree, validateFrontMatter(content, file), dateConventionsOf(file)),
      tasks: indexTasks(extractPageTasks(tree)),
    };
  });
}

/** The index entry of a page file, or null when there is no such file. */
export function indexedPageIfAny(file: string): IndexedPage | null {
  const stat = fs.statSync(file, {throwIfNoEntry: false});
  return stat?.isFile() ? indexedPage(file) : null;
}
