import type {Table} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {visit} from 'unist-util-visit';
import {parsePage} from '../../src/content/parsePage';
import {findRowTaskId, readTaskRow, readTaskTable} from '../../src/playbook/tasks';

export interface TaskRows {
  /** Body rows of the page's FTOP task tables, as the playbook grammar recognizes them. */
  rows: number;
  /** IDs of the rows the grammar reads as tasks (well-formed or recovered). */
  ids: number[];
  /** Rows the grammar reports (the build warns about each); `id` is the row's task ID, if it has one. */
  malformed: {line: number; problems: string[]; id: number | null; recovered: boolean}[];
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
      const {facts, problems} = readTaskRow(cells, reading.header);
      const id = findRowTaskId(cells);
      if (problems.length > 0) result.malformed.push({line: row.position?.start.line ?? 0, problems: problems.map((p) => p.rule), id: id === null ? null : Number(id), recovered: facts !== null});
      if (facts) result.ids.push(Number(facts.id));
    }
  });
  return result;
}
