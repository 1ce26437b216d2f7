import {VFile} from 'vfile';
import {describe, expect, test} from 'vitest';
import {latestToday} from '../../../updates/pageDates';
import {localeConfig} from '../../../playbook/locales';
import remarkPageDates, {type PageDatesOptions} from '..';
import {remarkPipeline} from '../../pipeline';
import {testFixturePages} from '../../../../tests/support/fixtures';

const at = (rel: string) => `src/remark/page-dates/__tests__/__fixtures__/site/${rel}`;
const DE = 'i18n/de/docusaurus-plugin-content-docs/current';
/** Exact findings per fixture page, as of 2024-06-30; pages not listed must have none. */
const expected: Record<string, string[]> = {
  'en/dates/tomorrow.md': [
    `${at('docs/dates/tomorrow.md')}:2:1  warning  ms.date 7/1/2024 is in the future (July 1, 2024; today is June 30, 2024). Set it to the day the page was last reviewed.  ms-date-future`,
  ],
  'en/dates/newer-row.md': [
    `${at('docs/dates/newer-row.md')}:12:1  warning  Update-summary row dated 03/26/2020 (March 26, 2020) is newer than the page's ms.date 1/29/2020 (January 29, 2020), and so is 1 other row; the page shows the older date as its last update. Set ms.date to 03/26/2020 or later, or correct the row's date.  update-after-ms-date`,
  ],
  'de/dates/tomorrow.md': [
    `${at(`${DE}/dates/tomorrow.md`)}:2:1  warning  ms.date 1.7.2024 is in the future (July 1, 2024; today is June 30, 2024). Set it to the day the page was last reviewed.  ms-date-future`,
  ],
  'de/dates/newer-row.md': [
    `${at(`${DE}/dates/newer-row.md`)}:12:1  warning  Update-summary row dated 26.03.2020 (March 26, 2020) is newer than the page's ms.date 29.1.2020 (January 29, 2020), and so is 1 other row; the page shows the older date as its last update. Set ms.date to 26.03.2020 or later, or correct the row's date.  update-after-ms-date`,
  ],
};

// today.md is not in the future, tomorrow.md is; newer-row.md is reported once, at the newest
// such row; rows-fine.md has rows on or before ms.date and an unreadable one, which are fine.
describe('page dates, as of 2024-06-30', () => {
  testFixturePages({testDir: __dirname, plugins: [[remarkPageDates, {today: '2024-06-30'}]], expected});
});

let n = 0;
async function findings(markdown: string, options?: PageDatesOptions) {
  const processor = remarkPipeline([[remarkPageDates, options]]);
  const file = new VFile({value: markdown, path: `/site/docs/page-${n++}.md`});
  await processor.run(processor.parse(file), file);
  return file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.fatal ? 'error' : 'warning'}`);
}
const page = (msDate: string, ...rows: string[]) =>
  `---\nms.date: ${msDate}\n---\n\n# Page\n\n## Refresh Summary\n\n| Date | Who Changed | What Changed |\n| --- | --- | --- |\n${rows.map((d) => `| ${d} | A | B |`).join('\n')}\n`;

describe('an ms.date in the future, by the injected clock', () => {
  test('without an injected clock the plugin reads the real one', async () => {
    expect(await findings(page('12/31/9999'))).toEqual(['2:1 ms-date-future warning']);
    const today = latestToday();
    const [y, m, d] = today.split('-');
    expect(await findings(page(`${Number(m)}/${Number(d)}/${y}`))).toEqual([]);
  });

  test("dates in findings are written in the site's default language, from the configuration", async () => {
    const processor = remarkPipeline([[remarkPageDates, {today: '2024-06-30', defaultLocale: 'de', locales: [localeConfig('de'), localeConfig('en')]}]]);
    const file = new VFile({value: page('7/1/2024'), path: '/site/docs/page-de-default.md'});
    await processor.run(processor.parse(file), file);
    expect(file.messages.map((m) => m.reason)).toEqual([
      'ms.date 7/1/2024 is in the future (1. Juli 2024; today is 30. Juni 2024). Set it to the day the page was last reviewed.',
    ]);
  });

  test('a clock that is no date is a configuration error, not a finding', () => {
    expect(() => remarkPipeline([[remarkPageDates, {today: '30.6.2024'}]]).freeze()).toThrow(/YYYY-MM-DD/);
  });
});
