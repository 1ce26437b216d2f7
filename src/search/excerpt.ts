/**
 * Pagefind excerpts are page text with matches wrapped in `<mark>`; the text itself is not
 * HTML-escaped. They are split into plain segments and rendered as text, never as HTML,
 * because page content comes from pull requests.
 */
export interface ExcerptSegment {
  text: string;
  mark: boolean;
}

export function excerptSegments(excerpt: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  let mark = false;
  for (const part of excerpt.split(/(<\/?mark>)/)) {
    if (part === '<mark>') mark = true;
    else if (part === '</mark>') mark = false;
    else if (part) segments.push({text: part, mark});
  }
  return segments;
}
