import type {Table} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {visit} from 'unist-util-visit';
import {parsePage} from '../../src/content/parsePage';
import {checkTaskRow, parseTaskId, readTaskTable} from '../../src/playbook/tasks';

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
    const [header, ...body] = table.children.map((row) => row.children.map((cell) => toString(cell)));
    const reading = readTaskTable(header ?? [], body);
    if (reading.kind !== 'tasks') return;
    for (const [i, cells] of body.entries()) {
      const row = table.children[i + 1]!;
      result.rows++;
      const problems = checkTaskRow(cells, reading.header);
      if (problems.length > 0) result.malformed.push({line: row.position?.start.line ?? 0, problems: problems.map((p) => p.rule)});
      else result.ids.push(parseTaskId(cells[0]!)!);
    }
  });
  return result;
}
