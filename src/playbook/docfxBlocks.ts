/**
 * DocFX block markers other than callouts: `[!INCLUDE]`, `[!VIDEO]`, `[!div]` and `:::image`,
 * each read by its own remark plugin (includes, docfx-blocks). Callouts are in `callouts.ts`.
 */

/** Markers that open a DocFX block but are no callout. */
export const DOCFX_BLOCK_MARKERS = ['INCLUDE', 'VIDEO', 'DIV'] as const;

export function isDocfxBlockMarker(marker: string): boolean {
  return (DOCFX_BLOCK_MARKERS as readonly string[]).includes(marker.toUpperCase());
}

/**
 * `[!INCLUDE [title](path.md)]` parses as text `[!INCLUDE `, a link and text `]`:
 * the opening must end its text node, the closing must start the next one.
 */
export const INCLUDE_OPENING = /\[!INCLUDE\s*$/i;
export const INCLUDE_CLOSING = /^\]/;
/** Any `[!INCLUDE` in text, to catch includes written without a link. */
export const INCLUDE_MENTION = /\[!INCLUDE\b/i;

/** `[!VIDEO https://…]` at the start of a block quote; the URL is everything up to `]`. */
const VIDEO_MARKER_PATTERN = /^\s*\[!VIDEO(?:\s+([^\]\s]*))?\s*\]/i;

/** `[!div class="nextstepaction"]`; quotes optional, any case. */
const DIV_MARKER_PATTERN = /^\s*\[!DIV(?:\s+class\s*=\s*(?:"([^"\]]*)"|'([^'\]]*)'|([^\s\]]+)))?\s*\]/i;

/** The `[!div]` classes the playbook renders: a link shown as a next-step button, a list as a checklist. */
export const NEXT_STEP_CLASS = 'nextstepaction';
export const CHECKLIST_CLASS = 'checklist';
export const DIV_CLASSES = [NEXT_STEP_CLASS, CHECKLIST_CLASS] as const;

/** Reads a leading `[!VIDEO url]`; `url` is empty when the author left it out. */
export function readVideoMarker(text: string): {url: string; length: number} | null {
  const match = VIDEO_MARKER_PATTERN.exec(text);
  return match ? {url: match[1] ?? '', length: match[0].length} : null;
}

/** Reads a leading `[!div class="…"]`; `className` is lower-cased and empty when missing. */
export function readDivMarker(text: string): {className: string; length: number} | null {
  const match = DIV_MARKER_PATTERN.exec(text);
  if (!match) return null;
  const className = (match[1] ?? match[2] ?? match[3] ?? '').trim().toLowerCase();
  return {className, length: match[0].length};
}

/**
 * Hosts whose players may be embedded as an iframe, with the paths that are players
 * (not arbitrary pages): YouTube embeds and Microsoft's video hosts. HTTPS only. `frames` are
 * the same hosts as Content-Security-Policy sources (`frame-src`).
 */
export const VIDEO_HOSTS: ReadonlyArray<{label: string; host: RegExp; path: RegExp; frames: readonly string[]}> = [
  {label: 'YouTube (/embed/…)', host: /^(www\.)?youtube(-nocookie)?\.com$/, path: /^\/embed\/[\w-]+$/, frames: ['https://youtube.com', 'https://www.youtube.com', 'https://youtube-nocookie.com', 'https://www.youtube-nocookie.com']},
  {label: 'microsoft.com/videoplayer/embed', host: /^(www\.)?microsoft\.com$/, path: /^(\/[a-z]{2}-[a-z]{2})?\/videoplayer\/embed\/[\w-]+$/i, frames: ['https://microsoft.com', 'https://www.microsoft.com']},
  {label: 'learn-video.azurefd.net', host: /^learn-video\.azurefd\.net$/, path: /^\/vod\/player$/, frames: ['https://learn-video.azurefd.net']},
  {label: 'Microsoft Stream (/embed/video/…)', host: /^([\w-]+\.)?microsoftstream\.com$/, path: /^\/embed\/video\/[\w-]+$/, frames: ['https://microsoftstream.com', 'https://*.microsoftstream.com']},
  {label: 'Channel 9 (…/player)', host: /^channel9\.msdn\.com$/, path: /\/player$/, frames: ['https://channel9.msdn.com']},
];

/** The URL of an embeddable player, or null for any other address. */
export function embeddableVideoUrl(url: string): URL | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password || parsed.port) return null;
  const allowed = VIDEO_HOSTS.some((h) => h.host.test(parsed.hostname) && h.path.test(parsed.pathname));
  return allowed ? parsed : null;
}

export function videoHostList(): string {
  return VIDEO_HOSTS.map((h) => h.label).join(', ');
}

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
