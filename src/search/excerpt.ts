/**
 * Pagefind excerpts are page text with matches wrapped in `<mark>`; the text itself is not
 * HTML-escaped. They are split into plain segments and rendered as text, never as HTML,
 * because page content comes from pull requests.
 */
export interface ExcerptSegment {
  text: string;
  mark: boolean;
}

/**
 * Markdown table syntax shown in code blocks (the authoring guide's examples) reads as noise in
 * an excerpt: delimiter rows (`| --- | :-: |`) go, and cell bars become spaces.
 */
export function withoutTablePipes(text: string): string {
  return text
    .replace(/\|?(?:\s*:?-{2,}:?\s*\|)+(?:\s*:?-{2,}:?)?/g, ' ')
    .replace(/\s*\|\s*/g, ' ')
    .replace(/\s{2,}/g, ' ');
}

export function excerptSegments(excerpt: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  let mark = false;
  for (const part of excerpt.split(/(<\/?mark>)/)) {
    if (part === '<mark>') mark = true;
    else if (part === '</mark>') mark = false;
    else if (part) {
      const text = withoutTablePipes(part);
      if (text.trim() || !mark) segments.push({text, mark});
    }
  }
  return segments;
}
