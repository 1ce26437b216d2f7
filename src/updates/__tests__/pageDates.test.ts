import {describe, expect, test} from 'vitest';
import {parsePage} from '../../content/parsePage';
import {validateFrontMatter} from '../../frontmatter/validate';
import {latestToday, readPageUpdates} from '../pageDates';

const page = (frontMatter: string, body = '') => `---\ntitle: Page\n${frontMatter}---\n\n# Page\n${body}`;
const summary = (...dates: string[]) =>
  `\n## Refresh Summary\n\n| Date | Who Changed | What Changed |\n| --- | --- | --- |\n${dates.map((d) => `| ${d} | A | B |`).join('\n')}\n`;
const read = (markdown: string) => readPageUpdates(parsePage(markdown), validateFrontMatter(markdown, `/tmp/${markdown.length}-${Math.random()}.md`));

describe('readPageUpdates', () => {
  test('the page was last updated on the newest of ms.date and its update-summary rows', () => {
    const dates = read(page('ms.date: 1/29/2020\n', summary('9/27/2019', '03/26/2020', 'not a date')));
    expect(dates.msDate).toEqual({iso: '2020-01-29', written: '1/29/2020', line: 3, column: 1});
    expect(dates.rows.map((r) => [r.iso, r.line])).toEqual([['2019-09-27', 12], ['2020-03-26', 13]]);
    expect(dates.updated).toBe('2020-03-26');
  });

  test('ms.date alone, rows alone, or nothing at all', () => {
    expect(read(page('ms.date: 2020-04-06\n')).updated).toBe('2020-04-06');
    expect(read(page('', summary('02.05.2018'))).updated).toBe('2018-05-02');
    expect(read(page('ms.date: someday\n'))).toEqual({msDate: null, rows: [], updated: null});
  });

  test('only tables under an update-summary heading with its columns count', () => {
    const other = '\n## Tasks\n\n| Date | Task |\n| --- | --- |\n| 1/1/2030 | x |\n';
    expect(read(page('ms.date: 1/29/2020\n', other)).updated).toBe('2020-01-29');
  });
});

test('today is the date where it is latest on Earth (UTC+14), whatever the machine time zone', () => {
  expect(latestToday(new Date('2024-06-30T09:59:59Z'))).toBe('2024-06-30');
  expect(latestToday(new Date('2024-06-30T10:00:00Z'))).toBe('2024-07-01');
});
