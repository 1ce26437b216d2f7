import {expect, test} from 'vitest';
import {languagesToMerge} from '../pagefind';

test("a locale bundle's other language indexes are merged beside the one Pagefind loads", () => {
  // /es/: Spanish pages, and English pages shown where no translation exists.
  expect(languagesToMerge({es: {page_count: 60}, en: {page_count: 5}}, 'es')).toEqual(['en']);
  // Pagefind matches the primary subtag: pt-BR pages load the pt index.
  expect(languagesToMerge({pt: {page_count: 60}, en: {page_count: 5}}, 'pt-BR')).toEqual(['en']);
  // Nothing translated yet: Pagefind loads the largest index, there is nothing to merge.
  expect(languagesToMerge({en: {page_count: 4}}, 'ja')).toEqual([]);
  expect(languagesToMerge({en: {page_count: 4}, fr: {page_count: 1}}, 'ja')).toEqual(['fr']);
  expect(languagesToMerge({de: {page_count: 4}}, 'de')).toEqual([]);
});
