/** Elements the plugins emit keep the source position of what they replace. */
import path from 'node:path';
import type {Root} from 'mdast';
import type {MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import {visit} from 'unist-util-visit';
import {describe, expect, test} from 'vitest';
import remarkCallouts from '../callouts';
import remarkHistory from '../history';
import remarkPageFacts from '../page-facts';
import {jsxFlow, jsxText, spanOf} from '../jsxNodes';
import {transformMarkdown} from '../../../tests/support/markdown';

const file = path.resolve(__dirname, '../../../docs/x/page.md');

/** `name@startLine:startColumn-endLine:endColumn` of every JSX element, in document order. */
async function elementSpans(markdown: string, plugins: Parameters<typeof transformMarkdown>[2]): Promise<string[]> {
  const {tree} = await transformMarkdown(markdown, file, plugins);
  const spans: string[] = [];
  visit(tree as Root, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const {name, position: p} = node as MdxJsxFlowElement | MdxJsxTextElement;
    spans.push(p ? `${name}@${p.start.line}:${p.start.column}-${p.end.line}:${p.end.column}` : `${name}@none`);
  });
  return spans;
}

describe('JSX node builders', () => {
  test('keep a position when given one, and write bare attributes for true', () => {
    const position = {start: {line: 3, column: 1, offset: 10}, end: {line: 4, column: 5, offset: 20}};
    expect(jsxFlow('Fact', {plural: true, kind: undefined, label: 'Phase'}, [], position)).toEqual({
      type: 'mdxJsxFlowElement',
      name: 'Fact',
      attributes: [{type: 'mdxJsxAttribute', name: 'plural', value: null}, {type: 'mdxJsxAttribute', name: 'label', value: 'Phase'}],
      children: [],
      position,
    });
    expect(jsxText('PlaybookDate', {date: '2020-01-29'}, [], position).position).toBe(position);
    expect(spanOf([{type: 'text', position}, {type: 'text', position: {start: position.end, end: {line: 5, column: 1}}}])).toEqual({start: position.start, end: {line: 5, column: 1}});
    expect(spanOf([])).toBeUndefined();
  });

  test('update summaries: the table and each date cell', async () => {
    const md = '# Page\n\n## Refresh Summary\n\n| Date | Who Changed | What Changed |\n| - | - | - |\n| 1/5/2020 | Ada | First |\n| 11/30/2020 | Bo | Second |\n';
    expect(await elementSpans(md, [remarkHistory])).toEqual(['RevisionHistory@5:1-8:29', 'PlaybookDate@8:3-8:13', 'PlaybookDate@7:3-7:11']);
  });

  test('page facts: the Phase paragraph, each fact value and each method paragraph', async () => {
    const md = '# Page\n\nPhase: **Enable**\n\n## Step\n\nPrimary Role: **Manager**  \nApplies To: **Exchange**\n';
    expect(await elementSpans(md, [remarkPageFacts])).toEqual([
      'PageFacts@3:1-3:18',
      'Fact@3:8-3:18',
      'MethodFacts@7:1-8:25',
      'Fact@7:15-7:26',
      'Fact@8:13-8:25',
    ]);
  });

  test('callouts: the block quote', async () => {
    expect(await elementSpans('Text\n\n> [!NOTE]\n> Read this.\n', [remarkCallouts])).toEqual(['Callout@3:1-4:13']);
  });
});
