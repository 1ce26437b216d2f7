import type {Heading, Root, RootContent, Table} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {visit} from 'unist-util-visit';
import {parsePage} from '../../src/content/parsePage';

/** A date as the editions write one in an update summary (1/29/2020, 29.1.2020, 2020-01-29), typos (10/018/2019) included. */
const DATE_LIKE = /^\d{1,4}[/.-]\d{1,3}[/.-]\d{1,4}$/;
const clean = (text: string) => text.replace(/[\u200B-\u200D\u2060\uFEFF]/g, '').trim();

export interface PageStructure {
  /** Tables with a first column of dates and at least a who and a what column: update summaries. */
  updateSummaries: number;
  /** A paragraph right under the H1 that starts with a `Label: **value**` line: the phase line. */
  phaseLine: boolean;
}

/**
 * What the test expects the site to recognise on a page, read with plain patterns rather than
 * the playbook grammar (so the grammar is checked, not repeated).
 */
export function pageStructure(markdown: string): PageStructure {
  const tree: Root = parsePage(markdown);
  let updateSummaries = 0;
  visit(tree, 'table', (table: Table) => {
    const [header, ...body] = table.children;
    const dates = body.map((row) => clean(toString(row.children[0] ?? {type: 'text', value: ''})));
    if ((header?.children.length ?? 0) >= 3 && body.length > 0 && dates.every((d) => DATE_LIKE.test(d))) updateSummaries++;
  });
  const h1 = tree.children.findIndex((n) => n.type === 'heading' && (n as Heading).depth === 1);
  const under = h1 >= 0 ? (tree.children[h1 + 1] as RootContent | undefined) : undefined;
  const phaseLine =
    under?.type === 'paragraph' &&
    under.children.length >= 2 &&
    under.children[0]!.type === 'text' &&
    /^[^:：\n]{1,40}[:：]\s*$/.test(under.children[0]!.value) &&
    under.children[1]!.type === 'strong' &&
    (under.children[2] === undefined || under.children[2].type === 'break' || (under.children[2].type === 'text' && /^\s*\n/.test(under.children[2].value)));
  return {updateSummaries, phaseLine};
}
