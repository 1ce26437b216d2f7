import {execFile} from 'node:child_process';
import {promisify} from 'node:util';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {calendarDateOfTimestamp, expectedDateForms, formatPlaybookDate, isCalendarDate, parsePlaybookDate} from '../dates';

describe('parsePlaybookDate', () => {
  test.each([
    // slash: M/D/YYYY, the source system's US style, also on German pages
    ['1/29/2020', '2020-01-29', 'slash'],
    ['01/29/2020', '2020-01-29', 'slash'],
    ['03/26/2020', '2020-03-26', 'slash'],
    ['9/06/2019', '2019-09-06', 'slash'],
    ['12/1/2019', '2019-12-01', 'slash'],
    ['2/29/2020', '2020-02-29', 'slash'],
    // two-digit parts and two-digit years (20xx)
    ['5/2/19', '2019-05-02', 'slash'],
    ['05/02/19', '2019-05-02', 'slash'],
    ['12/31/99', '2099-12-31', 'slash'],
    // dotted: D.M.YYYY
    ['02.05.2018', '2018-05-02', 'dotted'],
    ['2.5.2018', '2018-05-02', 'dotted'],
    ['18.12.2019', '2019-12-18', 'dotted'],
    ['2.5.18', '2018-05-02', 'dotted'],
    // ISO
    ['2020-01-29', '2020-01-29', 'iso'],
    // what editors leave around a date
    [' 1/29/2020 ', '2020-01-29', 'slash'],
    ['\u200B04.12.2018', '2018-12-04', 'dotted'],
  ])('%j is %s (%s)', (text, iso, style) => {
    expect(parsePlaybookDate(text)).toEqual({iso, style});
  });

  test.each([
    '13/45/2020', // month 13, day 45
    '13/1/2020', // no month 13 (slash is month first)
    '2/30/2020',
    '2/29/2019', // not a leap year
    '0/10/2020',
    '10/0/2020',
    '10/018/2019', // three-digit day
    '31.04.2020',
    '29.2.2021',
    '32.1.2020',
    '2020-02-30',
    '2020-13-01',
    '2020-1-29',
    '1/29',
    '1-29-2020',
    'January 29, 2020',
    'soon',
    '',
  ])('%j is unreadable', (text) => {
    expect(parsePlaybookDate(text)).toBeNull();
  });

  test('non-text input is unreadable, YAML dates are their UTC day', () => {
    expect(parsePlaybookDate(20200129)).toBeNull();
    expect(parsePlaybookDate(null)).toBeNull();
    expect(parsePlaybookDate(new Date('invalid'))).toBeNull();
    expect(parsePlaybookDate(new Date('2020-01-29T00:00:00Z'))).toEqual({iso: '2020-01-29', style: 'iso'});
  });

  test('messages name every accepted form', () => {
    expect(expectedDateForms()).toBe('YYYY-MM-DD (2020-01-29), M/D/YYYY (1/29/2020) or D.M.YYYY (29.1.2020)');
  });
});

describe('calendar days and formatting', () => {
  test.each([
    ['2020-01-29', true], ['2020-02-29', true], ['2019-02-29', false], ['2020-13-01', false], ['2020-1-29', false], ['x', false],
  ])('isCalendarDate(%j) is %s', (text, expected) => {
    expect(isCalendarDate(text)).toBe(expected);
  });

  test('a last_update timestamp gives back its UTC day', () => {
    expect(calendarDateOfTimestamp(Date.UTC(2020, 0, 29))).toBe('2020-01-29');
    expect(calendarDateOfTimestamp(Date.UTC(2020, 0, 29, 23, 59))).toBe('2020-01-29');
  });

  test.each([
    ['2020-01-29', 'January 29, 2020', '29. Januar 2020'],
    ['2020-03-26', 'March 26, 2020', '26. März 2020'],
    ['2018-05-02', 'May 2, 2018', '2. Mai 2018'],
    ['2019-12-31', 'December 31, 2019', '31. Dezember 2019'],
    ['2020-01-01', 'January 1, 2020', '1. Januar 2020'],
  ])('%s is "%s" / "%s"', (iso, en, de) => {
    expect(formatPlaybookDate(iso, 'en')).toBe(en);
    expect(formatPlaybookDate(iso, 'de')).toBe(de);
  });
});

describe('the build machine\'s time zone does not move a day', () => {
  const inputs = ['1/29/2020', '5/02/2019', '03/26/2020', '02.05.2018', '18.12.2019', '2020-01-01', '12/31/2019', '5/2/19', '3/8/2020', '10/27/2019'];
  const expected = ['2020-01-29', '2019-05-02', '2020-03-26', '2018-05-02', '2019-12-18', '2020-01-01', '2019-12-31', '2019-05-02', '2020-03-08', '2019-10-27'];
  const probe = path.join(__dirname, 'tz-probe.ts');
  const runIn = async (zone: string) => {
    const {stdout} = await promisify(execFile)(process.execPath, ['--import', 'tsx', probe, JSON.stringify(inputs)], {env: {...process.env, TZ: zone}});
    return JSON.parse(stdout) as {
      zone: string; offsetMinutes: number; history: string[]; results: {input: string; iso: string; shown: string; en: string; de: string}[];
    };
  };

  test.each([
    ['Pacific/Auckland', -780],
    ['America/Los_Angeles', 480],
    ['UTC', 0],
  ])('under TZ=%s', async (zone, offsetMinutes) => {
    const run = await runIn(zone);
    // The child really ran in that zone (Auckland is UTC+13 in January, Los Angeles UTC-8).
    expect(run.zone).toBe(zone);
    expect(run.offsetMinutes).toBe(offsetMinutes);
    expect(run.results.map((r) => r.iso)).toEqual(expected);
    expect(run.results.map((r) => r.shown)).toEqual(expected);
    expect(run.results[0]).toMatchObject({en: 'January 29, 2020', de: '29. Januar 2020'});
    expect(run.results[2]).toMatchObject({en: 'March 26, 2020', de: '26. März 2020'});
    expect(run.history).toEqual([...expected].sort().reverse());
  });
});
