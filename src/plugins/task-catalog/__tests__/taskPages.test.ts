import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {parsePage} from '../../../content/parsePage';
import {catalogTasksOf, sortCatalog} from '../../../tasks/catalog';
import {extractPageTasks} from '../../../tasks/extract';
import {readFixture} from '../../../../tests/support/markdown';
import {tasksById} from '../taskPages';

const fixtures = path.resolve(__dirname, '../../../remark/task-tables/__tests__/__fixtures__/site');
const entries = (url: string) =>
  catalogTasksOf({url, locale: 'en', fallbackTitle: 'Sidebar title', sidebarPhase: null, tasks: extractPageTasks(parsePage(readFixture(fixtures, 'docs/tasks/en-tasks.md')))});

describe('the page per task', () => {
  test('lists every page of the locale that lists the ID, one group per ID', () => {
    const byId = tasksById(sortCatalog([...entries('/docs/b'), ...entries('/docs/a')]));
    expect([...byId.keys()]).toEqual(['1001', '1002']);
    expect(byId.get('1001')!.map((t) => t.url)).toEqual(['/docs/a#task-1001', '/docs/b#task-1001']);
  });
});
