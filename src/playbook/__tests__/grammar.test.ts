import {describe, expect, test} from 'vitest';
import {
  formatPlaybookDate, normalizePageName, parseLegacyName, parsePlaybookDate, readCalloutMarker, readHistoryTable,
} from '..';

describe('dates', () => {
  test.each([
    ['1/29/2020', '2020-01-29', 'slash'],
    ['01/29/2020', '2020-01-29', 'slash'],
    ['03/26/2020', '2020-03-26', 'slash'],
    ['5/2/19', '2019-05-02', 'slash'],
    ['02.05.2018', '2018-05-02', 'dotted'],
    ['2.5.2018', '2018-05-02', 'dotted'],
    ['2020-01-29', '2020-01-29', 'iso'],
  ])('%s is %s', (text, iso, style) => {
    expect(parsePlaybookDate(text)).toEqual({iso, style});
  });

  test.each(['13/45/2020', '2/30/2020', '10/018/2019', '31.02.2019', 'soon', '', '2020-13-01'])('%s is unreadable', (text) => {
    expect(parsePlaybookDate(text)).toBeNull();
  });

  test('YAML dates are UTC calendar days', () => {
    expect(parsePlaybookDate(new Date('2020-01-29T00:00:00Z'))).toEqual({iso: '2020-01-29', style: 'iso'});
  });

  test('formatting is per locale and zone-free', () => {
    expect(formatPlaybookDate('2020-01-29', 'en')).toBe('January 29, 2020');
    expect(formatPlaybookDate('2020-01-29', 'de')).toBe('29. Januar 2020');
  });
});

describe('callouts', () => {
  test.each([
    ['[!NOTE]', 'note'], ['[!Note]', 'note'], ['[!warning] text', 'warning'], ['[!HINWEIS]', 'note'],
    ['[!TIPP]', 'tip'], ['[!WICHTIG]', 'important'], ['[!WARNUNG]', 'warning'], ['[!VORSICHT]', 'caution'],
  ])('%s is %s', (text, kind) => {
    expect(readCalloutMarker(text)?.kind).toBe(kind);
  });
  test('unknown markers are kept as unknown', () => {
    expect(readCalloutMarker('[!DANGER]')).toMatchObject({kind: null, marker: 'DANGER'});
    expect(readCalloutMarker('no marker')).toBeNull();
  });
});

describe('legacy names', () => {
  test.each(['x.md', 'x-partner.md', 'x-de.md', 'x-partner-de.md', 'x-partner-en.md', 'dir/X-Partner-DE.md'])('%s is page x', (name) => {
    expect(normalizePageName(name)).toBe('x');
  });
  test('locale and audience suffixes are reported', () => {
    expect(parseLegacyName('a-b-partner-de.md')).toEqual({page: 'a-b', locale: 'de', audience: 'partner'});
    expect(parseLegacyName('a-b-de.md')).toEqual({page: 'a-b', locale: 'de', audience: null});
    expect(parseLegacyName('a-b.md')).toEqual({page: 'a-b', locale: null, audience: null});
  });
});

describe('update summaries are read by their date column, not by header words', () => {
  test.each([
    ['English', ['Date', 'Who Changed', 'What Changed'], ['1/29/2020', '03/26/2020']],
    ['English with notes', ['Date', 'Who Changed', 'What Changed', 'Notes'], ['1/29/2020']],
    ['German', ['Datum', 'Geändert durch', 'Änderung an'], ['18.12.2019', '5/2/2019']],
    ['Spanish', ['Fecha', 'Quién realizó el cambio', 'Qué cambió'], ['12/18/2019']],
    ['Japanese', ['日付', '変更者', '変更内容'], ['12/18/2019']],
    ['invented words', ['Zeitpunkt-ish', 'Blorp', 'Snarf'], ['2020-01-29']],
    ['one unreadable date among readable ones', ['Date', 'Who', 'What'], ['10/018/2019', '2/1/2020', '', '13/45/2020']],
  ])('%s', (_name, header, firstCells) => {
    expect(readHistoryTable(header, firstCells)).toEqual({kind: 'history', columns: ['date', 'author', 'change', 'notes'].slice(0, header.length)});
  });

  test.each([
    ['no dates', ['Version', 'Notes', 'Who'], ['1.0', '1.1']],
    ['task IDs', ['Task ID', 'Task Name', '(M)andatory / (O)ptional', 'Role'], ['3988', '2122']],
    ['mostly text', ['When', 'Who', 'What'], ['Soon', 'Later', '1/29/2020']],
    ['date-like but none readable', ['Date', 'Who', 'What'], ['13/45/2020']],
  ])('%s is an ordinary table', (_name, header, firstCells) => {
    expect(readHistoryTable(header, firstCells)).toEqual({kind: 'other'});
  });

  test('a dated table of another width is reported, not taken for an update summary', () => {
    const reading = readHistoryTable(['Date', 'Change'], ['1/29/2020']);
    expect(reading).toMatchObject({kind: 'unread', problem: {rule: 'history-columns'}});
    if (reading.kind === 'unread') expect(reading.problem.message).toMatch(/dates in its first column but 2 columns.*Date \| Who Changed \| What Changed/);
  });

  test('dates are read by the locale\'s conventions', () => {
    expect(readHistoryTable(['D', 'W', 'X'], ['13/4/2020'])).toEqual({kind: 'other'});
    expect(readHistoryTable(['D', 'W', 'X'], ['13/4/2020'], {slash: 'day-first', dotted: 'day-first'}).kind).toBe('history');
  });
});
