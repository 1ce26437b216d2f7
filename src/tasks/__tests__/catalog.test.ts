import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {parsePage} from '../../content/parsePage';
import {extractPageTasks} from '../extract';
import {
  EMPTY_TASK_QUERY, catalogTasksOf, filterOptions, filterTasks, formatTaskQuery, parseTaskQuery, searchTextOf, sortCatalog, toTasksJson,
  type CatalogTask,
} from '../catalog';
import {readFixture} from '../../../tests/support/markdown';

const fixtures = path.resolve(__dirname, '../../remark/task-tables/__tests__/__fixtures__/site');

function catalogOf(fixture: string, url = '/docs/x/page', sidebarPhase: string | null = null): CatalogTask[] {
  return catalogTasksOf({url, locale: 'en', fallbackTitle: 'Sidebar title', sidebarPhase, tasks: extractPageTasks(parsePage(readFixture(fixtures, fixture)))});
}

describe('catalog entries', () => {
  test('well-formed, anchored rows become entries with page context', () => {
    expect(catalogOf('docs/tasks/en-tasks.md')).toEqual([
      {
        id: '1001', name: 'Devices - Check the prerequisites', requirement: 'required', role: 'SME', services: ['Intune'], phase: 'Enable',
        page: {title: 'Plan the Rollout', url: '/docs/x/page'}, url: '/docs/x/page#task-1001', locale: 'en', method: 'Prepare Devices',
      },
      {
        id: '1002', name: 'Mail - Plan batches', requirement: 'optional', role: 'FastTrack Engineer', services: ['Exchange', 'OneDrive for Business', 'SharePoint'],
        phase: 'Enable', page: {title: 'Plan the Rollout', url: '/docs/x/page'}, url: '/docs/x/page#task-1002', locale: 'en', method: 'Prepare Devices',
      },
    ]);
  });

  test('the sidebar category is the phase when the page has no Phase line', () => {
    expect(catalogOf('i18n/de/docusaurus-plugin-content-docs/current/tasks/four-columns.md', '/de/docs/x', 'Aktivierung').map((t) => t.phase)).toEqual(['Aktivierung', 'Aktivierung']);
  });

  test('rows the grammar could not read and duplicate IDs are left out (they are reported by the build)', () => {
    expect(catalogOf('docs/tasks/bad-rows.md').map((t) => t.id)).toEqual(['3001', '3004']);
  });

  test('page URLs must be site paths', () => {
    expect(() => catalogOf('docs/tasks/en-tasks.md', 'javascript:alert(1)')).toThrow(/not a site path/);
    expect(() => catalogOf('docs/tasks/en-tasks.md', '//evil.example/x')).toThrow(/not a site path/);
  });

  test('tasks.json has exactly the documented keys, and the order is by ID', () => {
    const json = toTasksJson(sortCatalog([...catalogOf('docs/tasks/en-tasks.md', '/b'), ...catalogOf('i18n/de/docusaurus-plugin-content-docs/current/tasks/four-columns.md', '/a')]));
    expect(json.tasks.map((t) => t.id)).toEqual(['1001', '1002', '2001', '2002']);
    for (const task of json.tasks) {
      expect(Object.keys(task)).toEqual(['id', 'name', 'requirement', 'role', 'services', 'phase', 'page', 'url']);
      expect(Object.keys(task.page)).toEqual(['title', 'url']);
    }
  });
});

describe('catalog filters', () => {
  const tasks = sortCatalog([...catalogOf('docs/tasks/en-tasks.md', '/en'), ...catalogOf('i18n/de/docusaurus-plugin-content-docs/current/tasks/four-columns.md', '/de', 'Aktivierung')]);
  const texts = tasks.map(searchTextOf);
  const ids = (query: Partial<typeof EMPTY_TASK_QUERY>) => filterTasks(tasks, {...EMPTY_TASK_QUERY, ...query}, texts).map((t) => t.id);

  test.each([
    [{}, ['1001', '1002', '2001', '2002']],
    [{q: '1002'}, ['1002']],
    [{q: 'PREREQUISITES devices'}, ['1001']],
    [{q: 'prufen'}, ['2001']],
    [{service: 'SharePoint'}, ['1002']],
    [{role: 'SME'}, ['1001', '2002']],
    [{requirement: 'optional'}, ['1002', '2002']],
    [{phase: 'Aktivierung'}, ['2001', '2002']],
    [{phase: 'Enable', role: 'SME'}, ['1001']],
    [{q: 'nothing-like-this'}, []],
  ])('%j', (query, expected) => {
    expect(ids(query)).toEqual(expected);
  });

  test('query string round trip, unknown values dropped', () => {
    const query = parseTaskQuery('?service=Intune&q=%203988%20&page=2&requirement=sometimes&x=1');
    expect(query).toEqual({...EMPTY_TASK_QUERY, service: 'Intune', q: '3988', page: 2});
    expect(formatTaskQuery(query)).toBe('?q=3988&service=Intune&page=2');
    expect(formatTaskQuery(EMPTY_TASK_QUERY)).toBe('');
    expect(parseTaskQuery('?page=-3').page).toBe(1);
  });

  test('select options are distinct and sorted', () => {
    expect(filterOptions(tasks, 'de')).toEqual({
      service: ['Exchange', 'Intune', 'OneDrive for Business', 'SharePoint'],
      role: ['FastTrack Engineer', 'SME'],
      phase: ['Aktivierung', 'Enable'],
    });
  });
});
