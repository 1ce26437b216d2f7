import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {buildCache, textKey} from '../../content/buildCache';
import {dateConventionsOf} from '../../content/contentTree';
import {createParseFrontMatter} from '../../frontmatter';
import {parsePage} from '../../content/parsePage';
import {validateFrontMatter} from '../../frontmatter/validate';
import {findPageTitle} from '../../playbook/titles';
import {extractPageTasks} from '../../tasks/extract';
import {readPageUpdates} from '../../updates/pageDates';
import {indexTasks, indexedPage, indexedPageIfAny} from '..';

const TASK_SITE = path.resolve(__dirname, '../../remark/task-tables/__tests__/__fixtures__/site');
const STATUS_SITE = path.resolve(__dirname, '../../translations/__tests__/__fixtures__/site');
const PAGES = [
  path.join(TASK_SITE, 'docs/tasks/en-tasks.md'),
  path.join(TASK_SITE, 'docs/tasks/bad-rows.md'),
  path.join(TASK_SITE, 'i18n/de/docusaurus-plugin-content-docs/current/tasks/four-columns.md'),
  path.join(STATUS_SITE, 'docs/guide/outdated.md'),
  path.join(STATUS_SITE, 'i18n/de/docusaurus-plugin-content-docs/current/guide/outdated.md'),
];

describe('the page index', () => {
  test.each(PAGES.map((file) => [path.relative(path.resolve(__dirname, '../..'), file), file]))(
    '%s: the same title, dates and task rows as reading the parsed page directly',
    (_name, file) => {
      const content = fs.readFileSync(file, 'utf8');
      const tree = parsePage(content);
      const tasks = extractPageTasks(tree);
      const entry = indexedPage(file);
      expect(entry.title).toBe(findPageTitle(tree)?.title ?? null);
      expect(entry.updates).toEqual(readPageUpdates(tree, validateFrontMatter(content, file), dateConventionsOf(file)));
      expect(entry.tasks.title).toBe(tasks.title);
      expect(entry.tasks.phase).toBe(tasks.phase);
      expect(entry.tasks.tables.map((t) => t.method)).toEqual(tasks.tables.map((t) => t.method));
      expect(entry.tasks.tables.flatMap((t) => t.rows)).toEqual(
        tasks.tables.flatMap((t) => t.rows).map((row) => ({
          id: row.id,
          anchored: row.anchored,
          cells: row.cells,
          line: row.node.position!.start.line,
          task: row.task && {id: row.task.id, requirement: row.task.requirement, role: row.task.role, services: row.task.services, namePlain: row.task.namePlain},
        })),
      );
    },
  );

  test('the fixtures hold what the comparison needs: task rows, a malformed row, dated pages', () => {
    const entries = PAGES.map((file) => indexedPage(file));
    const rows = entries.flatMap((e) => e.tasks.tables.flatMap((t) => t.rows));
    expect(rows.filter((r) => r.task).length).toBeGreaterThan(5);
    expect(rows.some((r) => r.id !== null && r.task === null)).toBe(true);
    expect(entries.filter((e) => e.updates.updated).length).toBeGreaterThanOrEqual(2);
  });

  test('an entry holds no mdast: it survives JSON unchanged and names no node position', () => {
    for (const file of PAGES) {
      const entry = indexedPage(file);
      expect(JSON.parse(JSON.stringify(entry))).toEqual(entry);
      expect(JSON.stringify(entry)).not.toMatch(/"position"|"children"/);
    }
  });

  test('a file is read from one parse until its text changes', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'page-index-'));
    try {
      const file = path.join(dir, 'page.md');
      fs.writeFileSync(file, '# First\n\n| Task ID | Task name | Required or Optional | FastTrack role | Services |\n| --- | --- | --- | --- | --- |\n| 3988 | Do it | Required | FastTrack Engineer | Exchange Online |\n');
      const first = indexedPage(file);
      expect(indexedPage(file)).toBe(first);
      expect(first.title).toBe('First');
      fs.writeFileSync(file, '# Second\n');
      const second = indexedPage(file);
      expect(second).not.toBe(first);
      expect(second.title).toBe('Second');
      expect(second.tasks.tables).toEqual([]);
      expect(indexedPageIfAny(path.join(dir, 'missing.md'))).toBeNull();
    } finally {
      fs.rmSync(dir, {recursive: true, force: true});
    }
  });

  test("Docusaurus's front-matter parser takes the title from the page's index entry, so the build parses the page for it once", async () => {
    const file = path.join(os.tmpdir(), `page-index-title-${process.pid}.md`);
    const content = '---\ntitle: DocFX boilerplate\nms.date: 1/29/2020\n---\n\n# Voraussetzungen prüfen\n\nText\n';
    expect(buildCache('page-index').has(`${file}\n${textKey(content)}`)).toBe(false);
    const {frontMatter} = await createParseFrontMatter()({filePath: file, fileContent: content, defaultParseFrontMatter: async () => undefined as never});
    expect(frontMatter.title).toBe('Voraussetzungen prüfen');
    expect(buildCache<unknown>('page-index').get(`${file}\n${textKey(content)}`)).toBe(indexedPage(file, content));
  });

  test('indexTasks keeps the catalog fields of a well-formed row', () => {
    const tasks = indexTasks(extractPageTasks(parsePage(fs.readFileSync(PAGES[0]!, 'utf8'))));
    const row = tasks.tables.flatMap((t) => t.rows).find((r) => r.task)!;
    expect(Object.keys(row.task!).sort()).toEqual(['id', 'namePlain', 'requirement', 'role', 'services']);
  });
});
