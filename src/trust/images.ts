/**
 * Whether an image file is what its name says: a `.png` holding HTML or an SVG is refused
 * (browsers and hosts may sniff it), and so is a file the bundler would fail on, which made
 * Docusaurus print the file's bytes, base64-encoded, into the build log.
 */
import {imageSize} from 'image-size';
import {inspectSvg} from './svg';

/** image-size's type names for each raster extension. */
const RASTER_TYPES: Record<string, readonly string[]> = {
  png: ['png'], jpg: ['jpg'], jpeg: ['jpg'], gif: ['gif'], webp: ['webp'], bmp: ['bmp'], ico: ['ico', 'cur'], avif: ['heif', 'avif'],
};

export type ImageVerdict = {ok: true} | {ok: false; reason: string; line?: number};

/** Checks an image's bytes against its extension; SVG must also be passive (see `inspectSvg`). */
export function checkImageBytes(extension: string, bytes: Uint8Array): ImageVerdict {
  const ext = extension.toLowerCase();
  if (ext === 'svg') {
    const verdict = inspectSvg(Buffer.from(bytes).toString('utf8'));
    return verdict.passive ? {ok: true} : {ok: false, reason: `the SVG holds ${verdict.reason}`, line: verdict.line};
  }
  const expected = RASTER_TYPES[ext];
  if (!expected) return {ok: false, reason: `".${ext}" is not an image type`};
  let type: string | undefined;
  try {
    type = imageSize(bytes).type;
  } catch {
    type = undefined;
  }
  return type && expected.includes(type) ? {ok: true} : {ok: false, reason: `the file is not a ${ext.toUpperCase()} image${type ? ` (it is ${type.toUpperCase()})` : ''}`};
}
