import {describe, expect, test} from 'vitest';
import {normalizePageName, normalizePagePath, parseLegacyLink, parseLegacyName} from '../legacyNames';

describe('normalizing DocFX page names', () => {
  test.each([
    ['x-partner-de.md', 'x'],
    ['x-de.md', 'x'],
    ['x-partner.md', 'x'],
    ['x.md', 'x'],
    ['x-partner-en.md', 'x'],
    ['l1l2l3-blocked-adoption-readiness-de.md', 'l1l2l3-blocked-adoption-readiness'],
    ['approach-get-modern-ftc-partner-de.md', 'approach-get-modern-ftc'],
    // Only trailing suffixes count: "partner" and "de" inside a name stay.
    ['partner-engagement-de.md', 'partner-engagement'],
    ['de-partner-notes.md', 'de-partner-notes'],
  ])('%s names page %s', (file, page) => {
    expect(normalizePageName(file)).toBe(page);
  });

  test('a page keeps its folder and gets the .md extension', () => {
    expect(normalizePagePath('blockers/x-partner-de.md')).toBe('blockers/x.md');
    expect(normalizePagePath('x-partner.md')).toBe('x.md');
    expect(normalizePagePath('guides\\Y-DE.md')).toBe('guides/y.md');
  });

  test('locale suffixes are the configured locales', () => {
    expect(parseLegacyName('x-partner-fr.md')).toEqual({page: 'x-partner-fr', locale: null, audience: null});
    expect(parseLegacyName('x-partner-fr.md', ['en', 'de', 'fr'])).toEqual({page: 'x', locale: 'fr', audience: 'partner'});
    expect(normalizePagePath('x-fr.md', ['en', 'fr'])).toBe('x.md');
    expect(normalizePagePath('x-de.md', ['en', 'fr'])).toBe('x-de.md');
  });

  test('links by file name keep their anchor', () => {
    expect(parseLegacyLink('x-partner-de.md#ftop-tasks')).toEqual({path: 'x-partner-de.md', page: 'x', locale: 'de', hash: '#ftop-tasks'});
    expect(parseLegacyLink('pathname:///de/docs/x')).toBeNull();
  });
});
