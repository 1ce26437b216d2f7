import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import {describe, expect, test} from 'vitest';
import {parsePage} from '../../content/parsePage';
import {extractPageTasks} from '../extract';
import {
  EMPTY_TASK_QUERY, TASKS_JSON_VERSION, catalogTasksOf, csvField, tasksCsv, filterOptions, filterTasks, formatTaskQuery, parseTaskQuery, searchTextOf, sortCatalog, toTasksJson,
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

  test('every anchored ID is listed: malformed rows flagged with their cells as written; duplicates and rows without an ID are left out', () => {
    const tasks = catalogOf('docs/tasks/bad-rows.md');
    expect(tasks.map((t) => [t.id, t.malformed ?? false])).toEqual([
      ['3001', false], ['3002', false], ['3003', true], ['3004', false], ['3005', true], ['3007', true], ['3008', true], ['3009', true],
    ]);
    const shifted = tasks.find((t) => t.id === '3009')!;
    expect(shifted).toMatchObject({name: 'Shifted by a doubled bar', requirement: null, role: null, services: [], cells: ['', '3009', 'Shifted by a doubled bar', 'O', 'SME', 'AIP'], url: '/docs/x/page#task-3009'});
    // Searching the catalog finds a malformed row by its ID and by any word of its cells.
    const texts = tasks.map(searchTextOf);
    expect(filterTasks(tasks, {...EMPTY_TASK_QUERY, q: '3006'}, texts).map((t) => t.id)).toEqual(['3005']);
    expect(filterTasks(tasks, {...EMPTY_TASK_QUERY, q: '3009'}, texts).map((t) => t.id)).toEqual(['3009']);
  });

  test('tasks.json, malformed rows included, matches the published schema (static/tasks.schema.json)', () => {
    const schema = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../static/tasks.schema.json'), 'utf8'));
    const validate = new Ajv2020({allErrors: true, strict: true}).compile(schema);
    const json = toTasksJson(sortCatalog([...catalogOf('docs/tasks/bad-rows.md'), ...catalogOf('docs/tasks/en-tasks.md', '/b')]));
    expect(json.tasks.some((t) => t.malformed)).toBe(true);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(schema.properties.version.const).toBe(TASKS_JSON_VERSION);
    // The schema would catch a drift of shape: a malformed row without its cells, a requirement on one.
    const broken = structuredClone(json);
    const malformed = broken.tasks.find((t) => t.malformed)!;
    delete malformed.cells;
    expect(validate(broken)).toBe(false);
    expect(validate({...json, tasks: [{...json.tasks[0], url: '//evil.example/#task-1'}]})).toBe(false);
  });

  // Intended: the real playbook lists some tasks in several methods of several pages (EN: 32 IDs,
  // JA: 23 in a corpus build). Each listing is an entry with its own page, phase and method; the
  // page per task groups them by ID (`tasksById`). An ID twice on ONE page is listed once (above).
  test('a task on several pages of a locale is one entry per page, next to each other in ID order', () => {
    const json = toTasksJson(sortCatalog([...catalogOf('docs/tasks/en-tasks.md', '/docs/b'), ...catalogOf('docs/tasks/en-tasks.md', '/docs/a')]));
    expect(json.tasks.map((t) => [t.id, t.page.url, t.url])).toEqual([
      ['1001', '/docs/a', '/docs/a#task-1001'],
      ['1001', '/docs/b', '/docs/b#task-1001'],
      ['1002', '/docs/a', '/docs/a#task-1002'],
      ['1002', '/docs/b', '/docs/b#task-1002'],
    ]);
  });

  test('page URLs must be site paths', () => {
    expect(() => catalogOf('docs/tasks/en-tasks.md', 'javascript:alert(1)')).toThrow(/not a site path/);
    expect(() => catalogOf('docs/tasks/en-tasks.md', '//evil.example/x')).toThrow(/not a site path/);
  });

  test('tasks.json has exactly the documented keys, and the order is by ID', () => {
    const json = toTasksJson(sortCatalog([...catalogOf('docs/tasks/en-tasks.md', '/b'), ...catalogOf('i18n/de/docusaurus-plugin-content-docs/current/tasks/four-columns.md', '/a')]));
    expect(json.tasks.map((t) => t.id)).toEqual(['1001', '1002', '2001', '2002']);
    expect(json.version).toBe(TASKS_JSON_VERSION);
    expect(json.$schema).toBe('/tasks.schema.json');
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

describe('CSV download', () => {
  const headers = {id: 'ID', name: 'Name', requirement: 'Req', role: 'Role', services: 'Services', phase: 'Phase', page: 'Page', url: 'URL', malformed: 'Malformed'};
  const values = {requirement: (t: CatalogTask) => t.requirement ?? '', origin: 'https://example.org'};

  test('a header row, then one row per task, quoted where needed, URLs absolute', () => {
    const csv = tasksCsv(catalogOf('docs/tasks/en-tasks.md'), headers, values);
    expect(csv.split('\r\n')).toEqual([
      'ID,Name,Req,Role,Services,Phase,Page,URL,Malformed',
      '1001,Devices - Check the prerequisites,required,SME,Intune,Enable,Plan the Rollout,https://example.org/docs/x/page#task-1001,',
      '1002,Mail - Plan batches,optional,FastTrack Engineer,Exchange; OneDrive for Business; SharePoint,Enable,Plan the Rollout,https://example.org/docs/x/page#task-1002,',
      '',
    ]);
  });

  test('malformed rows carry their cells; formulas and quotes are neutralised', () => {
    const csv = tasksCsv(catalogOf('docs/tasks/bad-rows.md'), headers, values);
    expect(csv).toContain('3009,Shifted by a doubled bar,,,,,Broken Rows,https://example.org/docs/x/page#task-3009, | 3009 | Shifted by a doubled bar | O | SME | AIP\r\n');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('-1')).toBe("'-1");
  });
});
