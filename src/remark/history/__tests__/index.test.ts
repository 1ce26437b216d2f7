import fs from 'node:fs';
import path from 'node:path';
import type {Table} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {visit} from 'unist-util-visit';
import {describe, expect, test} from 'vitest';
import remarkHistory from '..';
import {processMarkdown, readFixture} from '../../../../tests/support/markdown';
import {transformMarkdown} from '../../../../tests/support/markdown';
import {corpusPages} from '../../../../tests/support/corpus';

const fixtures = path.join(__dirname, '__fixtures__');
const site = path.resolve(__dirname, '../../../..');
const enFile = path.join(site, 'docs/x/page.md');
const deFile = path.join(site, 'i18n/de/docusaurus-plugin-content-docs/current/x/page.md');

const run = (name: string, file = enFile) => processMarkdown(readFixture(fixtures, name), file, [remarkHistory]);
const datesIn = (output: string) => [...output.matchAll(/<PlaybookDate date="([\d-]+)" \/>/g)].map((m) => m[1]);

describe('remark history', () => {
  test('an English Refresh Summary becomes a RevisionHistory, newest first', async () => {
    const {output, diagnostics} = await run('en-refresh-summary.md');
    expect(datesIn(output)).toEqual(['2021-03-02', '2020-11-30', '2020-01-05']);
    expect(output).toMatchSnapshot();
    expect(diagnostics).toEqual([]);
  });

  test('German tables: dotted dates are D.M.YYYY, slash dates M/D/YYYY, notes column kept', async () => {
    const {output, diagnostics} = await run('de-dotted-and-slash.md', deFile);
    expect(datesIn(output)).toEqual(['2020-03-26', '2019-12-18', '2018-05-02']);
    expect(output).toContain('| Monat/Tag/Jahr');
    expect(output).toContain('**wichtig**');
    expect(output).toMatchSnapshot();
    expect(diagnostics).toEqual([]);
  });

  test('unreadable dates stay as written, go last, and are reported with file:line', async () => {
    const {output, diagnostics} = await run('unreadable-dates.md');
    const rows = output.split('\n').filter((line) => /^ {2}\| /.test(line)).slice(2);
    expect(rows.map((row) => row.split('|')[1]!.trim())).toEqual([
      '<PlaybookDate date="2020-04-01" />',
      '<PlaybookDate date="2020-02-01" />',
      '10/018/2019',
      '13/45/2020',
      '',
    ]);
    expect(output).toContain('Extra cell \\| oops');
    expect(diagnostics).toEqual([
      expect.stringMatching(/^docs\/x\/page\.md:7:1 {2}warning {2}Update-summary date "10\/018\/2019" cannot be read; it is shown as written and listed last\. Write it as YYYY-MM-DD \(2020-01-29\), M\/D\/YYYY \(1\/29\/2020\) or D\.M\.YYYY \(29\.1\.2020\)\. {2}history-date$/),
      expect.stringMatching(/^docs\/x\/page\.md:9:1 {2}warning {2}Update-summary date "13\/45\/2020" cannot be read.* {2}history-date$/),
      expect.stringMatching(/^docs\/x\/page\.md:10:1 {2}warning {2}Update-summary row has no date; it is listed last\..* {2}history-date$/),
      expect.stringMatching(/^docs\/x\/page\.md:12:1 {2}warning {2}Update-summary row has 4 cells but the table has 3 columns.* {2}history-row-cells$/),
    ]);
  });

  test('other tables stay plain, whatever heading they sit under; a dated table of another width is reported', async () => {
    const {output, diagnostics} = await run('other-tables.md');
    expect(output).not.toContain('RevisionHistory');
    expect(output).not.toContain('PlaybookDate');
    expect(diagnostics).toEqual([
      expect.stringMatching(/^docs\/x\/page\.md:19:1 {2}warning {2}Table has dates in its first column but 2 columns, so it is shown as a plain table.*Date \| Who Changed \| What Changed \(\| Notes\).* {2}history-columns$/),
    ]);
  });

  test('a change-log table outside an update-summary section is still converted, and reported', async () => {
    const {output, diagnostics} = await run('outside-summary.md');
    expect(output).toMatch(/^\* A list item\n\n {2}## Refresh Summary$/m);
    expect(datesIn(output)).toEqual(['2020-02-05', '2020-01-05']);
    expect(diagnostics).toEqual([
      expect.stringMatching(/^docs\/x\/page\.md:7:1 {2}warning {2}Update-summary table sits right under the page title.* {2}history-heading$/),
    ]);
  });
});

describe('remark history on the real corpus', () => {
  // The test's own knowledge of the corpus: each edition's update-summary heading (code reads no such word).
  const SUMMARY_HEADING = /^(Refresh Summary|Update Summary|Zusammenfassung der Aktualisierung|Zusammenfassung aktualisieren|Resumen de actualización|概要の更新)\s*$/i;

  test('every update summary of every edition becomes a RevisionHistory; every date left as written is reported', async () => {
    let sections = 0;
    let histories = 0;
    let unconverted = 0;
    const notFollowed: string[] = [];
    const diagnostics: string[] = [];
    for (const page of corpusPages()) {
      const source = fs.readFileSync(page, 'utf8');
      const result = await transformMarkdown(source, page, [remarkHistory]);
      visit(result.tree, (node, index, parent) => {
        if (node.type === 'heading' && SUMMARY_HEADING.test(toString(node).trim())) {
          sections++;
          const next = parent?.children[(index ?? 0) + 1];
          // A heading indented into a list item ends that item; its table follows the list.
          const inList = parent?.type === 'listItem';
          if (!inList && (next?.type !== 'mdxJsxFlowElement' || next.name !== 'RevisionHistory')) notFollowed.push(`${page}:${node.position?.start.line}`);
        }
        if (node.type !== 'mdxJsxFlowElement' || node.name !== 'RevisionHistory') return;
        histories++;
        const table = node.children[0] as Table;
        unconverted += table.children.slice(1).filter((row) => row.children[0]?.children[0]?.type !== 'mdxJsxTextElement').length;
      });
      diagnostics.push(...result.diagnostics);
    }
    const dates = diagnostics.filter((d) => /^.+\.md:\d+:\d+ {2}warning {2}.* {2}history-date$/.test(d));
    expect(sections).toBeGreaterThan(250);
    // Under every summary heading its table is a history; tables whose heading was indented into a
    // list (or that have none of their own) are histories too, by their date column.
    expect(notFollowed).toEqual([]);
    expect(histories).toBeGreaterThan(sections);
    expect(unconverted).toBeGreaterThan(0);
    expect(dates).toHaveLength(unconverted);
    expect(dates.length).toBe(diagnostics.length);
  });
});
