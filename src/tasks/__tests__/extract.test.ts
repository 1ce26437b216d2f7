import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {parsePage} from '../../content/parsePage';
import {extractPageTasks} from '../extract';
import {readFixture} from '../../../tests/support/markdown';

const fixtures = path.resolve(__dirname, '../../remark/task-tables/__tests__/__fixtures__/site');

describe('extractPageTasks', () => {
  test('reads title (H1, not front matter), phase line, method and rows with links', () => {
    const page = extractPageTasks(parsePage(readFixture(fixtures, 'docs/tasks/en-tasks.md')));
    expect(page.title).toBe('Plan the Rollout');
    expect(page.phase).toBe('Enable');
    expect(page.tables).toHaveLength(1);
    const [table] = page.tables;
    expect(table!.method).toBe('Prepare Devices');
    expect(table!.header).toEqual({columns: ['id', 'name', 'requirement', 'role', 'services'], codes: {required: 'M', optional: 'O'}, declaration: '(M)andatory / (O)ptional'});
    const [first, second] = table!.rows.map((row) => row.task);
    expect(first).toMatchObject({
      id: '1001',
      namePlain: 'Devices - Check the prerequisites',
      requirement: 'required',
      role: 'SME',
      services: ['Intune'],
      idHref: 'https://example.com/tasks/1001',
    });
    expect(first!.name.map((node) => node.type)).toEqual(['text', 'link']);
    expect(second).toMatchObject({id: '1002', namePlain: 'Mail - Plan batches', services: ['Exchange', 'OneDrive for Business', 'SharePoint'], idHref: null});
  });

  test('German four-column tables, the "FTOP-Aufgaben" heading is not the method', () => {
    const page = extractPageTasks(parsePage(readFixture(fixtures, 'i18n/de/docusaurus-plugin-content-docs/current/tasks/four-columns.md')));
    expect(page.title).toBe('Aufgaben planen');
    expect(page.phase).toBeNull();
    expect(page.tables[0]!.method).toBe('Geräte vorbereiten');
    expect(page.tables[0]!.rows.map((row) => row.task && [row.task.id, row.task.requirement, row.task.services])).toEqual([
      ['2001', 'required', []],
      ['2002', 'optional', []],
    ]);
  });

  test('bad rows keep their place; anchors only for unique numeric IDs', () => {
    const page = extractPageTasks(parsePage(readFixture(fixtures, 'docs/tasks/bad-rows.md')));
    const rows = page.tables[0]!.rows;
    expect(rows.map((row) => [row.id, row.anchored, row.task !== null, row.problems.map((p) => p.problem.rule)])).toEqual([
      ['3001', true, true, []],
      ['3002', true, true, ['task-merged-cells']],
      [null, false, false, ['task-id']],
      ['3003', true, false, ['task-requirement']],
      ['3001', false, true, ['task-duplicate-id']],
      ['3004', true, true, []],
      ['3005', true, false, ['task-row-cells']],
      ['3007', true, false, ['task-requirement']],
      ['3008', true, false, ['task-row-cells']],
      ['3009', true, false, ['task-row-cells', 'task-id']],
    ]);
    expect(rows[1]!.task).toMatchObject({id: '3002', requirement: 'optional', role: 'FastTrack Engineer', services: ['Core Onboarding'], namePlain: 'Merged code and role'});
  });

  test('a phase line with a hard break only reads its own line; the nearest heading is the method', () => {
    const md = '# T\n\nPhase: **Assess**  \nPrimary Role: **SME**\n\n## Key Tasks\n\n| Task ID | Task Name | (M)andatory / (O)ptional | FastTrack Role |\n|-|-|-|-|\n| 1 | a | M | SME |\n';
    const page = extractPageTasks(parsePage(md));
    expect(page.phase).toBe('Assess');
    expect(page.tables[0]!.method).toBe('Key Tasks');
  });

  test('duplicate IDs across tables of one page are found', () => {
    const table = '| Task ID | Task Name | (M)andatory / (O)ptional | FastTrack Role |\n|-|-|-|-|\n| 7 | a | M | SME |\n';
    const page = extractPageTasks(parsePage(`# T\n\n## A\n\n${table}\n## B\n\n${table}`));
    expect(page.tables.map((t) => [t.method, t.rows[0]!.anchored])).toEqual([['A', true], ['B', false]]);
  });
});
