import {describe, expect, test} from 'vitest';
import {isSitePath, matchTasks, parseTaskIndex, taskLabel, type TaskSuggestion} from '../tasks';

const page = {title: 'Adressieren von technischen Lücken', url: '/de/docs/lifecycle/remediate/remediate-address-technical-gaps'};
const entry = (id: number | string, name: string, extra: Record<string, unknown> = {}) => ({
  id, name, requirement: 'required', role: 'SME', services: ['AIP'], phase: 'Korrektur', page, url: `${page.url}#task-${id}`, ...extra,
});

describe('tasks.json', () => {
  test('reads id, name, url and page title; ids may be numbers or strings', () => {
    const index = parseTaskIndex({tasks: [entry(3988, 'AIP - Prüfen der Voraussetzungen'), entry('2122', 'Exchange - Konfigurieren')]});
    expect(index).toEqual({
      skipped: 0,
      tasks: [
        {id: '3988', name: 'AIP - Prüfen der Voraussetzungen', url: `${page.url}#task-3988`, pageTitle: page.title},
        {id: '2122', name: 'Exchange - Konfigurieren', url: `${page.url}#task-2122`, pageTitle: page.title},
      ],
    });
  });

  test('entries without id, name or a site path are counted, not shown', () => {
    const index = parseTaskIndex({
      tasks: [entry(1, ''), entry(2, 'x', {url: 'javascript:alert(1)'}), entry(3, 'x', {url: '//evil.example/x'}), {name: 'no id'}, null, entry(4, 'ok')],
    });
    expect(index.tasks.map((t) => t.id)).toEqual(['4']);
    expect(index.skipped).toBe(5);
  });

  test('anything but {tasks: [...]} is an empty index', () => {
    expect(parseTaskIndex(null)).toEqual({tasks: [], skipped: 0});
    expect(parseTaskIndex({tasks: 'x'})).toEqual({tasks: [], skipped: 0});
  });

  test('site paths only', () => {
    expect(isSitePath('/de/docs/x#task-1')).toBe(true);
    expect(isSitePath('https://example.com/')).toBe(false);
    expect(isSitePath('//example.com/')).toBe(false);
    expect(isSitePath('/\\example.com')).toBe(false);
    expect(isSitePath('JavaScript:alert(1)')).toBe(false);
  });
});

describe('task suggestions', () => {
  const tasks: TaskSuggestion[] = parseTaskIndex({
    tasks: [
      entry(3980, 'Intune - 3988 Nachbereitung'),
      entry(39881, 'Fünfstellige Aufgabe'),
      entry(3988, 'AIP - Prüfen der Voraussetzungen'),
      entry(2122, 'Exchange - Konfigurieren des Cloudzugriffs'),
    ],
  }).tasks;

  test('the exact ID comes first, then longer IDs starting with it, then names mentioning it', () => {
    expect(matchTasks(tasks, '3988', 5).map(taskLabel)).toEqual([
      '3988 – AIP - Prüfen der Voraussetzungen',
      '39881 – Fünfstellige Aufgabe',
      '3980 – Intune - 3988 Nachbereitung',
    ]);
  });

  test('"#3988" and "task 3988" find the task too', () => {
    expect(matchTasks(tasks, '#3988', 1).map((t) => t.id)).toEqual(['3988']);
    expect(matchTasks(tasks, 'task 3988', 1).map((t) => t.id)).toEqual(['3988']);
  });

  test('an ID prefix lists the IDs starting with it', () => {
    expect(matchTasks(tasks, '398', 5).map((t) => t.id)).toEqual(['3980', '39881', '3988']);
  });

  test('names match by word starts, ignoring case and diacritics', () => {
    expect(matchTasks(tasks, 'voraussetzung', 5).map((t) => t.id)).toEqual(['3988']);
    expect(matchTasks(tasks, 'aip prufen', 5).map((t) => t.id)).toEqual(['3988']);
    expect(matchTasks(tasks, 'aip exchange', 5)).toEqual([]);
  });

  test('Japanese names match a word anywhere in a run of text, since words have no spaces between them', () => {
    const japanese = parseTaskIndex({tasks: [entry(3184, 'Exchange - メールボックスの移行計画を確認する'), entry(3185, 'Teams - 会議ポリシーの構成')]}).tasks;
    expect(matchTasks(japanese, '移行計画', 5).map((t) => t.id)).toEqual(['3184']);
    expect(matchTasks(japanese, 'exchange 確認', 5).map((t) => t.id)).toEqual(['3184']);
    expect(matchTasks(japanese, 'ポリシー', 5).map((t) => t.id)).toEqual(['3185']);
    expect(matchTasks(japanese, '3184', 5).map((t) => t.id)).toEqual(['3184']);
    // A word start ranks before a match inside a word, whatever the script.
    const mixed = parseTaskIndex({tasks: [entry(1, 'Voraussetzungen prüfen'), entry(2, 'Setzung planen')]}).tasks;
    expect(matchTasks(mixed, 'setzung', 5).map((t) => t.id)).toEqual(['2', '1']);
  });

  test('limit and empty queries', () => {
    expect(matchTasks(tasks, '3', 2)).toHaveLength(2);
    expect(matchTasks(tasks, '  ', 5)).toEqual([]);
    expect(matchTasks(tasks, '-', 5)).toEqual([]);
  });
});
