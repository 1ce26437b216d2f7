import {randomUUID} from 'node:crypto';
import type {Element, Properties, Root, RootContent} from 'hast';
import {sanitize, type Schema} from 'hast-util-sanitize';
import {find, html} from 'property-information';
import type {Plugin} from 'unified';
import type {Node} from 'unist';
import type {VFile} from 'vfile';
import {report} from '../../diagnostics';
import {SAFE_HTML_SCHEMA, STRIPPED_TAGS} from '../../trust/html';

/**
 * JSX nodes in a `.md` page are made by our remark plugins and Docusaurus (callouts,
 * videos, bundled images, the TOC export), never by authors: `.md` has no JSX syntax.
 */
const TRUSTED_TYPES = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm']);

// Stand-in for a trusted node while its surroundings are sanitized; unguessable, so
// raw HTML cannot forge one.
const SLOT = `playbook-slot-${randomUUID().slice(0, 8)}`;

/** The body's allowlist plus the slot that holds a trusted node's place while its surroundings are sanitised. */
function withSlot(schema: Schema): Schema {
  return {
    ...schema,
    tagNames: [...(schema.tagNames ?? []), SLOT],
    attributes: {...schema.attributes, [SLOT]: [['dataSlot', /^\d+$/]]},
  };
}

export interface SafeHtmlOptions {
  schema?: Schema;
}

/**
 * Reduces a page's HTML (raw HTML parsed by rehype-raw, and what Markdown made) to a
 * safe allowlist with hast-util-sanitize, leaving the JSX nodes of our plugins intact.
 * Everything removed is reported with file:line, so authors know what readers will miss.
 */
const rehypeSafeHtml: Plugin<[SafeHtmlOptions?], Root> = function (options = {}) {
  const schema = withSlot(options.schema ?? SAFE_HTML_SCHEMA);
  const shallowSchema: Schema = {...schema, ancestors: {}};

  return (tree, file) => {
    cleanChildren(tree, file);
  };

  /** Sanitizes `parent`'s content in place; trusted nodes are set aside and cleaned inside. */
  function cleanChildren(parent: {children: RootContent[]}, file: VFile): void {
    const trusted: RootContent[] = [];
    const slotted = parent.children.map((child) => setAside(child, trusted, file));
    for (const child of slotted) reportRemovals(child, file);
    const safe = sanitize({type: 'root', children: slotted}, schema) as Root;
    parent.children = safe.children.map((child) => putBack(child, trusted));
  }

  function setAside(node: RootContent, trusted: RootContent[], file: VFile): RootContent {
    if (TRUSTED_TYPES.has(node.type)) {
      if ('children' in node && Array.isArray(node.children)) cleanChildren(node as {children: RootContent[]}, file);
      trusted.push(node);
      return {type: 'element', tagName: SLOT, properties: {dataSlot: String(trusted.length - 1)}, children: []};
    }
    if (node.type === 'element') {
      return {...node, children: node.children.map((child) => setAside(child, trusted, file) as Element['children'][number])};
    }
    return node;
  }

  function putBack(node: RootContent, trusted: RootContent[]): RootContent {
    if (node.type !== 'element') return node;
    if (node.tagName === SLOT) return trusted[Number(node.properties.dataSlot)]!;
    node.children = node.children.map((child) => putBack(child, trusted) as Element['children'][number]);
    // A link whose URL was unsafe keeps its text, as text.
    if (node.tagName === 'a' && node.properties.href === undefined && !node.properties.id && !node.properties.name) {
      node.tagName = 'span';
    }
    return node;
  }

  /** Compares each element with what the sanitizer keeps of it alone, and says what goes. */
  function reportRemovals(node: RootContent, file: VFile): void {
    if (node.type !== 'element' || node.tagName === SLOT) return;
    const kept = sanitize({type: 'element', tagName: node.tagName, properties: node.properties, children: []}, shallowSchema);
    if (kept.type !== 'element') {
      const stripped = (STRIPPED_TAGS as readonly string[]).includes(node.tagName);
      report(
        file,
        'unsafe-html',
        stripped
          ? `Removed <${node.tagName}> and its content: pages may not embed scripts, styles, frames or forms.${node.tagName === 'iframe' ? ' For a video, write "> [!VIDEO https://www.youtube.com/embed/VIDEO_ID]".' : ''}`
          : `Removed the <${node.tagName}> tag (its content stays): it is not in the safe HTML allowlist (e.g. br, sup, sub, kbd, details/summary, img, tables).`,
        node as Node,
      );
      if (stripped) return;
    } else {
      const removed = removedProperties(node.properties, kept.properties);
      if (removed.length > 0) {
        report(
          file,
          'unsafe-html',
          `Removed ${removed.join(', ')} from <${node.tagName}>: event handlers, styles, classes and links other than http(s), mailto or relative are not allowed.`,
          node as Node,
        );
      }
    }
    for (const child of node.children) reportRemovals(child, file);
  }
};

function removedProperties(before: Properties, after: Properties): string[] {
  return Object.keys(before)
    .filter((key) => before[key] !== undefined && before[key] !== null && before[key] !== false)
    .filter((key) => String(after[key]) !== String(before[key]))
    .map((key) => {
      const attribute = find(html, key).attribute;
      const value = String(before[key]);
      return `${attribute}="${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
    });
}

export default rehypeSafeHtml;
