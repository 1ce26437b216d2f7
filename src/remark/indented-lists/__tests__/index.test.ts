import fs from 'node:fs';
import path from 'node:path';
import type {List} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {visit} from 'unist-util-visit';
import {describe, expect, test} from 'vitest';
import remarkIndentedLists from '..';
import {testFixturePages} from '../../../../tests/support/fixtures';
import {SITE_DIR, transformMarkdown} from '../../../../tests/support/markdown';
import {readNumberedProse} from '../../../playbook/numberedProse';

const siteDir = path.join(__dirname, '__fixtures__/site');
const EN = 'src/remark/indented-lists/__tests__/__fixtures__/site/docs/questions/indented.md';
const DE = 'src/remark/indented-lists/__tests__/__fixtures__/site/i18n/de/docusaurus-plugin-content-docs/current/questions/indented.md';
const warning = (file: string, line: number, column = 1) =>
  `${file}:${line}:${column}  warning  Numbered lines indented by four spaces are a code block in Markdown; they are shown as a numbered list. Outdent them by four spaces.  indented-list`;

describe('remark indented-lists', () => {
  testFixturePages({
    testDir: __dirname,
    siteDir,
    plugins: [remarkIndentedLists],
    expected: {
      'en/questions/indented.md': [warning(EN, 5), warning(EN, 13, 3)],
      'de/questions/indented.md': [warning(DE, 5)],
    },
  });

  // The seed pages, read where they are (never copied): their workload questions are indented.
  const seeds = [
    'docs/blockers/blocked/l1l2l3-blocked-customer-it-infrastructure-remediation.md',
    'i18n/de/docusaurus-plugin-content-docs/current/blockers/blocked/l1l2l3-blocked-customer-it-infrastructure-remediation.md',
  ];
  test.each(seeds)('the seed blocker page %s: its indented questions are ordered lists, nothing is code', async (seed) => {
    const file = path.join(SITE_DIR, seed);
    const {tree, diagnostics} = await transformMarkdown(fs.readFileSync(file, 'utf8'), file, [remarkIndentedLists]);
    const lists: {start: number | null | undefined; items: string[]; line: number | undefined}[] = [];
    visit(tree, 'list', (list: List) => {
      if (list.ordered) lists.push({start: list.start, items: list.children.map((item) => toString(item)), line: list.position?.start.line});
    });
    // The TIP's questions were a list already; the two workload blocks become lists.
    expect(lists.map((l) => l.items.length)).toEqual([3, 4, 1]);
    expect(lists.slice(1).map((l) => l.line)).toEqual([48, 55]);
    expect(lists[2]!.items[0]).toMatch(/^(Is the customer waiting to deploy Exchange first\?|Wartet der Kunde, um zuerst Exchange bereitzustellen\?)$/);
    let code = 0;
    visit(tree, 'code', () => void code++);
    expect(code).toBe(0);
    expect(diagnostics.map((d) => d.replace(/^\S+:(\d+):\d+ .*  (\S+)$/, '$1 $2'))).toEqual(["48 indented-list", "55 indented-list"]);
  });
});

describe('readNumberedProse', () => {
  test('reads numbered prose, in order, blank lines between items allowed', () => {
    expect(readNumberedProse('1. Is it?\n\n2) Or this?')).toEqual({start: 1, items: ['Is it?', 'Or this?'], lines: [0, 2]});
    expect(readNumberedProse('3. お客様は最初に Exchange の展開を待っていますか。')?.items).toEqual(['お客様は最初に Exchange の展開を待っていますか。']);
  });

  test.each([
    ['an unnumbered line', '1. Is it?\nfoo'],
    ['numbers out of order', '1. Is it?\n3. Or this?'],
    ['code characters', '1. $x = Get-Thing'],
    ['no words', '1. 42'],
    ['nothing', '\n  \n'],
  ])('is null for %s', (_name, text) => {
    expect(readNumberedProse(text)).toBeNull();
  });
});
