/**
 * What HTML from content may hold, defined once: the allowlist the page body is reduced to,
 * and the smaller one for table-of-contents entries, which the theme inserts as HTML.
 */
import type {ElementContent, Root} from 'hast';
import {defaultSchema, sanitize, type Schema} from 'hast-util-sanitize';
import {toHtml} from 'hast-util-to-html';

/** Dropped with everything inside: their content is code or a whole other document. */
export const STRIPPED_TAGS = ['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'template', 'noscript', 'textarea', 'select'] as const;

/**
 * What raw HTML and Markdown may produce in a page: GitHub's allowlist (hast-util-sanitize's
 * default) plus a few harmless tags authors use, the properties Docusaurus needs on code
 * blocks, and IDs kept as written (no `user-content-` prefix) so heading anchors, the TOC
 * and authors' own anchors still match. URLs: http(s), mailto and relative only.
 */
export const SAFE_HTML_SCHEMA: Schema = {
  ...defaultSchema,
  clobberPrefix: '',
  strip: [...STRIPPED_TAGS],
  tagNames: [
    ...(defaultSchema.tagNames ?? []),
    'abbr', 'caption', 'cite', 'col', 'colgroup', 'dfn', 'figcaption', 'figure', 'mark', 'small', 'time', 'u', 'wbr',
  ],
  attributes: {
    ...defaultSchema.attributes,
    // `name` only on links (old-style anchors): on images it would shadow `document` properties.
    // `aria-current="page"` marks a link to the page it is on (a blocker's own status).
    '*': (defaultSchema.attributes?.['*'] ?? []).filter((property) => property !== 'name'),
    a: [...(defaultSchema.attributes?.a ?? []), 'name', ['ariaCurrent', 'page']],
    code: [...(defaultSchema.attributes?.code ?? []), 'metastring', 'live'],
  },
};

/**
 * A table-of-contents entry is itself a link in the page's sidebar: text-level formatting
 * only, without attributes (no IDs to duplicate, no nested links, no images).
 */
export const TOC_SCHEMA: Schema = {
  strip: [...STRIPPED_TAGS],
  tagNames: ['code', 'em', 'strong', 'b', 'i', 'u', 'del', 's', 'sup', 'sub', 'kbd', 'mark', 'small', 'abbr', 'dfn', 'cite', 'time', 'span'],
  attributes: {},
  protocols: {},
  ancestors: {},
  required: {},
  clobber: [],
  clobberPrefix: '',
};

/** The HTML string of a TOC entry from a heading's already sanitised children. */
export function tocEntryHtml(children: readonly ElementContent[]): string {
  const safe = sanitize({type: 'root', children: [...children]}, TOC_SCHEMA) as Root;
  return toHtml(safe).trim();
}
