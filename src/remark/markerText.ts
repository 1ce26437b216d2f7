import type {Paragraph} from 'mdast';
import {toString} from 'mdast-util-to-string';

/**
 * Removes the first `length` characters of a paragraph's text (a marker such as
 * `[!NOTE]` or `[!VIDEO https://…]`, which GFM may have split into text and an autolink),
 * then the spaces and the line break after it.
 */
export function dropLeadingText(paragraph: Paragraph, length: number): void {
  let left = length;
  while (left > 0 && paragraph.children.length > 0) {
    const first = paragraph.children[0]!;
    const size = toString(first).length;
    if (first.type === 'text' && size > left) {
      first.value = first.value.slice(left);
      left = 0;
    } else {
      paragraph.children.shift();
      left -= size;
    }
  }
  const first = paragraph.children[0];
  if (first?.type === 'text') {
    first.value = first.value.replace(/^[ \t]*(\r?\n)?/, '');
    if (first.value === '') paragraph.children.shift();
  }
  if (paragraph.children[0]?.type === 'break') paragraph.children.shift();
}
