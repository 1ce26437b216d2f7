import {VFile} from 'vfile';
import {describe, expect, test} from 'vitest';
import {latestToday} from '../../../updates/pageDates';
import remarkPageDates, {type PageDatesOptions} from '..';
import {remarkPipeline} from '../../pipeline';

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
  test('today is not the future; tomorrow is', async () => {
    expect(await findings(page('6/30/2024'), {today: '2024-06-30'})).toEqual([]);
    expect(await findings(page('7/1/2024'), {today: '2024-06-30'})).toEqual(['2:1 ms-date-future warning']);
  });

  test('without an injected clock the plugin reads the real one', async () => {
    expect(await findings(page('12/31/9999'))).toEqual(['2:1 ms-date-future warning']);
    const today = latestToday();
    const [y, m, d] = today.split('-');
    expect(await findings(page(`${Number(m)}/${Number(d)}/${y}`))).toEqual([]);
  });

  test('a clock that is no date is a configuration error, not a finding', () => {
    expect(() => remarkPipeline([[remarkPageDates, {today: '30.6.2024'}]]).freeze()).toThrow(/YYYY-MM-DD/);
  });
});

describe('an update-summary row newer than ms.date', () => {
  test('is reported once, at the newest such row', async () => {
    expect(await findings(page('1/29/2020', '9/27/2019', '03/26/2020', '2/14/2020'), {today: '2024-06-30'})).toEqual(['12:1 update-after-ms-date warning']);
  });

  test('rows on or before ms.date, and unreadable ones, are fine', async () => {
    expect(await findings(page('3/26/2020', '03/26/2020', '9/27/2019', '13/45/2020'), {today: '2024-06-30'})).toEqual([]);
  });
});
