import type {BlockContent, DefinitionContent, Paragraph, PhrasingContent} from 'mdast';
import type {MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import type {Position} from 'unist';
import {toString} from 'mdast-util-to-string';

/**
 * Builders for the JSX elements the plugins emit. Docusaurus renders them in `.md`
 * pages too; the components are registered in `src/theme/MDXComponents.tsx`.
 */
export function jsxFlow(
  name: string,
  attributes: Record<string, string | undefined>,
  children: Array<BlockContent | DefinitionContent>,
  position?: Position,
): MdxJsxFlowElement {
  return {type: 'mdxJsxFlowElement', name, attributes: toAttributes(attributes), children, position};
}

export function jsxText(
  name: string,
  attributes: Record<string, string | undefined>,
  children: PhrasingContent[] = [],
  position?: Position,
): MdxJsxTextElement {
  return {type: 'mdxJsxTextElement', name, attributes: toAttributes(attributes), children, position};
}

function toAttributes(attributes: Record<string, string | undefined>): MdxJsxAttribute[] {
  return Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ({type: 'mdxJsxAttribute', name, value}));
}

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
