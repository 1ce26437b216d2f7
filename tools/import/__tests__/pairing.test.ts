import {describe, expect, test} from 'vitest';
import {selectPages} from '../pairing';

const locales = ['en', 'de', 'fr'];

describe('choosing the file that becomes each page', () => {
  test('every DocFX spelling of a page becomes the same page path', () => {
    for (const file of ['x-partner-de.md', 'x-de.md', 'x-partner.md', 'x.md']) {
      expect(selectPages([file], 'de', {locales}).pages).toEqual([{source: file, target: 'x.md'}]);
    }
  });

  test('an English page beside its German translation is a duplicate, not a page', () => {
    const selection = selectPages(
      ['l1l2l3-blocked-adoption-readiness.md', 'l1l2l3-blocked-adoption-readiness-de.md', 'index.md'],
      'de',
      {locales},
    );
    expect(selection.pages).toEqual([
      {source: 'index.md', target: 'index.md'},
      {source: 'l1l2l3-blocked-adoption-readiness-de.md', target: 'l1l2l3-blocked-adoption-readiness.md'},
    ]);
    expect(selection.duplicates).toEqual([
      {source: 'l1l2l3-blocked-adoption-readiness.md', localized: 'l1l2l3-blocked-adoption-readiness-de.md'},
    ]);
  });

  test('a file that says it is English is a duplicate beside the German one', () => {
    const selection = selectPages(['s-partner-en.md', 's-partner-de.md'], 'de', {locales});
    expect(selection.pages).toEqual([{source: 's-partner-de.md', target: 's.md'}]);
    expect(selection.duplicates).toEqual([{source: 's-partner-en.md', localized: 's-partner-de.md'}]);
  });

  test('a file of another language with no translation is imported and reported', () => {
    const selection = selectPages(['only-english.md', 'y-partner-en.md'], 'de', {locales});
    expect(selection.pages.map((p) => p.source)).toEqual(['only-english.md', 'y-partner-en.md']);
    expect(selection.foreign).toEqual([{source: 'y-partner-en.md', claims: 'en'}]);
    expect(selection.duplicates).toEqual([]);
  });

  test('two translations of one page: the one toc.yml links keeps the name, the other is renamed, none is lost', () => {
    const files = ['ftc-de.md', 'ftc-partner-de.md'];
    const byToc = selectPages(files, 'de', {locales, tocFiles: new Set(['ftc-de.md'])});
    expect(byToc.pages).toEqual([
      {source: 'ftc-partner-de.md', target: 'ftc-2.md'},
      {source: 'ftc-de.md', target: 'ftc.md'},
    ]);
    expect(byToc.renamed).toEqual([{source: 'ftc-partner-de.md', target: 'ftc-2.md', sameNameAs: 'ftc-de.md'}]);

    // Without toc.yml the DocFX audience form (x-partner-de.md) keeps the name.
    const byAudience = selectPages(files, 'de', {locales});
    expect(byAudience.pages).toEqual([
      {source: 'ftc-de.md', target: 'ftc-2.md'},
      {source: 'ftc-partner-de.md', target: 'ftc.md'},
    ]);
  });

  test('a renamed page never takes the name of another page', () => {
    const selection = selectPages(['a-de.md', 'a-partner-de.md', 'a-2.md'], 'de', {locales, takenTargets: new Set(['a-3.md'])});
    expect(selection.pages.map((p) => p.target).sort()).toEqual(['a-2.md', 'a-4.md', 'a.md']);
  });

  test('pages keep their folder; pages in different folders are different pages', () => {
    const selection = selectPages(['one/x-de.md', 'two/x-partner-de.md'], 'de', {locales});
    expect(selection.pages).toEqual([
      {source: 'one/x-de.md', target: 'one/x.md'},
      {source: 'two/x-partner-de.md', target: 'two/x.md'},
    ]);
  });

  test('the default locale takes unsuffixed files as its own', () => {
    const selection = selectPages(['x.md', 'y-partner.md'], 'en', {locales});
    expect(selection.pages).toEqual([{source: 'x.md', target: 'x.md'}, {source: 'y-partner.md', target: 'y.md'}]);
    expect(selection.duplicates).toEqual([]);
    expect(selection.foreign).toEqual([]);
  });
});
