import {describe, expect, test} from 'vitest';
import {
  checkTaskRow, classifyHistoryHeader, classifyTaskHeader, formatPlaybookDate, normalizePageName,
  parseLegacyName, parsePlaybookDate, parseRequirement, readCalloutMarker, splitServices,
} from '..';

describe('task table headers', () => {
  test.each([
    [['Task ID', 'Task Name', '(M)andatory / (O)ptional', 'FastTrack Role', 'Services'], 5],
    [['Task ID', 'Task Description', '(M) Mandatory (O) Optional', 'FastTrack Role'], 4],
    [['Task ID', 'Task Name', '(R)equired / (O)ptional', 'FastTrack Role', 'Services'], 5],
    [['Aufgaben-ID', 'Name der Aufgabe', '(E)rforderlich / (O)ptional', 'FastTrack-Rolle', 'Dienste'], 5],
    [['Aufgaben-ID', 'Name der Aufgabe', '(E) Erforderlich (O) Optional', 'FastTrack-Rolle', 'Dienste'], 5],
    [['Aufgaben-ID', 'Titel', '(E) Erforderlich (O) Optional', 'FastTrack-Rolle'], 4],
    [['Aufgaben-ID', 'Aufgabenbeschreibung', '(E) Erforderlich (O) Optional', 'FastTrack-Rolle'], 4],
    [['  task   id ', 'TASK NAME', ' (m)andatory/(o)ptional ', 'fasttrack role', ' services '], 5],
  ])('%j is a task table', (cells, n) => {
    expect(classifyTaskHeader(cells)).toHaveLength(n);
  });

  test.each([
    [['Valid Example Scenario', 'Scenario Status']],
    [['Task ID', 'Task Name', 'Owner', 'FastTrack Role', 'Services']],
    [['Date', 'Who Changed', 'What Changed']],
  ])('%j is an ordinary table', (cells) => {
    expect(classifyTaskHeader(cells)).toBeNull();
  });

  test('requirement codes ignore case and spaces', () => {
    expect(['M', 'r', ' E ', 'o', 'O '].map(parseRequirement)).toEqual(['required', 'required', 'required', 'optional', 'optional']);
    expect(parseRequirement('X')).toBeNull();
    expect(parseRequirement('')).toBeNull();
  });

  test('services split on slashes', () => {
    expect(splitServices('Exchange / OneDrive for Business / SharePoint')).toEqual(['Exchange', 'OneDrive for Business', 'SharePoint']);
  });

  test('malformed rows are described', () => {
    const cols = classifyTaskHeader(['Task ID', 'Task Name', '(M)andatory / (O)ptional', 'FastTrack Role', 'Services'])!;
    expect(checkTaskRow(['3184', 'AAD', 'O FastTrack Engineer', 'Core Onboarding'], cols).map((p) => p.rule)).toEqual(['task-row-cells']);
    expect(checkTaskRow(['TBD', 'x', 'O', 'SME', 'AIP'], cols).map((p) => p.rule)).toEqual(['task-id']);
    expect(checkTaskRow(['1', 'x', 'Q', 'SME', 'AIP'], cols).map((p) => p.rule)).toEqual(['task-requirement']);
    expect(checkTaskRow(['1', 'x', 'O', 'SME', 'AIP'], cols)).toEqual([]);
  });
});

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

describe('history tables', () => {
  test.each([
    [['Date', 'Who Changed', 'What Changed']],
    [['Date', 'Who Changed', 'What Changed', 'Notes']],
    [['Datum', 'Geändert durch', 'Änderung an']],
    [['Datum', 'Geändert durch', 'Änderung von', 'Notizen']],
  ])('%j is an update summary', (cells) => {
    expect(classifyHistoryHeader(cells)).not.toBeNull();
  });
});
