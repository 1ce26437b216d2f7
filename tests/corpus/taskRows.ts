import type {Table} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {visit} from 'unist-util-visit';
import {parsePage} from '../../src/content/parsePage';
import {checkTaskRow, classifyTaskHeader, parseTaskId} from '../../src/playbook/tasks';

export interface TaskRows {
  /** Body rows of the page's FTOP task tables, as the playbook grammar recognizes them. */
  rows: number;
  /** IDs of the rows the grammar accepts as tasks. */
  ids: number[];
  /** Rows the grammar rejects (the build warns about each and shows it as written). */
  malformed: {line: number; problems: string[]}[];
}

export function taskRows(markdown: string): TaskRows {
  const result: TaskRows = {rows: 0, ids: [], malformed: []};
  visit(parsePage(markdown), 'table', (table: Table) => {
    const columns = table.children[0] && classifyTaskHeader(table.children[0].children.map((cell) => toString(cell)));
    if (!columns) return;
    for (const row of table.children.slice(1)) {
      result.rows++;
      const cells = row.children.map((cell) => toString(cell));
      const problems = checkTaskRow(cells, columns);
      if (problems.length > 0) result.malformed.push({line: row.position?.start.line ?? 0, problems: problems.map((p) => p.rule)});
      else result.ids.push(parseTaskId(cells[0]!)!);
    }
  });
  return result;
}
