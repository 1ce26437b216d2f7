/**
 * DocFX's image extension: `:::image type="content" source="media/x.png" alt-text="…":::`.
 * `type="complex"` is followed by a long description and closed by `:::image-end:::`.
 */
export const IMAGE_TYPES = ['content', 'icon', 'complex'] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];

/** Attributes the site reads; `border` and `loc-scope` only steer DocFX's own rendering. */
export const IMAGE_ATTRIBUTES = ['type', 'source', 'alt-text', 'lightbox', 'border', 'loc-scope'] as const;

export const IMAGE_OPENING = ':::image';
export const IMAGE_END = ':::image-end:::';

/** `:::image` and its attributes up to the closing `:::`; attribute values in double quotes. */
const IMAGE_BLOCK = /^:::image((?:\s+[\w-]+\s*=\s*"[^"]*")*)\s*:::/i;
const ATTRIBUTE = /([\w-]+)\s*=\s*"([^"]*)"/g;

export interface ImageBlock {
  /** Attributes by lower-cased name, as written. */
  attributes: Record<string, string>;
  /** Characters from `:::image` through the closing `:::`. */
  length: number;
}

/** Reads an image block at the start of `text`; null when it is not one (or not closed). */
export function readImageBlock(text: string): ImageBlock | null {
  const match = IMAGE_BLOCK.exec(text);
  if (!match) return null;
  const attributes: Record<string, string> = {};
  for (const [, name, value] of match[1]!.matchAll(ATTRIBUTE)) attributes[name!.toLowerCase()] = value!;
  return {attributes, length: match[0].length};
}

export function isImageType(value: string): value is ImageType {
  return (IMAGE_TYPES as readonly string[]).includes(value);
}
