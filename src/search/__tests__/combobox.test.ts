import {describe, expect, test} from 'vitest';
import {isSearchShortcut, nextActiveIndex, resultsPageUrl, searchOptionGroups} from '../combobox';
import {excerptSegments} from '../excerpt';

describe('excerpts', () => {
  test('marks become segments; everything else stays text, markup included', () => {
    expect(excerptSegments('Prüfen der <mark>Voraussetzungen</mark> <script>alert(1)</script>')).toEqual([
      {text: 'Prüfen der ', mark: false},
      {text: 'Voraussetzungen', mark: true},
      {text: ' <script>alert(1)</script>', mark: false},
    ]);
  });
});

describe('suggestion list', () => {
  const task = {id: '3988', name: 'AIP - Prüfen der Voraussetzungen', url: '/de/docs/x#task-3988', pageTitle: 'Adressieren'};
  const page = {url: '/de/docs/x', title: 'Adressieren', language: 'de', excerpt: [{text: '3988', mark: true}], sections: []};
  const all = {href: '/de/search?q=3988', label: 'Alle Ergebnisse'};

  test('tasks first, then pages, then all results', () => {
    const groups = searchOptionGroups('3988', {tasks: [task], pages: [page]}, all);
    expect(groups.map((g) => g.kind)).toEqual(['task', 'page', 'all']);
    expect(groups[0]!.options[0]).toEqual({kind: 'task', href: '/de/docs/x#task-3988', label: '3988 – AIP - Prüfen der Voraussetzungen', detail: 'Adressieren'});
    expect(groups[1]!.options[0]).toEqual({kind: 'page', href: '/de/docs/x', label: 'Adressieren', excerpt: page.excerpt, language: 'de'});
  });

  test('empty groups are left out; an empty query lists nothing', () => {
    expect(searchOptionGroups('zzz', {tasks: [], pages: []}, all).map((g) => g.kind)).toEqual(['all']);
    expect(searchOptionGroups(' ', {tasks: [task], pages: [page]}, all)).toEqual([]);
  });

  test('the results page keeps the query in the URL', () => {
    expect(resultsPageUrl('/de/search', ' AIP & Intune ')).toBe('/de/search?q=AIP%20%26%20Intune');
  });
});

describe('keyboard', () => {
  test('arrows move through the options and wrap; nothing to move through stays -1', () => {
    expect(nextActiveIndex(-1, 3, 'ArrowDown')).toBe(0);
    expect(nextActiveIndex(2, 3, 'ArrowDown')).toBe(0);
    expect(nextActiveIndex(-1, 3, 'ArrowUp')).toBe(2);
    expect(nextActiveIndex(0, 3, 'ArrowUp')).toBe(2);
    expect(nextActiveIndex(1, 3, 'ArrowUp')).toBe(0);
    expect(nextActiveIndex(0, 0, 'ArrowDown')).toBe(-1);
  });

  const key = (k: string, mods: Partial<{ctrlKey: boolean; metaKey: boolean; altKey: boolean}> = {}) => ({key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods});

  test('Ctrl+K and Cmd+K open search anywhere; "/" only when not typing', () => {
    expect(isSearchShortcut(key('k', {ctrlKey: true}), true)).toBe(true);
    expect(isSearchShortcut(key('K', {metaKey: true}), false)).toBe(true);
    expect(isSearchShortcut(key('/'), false)).toBe(true);
    expect(isSearchShortcut(key('/'), true)).toBe(false);
    expect(isSearchShortcut(key('k'), false)).toBe(false);
    expect(isSearchShortcut(key('k', {ctrlKey: true, altKey: true}), false)).toBe(false);
  });
});
