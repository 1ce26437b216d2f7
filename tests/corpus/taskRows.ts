import type {Table} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {visit} from 'unist-util-visit';
import {checkTaskRow, classifyTaskHeader} from '../../src/playbook/tasks';
import {parsePage} from '../../src/content/parsePage';

/** Body rows of the page's FTOP task tables (recognized by the playbook grammar), malformed ones listed. */
export function taskRows(markdown: string): {rows: number; malformed: {line: number; problems: string[]}[]} {
  let rows = 0;
  const malformed: {line: number; problems: string[]}[] = [];
  visit(parsePage(markdown), 'table', (table: Table) => {
    const columns = table.children[0] && classifyTaskHeader(table.children[0].children.map((cell) => toString(cell)));
    if (!columns) return;
    for (const row of table.children.slice(1)) {
      rows++;
      const problems = checkTaskRow(row.children.map((cell) => toString(cell)), columns);
      if (problems.length > 0) malformed.push({line: row.position?.start.line ?? 0, problems: problems.map((p) => p.rule)});
    }
  });
  return {rows, malformed};
}
