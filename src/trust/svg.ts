/**
 * Whether an SVG file is a passive picture: no script, no event handler, no reference to
 * anything outside the file. An SVG opened on its own (a link, "open image in new tab") is a
 * document on the site's origin and runs its scripts, so only passive ones are published.
 *
 * Parsed with parse5, an HTML parser, which reads `<svg>` as foreign content. Browsers read an
 * `.svg` file as XML; the constructs the two parsers read differently (doctype and entity
 * declarations, processing instructions, other encodings) are refused before parsing, and
 * every element and attribute anywhere in the tree is checked by its local name, so a
 * namespace prefix (`<x:script>`) hides nothing.
 */
import {parseFragment, type DefaultTreeAdapterMap} from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export type SvgVerdict = {passive: true} | {passive: false; reason: string; line: number};

/** Elements that run script, embed other documents, or change attributes over time (`<set href="javascript:…">`). */
const ACTIVE_ELEMENTS = new Set([
  'script', 'handler', 'listener', 'foreignobject', 'iframe', 'frame', 'embed', 'object', 'applet', 'a', 'set', 'animate',
  'animatemotion', 'animatetransform', 'animatecolor', 'discard', 'link', 'meta', 'base', 'form', 'input', 'button', 'audio', 'video',
]);

/** Attributes that name another resource; only a reference inside the file (`#id`) stays passive. */
const REFERENCE_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'data', 'codebase', 'background', 'ping']);

/** `<image>` and `<feImage>` may embed a raster picture in the file itself. */
const EMBEDDED_PICTURE = /^data:image\/(png|jpeg|gif|webp);base64,[a-z0-9+/=\s]*$/i;

const localName = (name: string) => name.slice(name.lastIndexOf(':') + 1).toLowerCase();

/** CSS that loads something from elsewhere (`url(https://…)`, `@import`) or runs script in old browsers. */
function externalCss(css: string): string | null {
  if (/@import/i.test(css)) return '@import';
  if (/expression\s*\(|behaviou?r\s*:|-moz-binding/i.test(css)) return 'a scripting CSS property';
  for (const match of css.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)/gi)) {
    if (!match[2]!.trim().startsWith('#')) return `url(${match[2]})`;
  }
  return null;
}

export function inspectSvg(text: string): SvgVerdict {
  const lineOf = (index: number) => text.slice(0, Math.max(0, index)).split('\n').length;
  const refuse = (reason: string, index: number): SvgVerdict => ({passive: false, reason, line: lineOf(index)});

  // What an XML parser reads but an HTML parser does not.
  const declaration = /^\uFEFF?\s*<\?xml\s[^?]*\?>/.exec(text);
  if (declaration && /encoding\s*=\s*["'](?!utf-8["']|us-ascii["'])/i.test(declaration[0])) return refuse('an encoding other than UTF-8', 0);
  const afterDeclaration = declaration ? declaration[0].length : 0;
  for (const [pattern, what] of [[/<!DOCTYPE/i, 'a DOCTYPE'], [/<!ENTITY/i, 'an entity declaration'], [/<\?/, 'a processing instruction'], [/\0/, 'NUL bytes (not UTF-8 text)']] as const) {
    const at = text.slice(afterDeclaration).search(pattern);
    if (at >= 0) return refuse(what, at + afterDeclaration);
  }

  const fragment = parseFragment(text, {sourceCodeLocationInfo: true});
  const found = findActive(fragment.childNodes);
  return found ? refuse(found.reason, found.offset) : {passive: true};
}

function findActive(nodes: readonly Node[]): {reason: string; offset: number} | null {
  for (const node of nodes) {
    if (!('tagName' in node)) continue;
    const element = node as Element;
    const offset = element.sourceCodeLocation?.startOffset ?? 0;
    const name = localName(element.tagName);
    if (ACTIVE_ELEMENTS.has(name)) return {reason: `a <${element.tagName}> element`, offset};
    for (const attribute of element.attrs) {
      const attributeName = localName(attribute.name);
      const value = attribute.value.trim();
      if (attributeName.startsWith('on')) return {reason: `an event handler (${attribute.name}="…")`, offset};
      if (REFERENCE_ATTRIBUTES.has(attributeName) && !value.startsWith('#') && !((name === 'image' || name === 'feimage') && EMBEDDED_PICTURE.test(value))) {
        return {reason: `a reference to another resource (${attribute.name}="${value.slice(0, 60)}")`, offset};
      }
      if (/^\s*(javascript|vbscript|data)\s*:/i.test(value) && !EMBEDDED_PICTURE.test(value)) return {reason: `a script address (${attribute.name})`, offset};
      const css = attributeName === 'style' ? externalCss(value) : null;
      if (css) return {reason: `CSS that loads ${css}`, offset};
    }
    if (name === 'style') {
      const css = externalCss(element.childNodes.map((child) => ('value' in child ? String(child.value) : '')).join(''));
      if (css) return {reason: `CSS that loads ${css}`, offset};
    }
    const template = (element as {content?: {childNodes: Node[]}}).content;
    const inner = findActive([...element.childNodes, ...(template ? template.childNodes : [])]);
    if (inner) return inner;
  }
  return null;
}
