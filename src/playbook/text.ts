/**
 * Invisible characters the corpus is littered with (zero-width space, stray BOM). They
 * carry no meaning in the playbook and would otherwise end up in heading IDs and search.
 */
export const ZERO_WIDTH_PATTERN = /[\u200B\uFEFF]/g;

export function stripZeroWidth(text: string): string {
  return text.replace(ZERO_WIDTH_PATTERN, '');
}

/** Text as a reader sees it (a cell, a heading): no zero-width characters, single spaces, trimmed. */
export function cleanText(text: string): string {
  return stripZeroWidth(text).replace(/\s+/g, ' ').trim();
}

/**
 * The one fold every text search of the playbook uses (task catalog, search suggestions, a
 * page's task filter): lower case, accents dropped, full-width forms as ASCII. "prufen" finds
 * "Prüfen" and "３９８８" finds "3988"; Japanese kana keep their voicing marks (ガ is not カ).
 */
export function foldForMatch(text: string): string {
  return stripZeroWidth(text).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').toLowerCase();
}

/** A query's words, folded; punctuation separates words ("AIP-Prüfen" is "aip", "prufen"). */
export function matchWords(query: string): string[] {
  return foldForMatch(query).split(/[^\p{L}\p{N}\p{M}]+/u).filter(Boolean);
}

/** Whether folded text holds every word, anywhere in it (Japanese and Chinese put no spaces between words). */
export function containsAllWords(folded: string, words: readonly string[]): boolean {
  return words.every((word) => folded.includes(word));
}
