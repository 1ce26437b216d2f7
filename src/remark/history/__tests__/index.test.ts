import fs from 'node:fs';
import type {Table} from 'mdast';
import {toString} from 'mdast-util-to-string';
import type {PluggableList} from 'unified';
import {visit} from 'unist-util-visit';
import {describe, expect, test} from 'vitest';
import remarkHistory from '..';
import {fixturePages, fixtureSite, processFixture, testFixturePages} from '../../../../tests/support/fixtures';
import {transformMarkdown} from '../../../../tests/support/markdown';
import {corpusPages} from '../../../../tests/support/corpus';

const site = fixtureSite(__dirname);
const plugins: PluggableList = [remarkHistory];
const at = (rel: string) => `src/remark/history/__tests__/__fixtures__/site/docs/history/${rel}`;
const page = (locale: string, source: string) => fixturePages(site).find((p) => p.locale === locale && p.source === source)!;
const run = (source: string, locale = 'en') => processFixture(page(locale, `history/${source}`), plugins);
const datesIn = (output: string) => [...output.matchAll(/<PlaybookDate date="([\d-]+)" \/>/g)].map((m) => m[1]);

/** Exact findings per fixture page; pages not listed must have none. */
const expected: Record<string, string[]> = {
  'en/history/unreadable-dates.md': [
    `${at('unreadable-dates.md')}:7:1  warning  Update-summary date "10/018/2019" cannot be read; it is shown as written and listed last. Write it as YYYY-MM-DD (2020-01-29), M/D/YYYY (1/29/2020) or D.M.YYYY (29.1.2020).  history-date`,
    `${at('unreadable-dates.md')}:9:1  warning  Update-summary date "13/45/2020" cannot be read; it is shown as written and listed last. Write it as YYYY-MM-DD (2020-01-29), M/D/YYYY (1/29/2020) or D.M.YYYY (29.1.2020).  history-date`,
    `${at('unreadable-dates.md')}:10:1  warning  Update-summary row has no date; it is listed last. Add the date as YYYY-MM-DD (2020-01-29), M/D/YYYY (1/29/2020) or D.M.YYYY (29.1.2020).  history-date`,
    `${at('unreadable-dates.md')}:12:1  warning  Update-summary row has 4 cells but the table has 3 columns; the extra text is shown in the last column. Remove the extra "|" or add a column header.  history-row-cells`,
  ],
  'en/history/other-tables.md': [
    `${at('other-tables.md')}:19:1  warning  Table has dates in its first column but 2 columns, so it is shown as a plain table, not as the page's update history. An update summary has Date | Who Changed | What Changed (| Notes); use those columns.  history-columns`,
  ],
  'en/history/outside-summary.md': [
    `${at('outside-summary.md')}:7:1  warning  Update-summary table sits right under the page title, not under a heading of its own; it is shown as revision history anyway. Add a heading such as "Update Summary" above it (not indented, or it becomes a code block).  history-heading`,
  ],
};

describe('remark history', () => {
  testFixturePages({testDir: __dirname, plugins, expected});

  test('an English Refresh Summary becomes a RevisionHistory, newest first', async () => {
    const {output} = await run('en-refresh-summary.md');
    expect(datesIn(output)).toEqual(['2021-03-02', '2020-11-30', '2020-01-05']);
  });

  test('German tables: dotted dates are D.M.YYYY, slash dates M/D/YYYY, notes column kept', async () => {
    const {output} = await run('dotted-and-slash.md', 'de');
    expect(datesIn(output)).toEqual(['2020-03-26', '2019-12-18', '2018-05-02']);
    expect(output).toContain('| Monat/Tag/Jahr');
    expect(output).toContain('**wichtig**');
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
    const file = at('unreadable-dates.md').replace(/[./]/g, (c) => `\\${c}`);
    expect(diagnostics).toEqual([
      expect.stringMatching(new RegExp(`^${file}:7:1 {2}warning {2}Update-summary date "10\\/018\\/2019" cannot be read; it is shown as written and listed last\\. Write it as YYYY-MM-DD \\(2020-01-29\\), M\\/D\\/YYYY \\(1\\/29\\/2020\\) or D\\.M\\.YYYY \\(29\\.1\\.2020\\)\\. {2}history-date$`)),
      expect.stringMatching(new RegExp(`^${file}:9:1 {2}warning {2}Update-summary date "13\\/45\\/2020" cannot be read.* {2}history-date$`)),
      expect.stringMatching(new RegExp(`^${file}:10:1 {2}warning {2}Update-summary row has no date; it is listed last\\..* {2}history-date$`)),
      expect.stringMatching(new RegExp(`^${file}:12:1 {2}warning {2}Update-summary row has 4 cells but the table has 3 columns.* {2}history-row-cells$`)),
    ]);
  });

  test('other tables stay plain, whatever heading they sit under; a dated table of another width is reported', async () => {
    const {output, diagnostics} = await run('other-tables.md');
    expect(output).not.toContain('RevisionHistory');
    expect(output).not.toContain('PlaybookDate');
    const file = at('other-tables.md').replace(/[./]/g, (c) => `\\${c}`);
    expect(diagnostics).toEqual([
      expect.stringMatching(new RegExp(`^${file}:19:1 {2}warning {2}Table has dates in its first column but 2 columns, so it is shown as a plain table.*Date \\| Who Changed \\| What Changed \\(\\| Notes\\).* {2}history-columns$`)),
    ]);
  });

  test('a change-log table outside an update-summary section is still converted, and reported', async () => {
    const {output, diagnostics} = await run('outside-summary.md');
    expect(output).toMatch(/^\* A list item\n\n {2}## Refresh Summary$/m);
    expect(datesIn(output)).toEqual(['2020-02-05', '2020-01-05']);
    const file = at('outside-summary.md').replace(/[./]/g, (c) => `\\${c}`);
    expect(diagnostics).toEqual([
      expect.stringMatching(new RegExp(`^${file}:7:1 {2}warning {2}Update-summary table sits right under the page title.* {2}history-heading$`)),
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
