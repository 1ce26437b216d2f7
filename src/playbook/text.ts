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
