import type {Heading, Root} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {EXIT, visit} from 'unist-util-visit';
import {cleanText} from './text';

/**
 * A page's title is its H1, in the page's own language. DocFX front-matter `title`
 * is English boilerplate even on German pages, so it only feeds metadata. Same rule
 * as Docusaurus's content title: the first heading, if it is an H1 above any `---`.
 */
export function findPageTitle(tree: Root): {title: string; heading: Heading} | null {
  let found: Heading | null = null;
  visit(tree, (node) => {
    if (node.type === 'thematicBreak') return EXIT;
    if (node.type !== 'heading') return undefined;
    if (node.depth === 1) found = node;
    return EXIT;
  });
  const heading = found as Heading | null;
  const title = heading ? cleanText(toString(heading)) : '';
  return heading && title ? {title, heading} : null;
}
