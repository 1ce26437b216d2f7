import type {LinkReference, Root} from 'mdast';
import {SKIP, visit} from 'unist-util-visit';

/**
 * Removes the link definitions whose identifiers are given and shows the links that use them as
 * their text: a definition that reaches nothing must not reach Docusaurus's link checks, which
 * would fail the build without saying where.
 */
export function dropDefinitions(tree: Root, identifiers: ReadonlySet<string>): void {
  if (identifiers.size === 0) return;
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return undefined;
    const isDropped = node.type === 'definition' && identifiers.has(node.identifier);
    const isUser = node.type === 'linkReference' && identifiers.has((node as LinkReference).identifier);
    if (!isDropped && !isUser) return undefined;
    parent.children.splice(index, 1, ...(isUser ? (node as LinkReference).children : []));
    return [SKIP, index];
  });
}
