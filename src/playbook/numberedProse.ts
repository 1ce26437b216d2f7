/**
 * Numbered prose written as an indented block. DocFX pages indent lists of questions by four
 * spaces (`    1. Is the customer waiting…?`), which CommonMark reads as a code block; the
 * author meant a numbered list. A block is such a list only when every line is an item of
 * prose, numbered in order, so real code (which has code characters, or unnumbered lines) is
 * never taken for one.
 */
import type {Code} from 'mdast';
import {stripZeroWidth} from './text';

/** `1. text` or `1) text`: the number, and the text after it. */
const NUMBERED_LINE = /^[ \t]*(\d{1,9})[.)][ \t]+(\S.*)$/;
/** Characters prose questions do not use and code does. */
const CODE_CHARACTERS = /[{}<>=;`$\\|]|&&/;

export interface NumberedProse {
  /** The first item's number. */
  start: number;
  /** Each item's text as written (trimmed, zero-width characters removed). */
  items: string[];
  /** Each item's line in the text, 0-based (blank lines between items are allowed). */
  lines: number[];
}

/** Whether an item's text reads as prose: it has words (letters of any script) and no code characters. */
export function isProseItem(text: string): boolean {
  return /\p{L}/u.test(text) && !CODE_CHARACTERS.test(text);
}

/**
 * The numbered list an indented block's text (its lines, indentation removed) spells out, or
 * null when any non-blank line is not the next numbered item of prose.
 */
export function readNumberedProse(text: string): NumberedProse | null {
  const lines = stripZeroWidth(text).split(/\r?\n/).flatMap((line, at) => (line.trim() === '' ? [] : [{line, at}]));
  if (lines.length === 0) return null;
  const items: string[] = [];
  let start = 0;
  for (const [i, {line}] of lines.entries()) {
    const match = NUMBERED_LINE.exec(line);
    if (!match) return null;
    const number = Number(match[1]);
    const item = match[2]!.trim();
    if (i === 0) start = number;
    else if (number !== start + i) return null;
    if (!isProseItem(item)) return null;
    items.push(item);
  }
  return {start, items, lines: lines.map((l) => l.at)};
}

/** Whether a code block is indented (not fenced): it spans exactly its lines, a fenced one has its fences too. */
export function isIndentedCode(code: Code): boolean {
  const {start, end} = code.position ?? {};
  return start !== undefined && end !== undefined && end.line - start.line + 1 === code.value.split(/\r?\n/).length;
}
