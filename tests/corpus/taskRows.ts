import type {Table} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {visit} from 'unist-util-visit';
import {classifyTaskHeader} from '../../src/playbook/tasks';
import {parsePage} from '../../tools/import/pageText';

/** Body rows of the page's FTOP task tables (recognized by the playbook grammar), malformed rows included. */
export function countTaskRows(markdown: string): number {
  let rows = 0;
  visit(parsePage(markdown), 'table', (table: Table) => {
    const header = table.children[0];
    if (header && classifyTaskHeader(header.children.map((cell) => toString(cell)))) rows += table.children.length - 1;
  });
  return rows;
}
