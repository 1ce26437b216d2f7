import type {Element, ElementContent, Root} from 'hast';
import type {Plugin} from 'unified';
import {visit} from 'unist-util-visit';
import {tocEntryHtml} from '../../trust/html';

/** Estree shapes of the `export const toc = [{value, id, level}, …]` Docusaurus writes. */
interface Literal {
  type: 'Literal';
  value: unknown;
  raw?: string;
}
interface Property {
  type: 'Property';
  key: {type: string; value?: unknown; name?: string};
  value: Literal | {type: string};
}
interface EstreeNode {
  type: string;
  [key: string]: unknown;
}

const HEADING = /^h[2-6]$/;

/**
 * Docusaurus builds each table-of-contents entry from the Markdown heading's *source*,
 * raw HTML included (`## Step <img src=x onerror=…>`), and the theme inserts it as HTML.
 * This rewrites every entry from the heading as the page shows it, after the sanitiser,
 * reduced to text-level formatting: the TOC never holds more than the page itself.
 * Runs after `safe-html`; a page without a TOC export (the linter) is left alone.
 */
const rehypeSafeToc: Plugin<[], Root> = function () {
  return (tree) => {
    const headings = new Map<string, ElementContent[]>();
    visit(tree, 'element', (node: Element) => {
      const id = node.properties.id;
      if (HEADING.test(node.tagName) && typeof id === 'string' && !headings.has(id)) headings.set(id, withoutJsx(node.children));
    });
    for (const node of tree.children) {
      if (node.type !== 'mdxjsEsm') continue;
      walk(node.data?.estree as EstreeNode | undefined, (entry) => {
        const value = property(entry, 'value');
        const id = property(entry, 'id');
        if (!value || !id || typeof id.value !== 'string' || typeof value.value !== 'string') return;
        // A heading the sanitiser removed entirely has no entry left to show.
        value.value = tocEntryHtml(headings.get(id.value) ?? []);
        delete value.raw;
      });
    }
  };
};

/** Components inside a heading (a date, a link to another locale) count as their text. */
function withoutJsx(children: readonly ElementContent[]): ElementContent[] {
  return children.flatMap((child): ElementContent[] => {
    const type = (child as {type: string}).type;
    if (type === 'mdxJsxTextElement' || type === 'mdxJsxFlowElement') {
      return withoutJsx((child as unknown as {children: ElementContent[]}).children);
    }
    if (type === 'element') return [{...(child as Element), children: withoutJsx((child as Element).children)}];
    return type === 'text' ? [child] : [];
  });
}

function property(entry: EstreeNode, name: string): Literal | null {
  const properties = entry.properties as Property[];
  const found = properties.find((p) => p.type === 'Property' && (p.key.value === name || p.key.name === name));
  return found?.value.type === 'Literal' ? (found.value as Literal) : null;
}

/** Calls `onEntry` for every object literal with `value`, `id` and `level` keys. */
function walk(node: EstreeNode | undefined, onEntry: (entry: EstreeNode) => void): void {
  if (!node || typeof node !== 'object') return;
  if (node.type === 'ObjectExpression') {
    const keys = (node.properties as Property[]).map((p) => p.key?.value ?? p.key?.name);
    if (keys.includes('value') && keys.includes('id') && keys.includes('level')) onEntry(node);
  }
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const item of value) walk(item as EstreeNode, onEntry);
    else if (value && typeof value === 'object' && 'type' in value) walk(value as EstreeNode, onEntry);
  }
}

export default rehypeSafeToc;
