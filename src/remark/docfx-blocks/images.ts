import type {Image, Link, Paragraph, PhrasingContent, Root, Text} from 'mdast';
import type {Point, Position} from 'unist';
import type {VFile} from 'vfile';
import {toString} from 'mdast-util-to-string';
import {visit} from 'unist-util-visit';
import {IMAGE_ATTRIBUTES, IMAGE_END, IMAGE_OPENING, IMAGE_TYPES, isImageType, readImageBlock} from '../../playbook/docfxBlocks';
import {report} from '../../diagnostics';

const EXAMPLE = ':::image type="content" source="media/x.png" alt-text="What the image shows":::';

/**
 * `:::image type="content" source="…" alt-text="…":::` becomes a Markdown image, so it goes
 * through the same resolution as `![alt](src)` after it: next to the page (or the include
 * file that holds it), the default-locale fallback, and an error when it is nowhere. It may
 * stand alone, share a paragraph, or sit in a list item. `type="complex"` keeps its long
 * description as text; the closing `:::image-end:::` goes. Anything unreadable stays as written,
 * with a warning.
 */
export function expandImageBlocks(tree: Root, file: VFile): void {
  visit(tree, 'paragraph', (paragraph, index, parent) => {
    if (!paragraph.children.some((c) => c.type === 'text' && c.value.includes(IMAGE_OPENING))) return undefined;
    expandParagraph(paragraph, file);
    // A paragraph that held only `:::image-end:::` is empty now.
    if (parent && index !== undefined && paragraph.children.every((c) => c.type === 'text' && c.value.trim() === '')) {
      parent.children.splice(index, 1);
      return index;
    }
    return undefined;
  });
}

function expandParagraph(paragraph: Paragraph, file: VFile): void {
  const children = paragraph.children;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.type !== 'text') continue;
    const at = child.value.indexOf(IMAGE_OPENING);
    if (at < 0) continue;
    if (child.value.startsWith(IMAGE_END, at)) {
      // The marker goes with the line break before it (or, first on its line, the one after it).
      const before = child.value.slice(0, at);
      const after = child.value.slice(at + IMAGE_END.length);
      child.value = /\n[ \t]*$/.test(before) ? before.replace(/\n[ \t]*$/, '') + after : before + after.replace(/^[ \t]*\n/, '');
      i -= 1; // look at the same text again
      continue;
    }
    // The block may run over several nodes (emphasis or a link in the alt text): read their text.
    const rest = children.slice(i + 1);
    const ends: number[] = [];
    let flat = child.value.slice(at);
    ends.push(flat.length);
    for (const node of rest) ends.push((flat += toString(node)).length);
    const block = readImageBlock(flat);
    const k = block ? ends.findIndex((end) => end >= block.length) : -1;
    const last = k > 0 ? children[i + k] : child;
    if (!block || last?.type !== 'text') {
      report(file, 'docfx-image', `"${IMAGE_OPENING}" is not closed by ":::" or has an attribute not written name="value"; it is shown as written. Write ${EXAMPLE}`, shiftedPosition(child, at));
      continue;
    }
    const endInLast = k === 0 ? at + block.length : last.value.length - (ends[k]! - block.length);
    const before = child.value.slice(0, at);
    const after = last.value.slice(endInLast);
    const position = shiftedPosition(child, at);
    const image = imageOf(block.attributes, position, child, file);
    if (!image) continue;
    const replacement: PhrasingContent[] = [
      ...(before ? [{...child, value: before} satisfies Text] : []),
      image,
      ...(after ? [{...last, value: after} satisfies Text] : []),
    ];
    children.splice(i, k + 1, ...replacement);
    i += before ? 1 : 0;
  }
}

/** The image (in a link to its large version with `lightbox`), or null after reporting why not. */
function imageOf(attributes: Record<string, string>, position: Position | undefined, from: Text, file: VFile): Image | Link | null {
  const source = attributes.source?.trim();
  if (!source) {
    report(file, 'docfx-image', `:::image needs source="…", the image's path; it is shown as written. Write ${EXAMPLE}`, position);
    return null;
  }
  const unknown = Object.keys(attributes).filter((name) => !(IMAGE_ATTRIBUTES as readonly string[]).includes(name));
  if (unknown.length > 0) {
    report(file, 'docfx-image', `:::image attribute${unknown.length > 1 ? 's' : ''} ${unknown.map((n) => `"${n}"`).join(', ')} ${unknown.length > 1 ? 'are' : 'is'} not read; known: ${IMAGE_ATTRIBUTES.join(', ')}.`, position);
  }
  const type = attributes.type?.toLowerCase() ?? '';
  if (!isImageType(type)) {
    report(file, 'docfx-image', `:::image ${type ? `type "${attributes.type}" is unknown` : 'has no type'}; it is shown as type="content". Use ${IMAGE_TYPES.map((t) => `type="${t}"`).join(', ')}.`, position);
  }
  const alt = type === 'icon' ? '' : attributes['alt-text']?.trim() ?? '';
  if (type !== 'icon' && !alt) {
    report(file, 'docfx-image', `:::image needs alt-text="…", what the image shows, for readers who cannot see it (or type="icon" for a decorative image).`, position);
  }
  // Origin data (the include file it came from) stays with the image, so its path resolves from there.
  const data = from.data ? {data: {...from.data}} : {};
  const image: Image = {type: 'image', url: source, alt, position, ...data};
  const lightbox = attributes.lightbox?.trim();
  return lightbox ? {type: 'link', url: lightbox, children: [image], position, ...data} : image;
}

/** Where the block starts inside a text node (columns are exact on the node's first line). */
function shiftedPosition(node: Text, at: number): Position | undefined {
  if (!node.position) return undefined;
  const start = shift(node.position.start, node.value.slice(0, at));
  return {start, end: node.position.end};
}

function shift(point: Point, text: string): Point {
  const lines = text.split('\n');
  const offset = point.offset === undefined ? undefined : point.offset + text.length;
  if (lines.length === 1) return {line: point.line, column: point.column + text.length, offset};
  return {line: point.line + lines.length - 1, column: lines.at(-1)!.length + 1, offset};
}
