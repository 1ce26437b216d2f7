import fs from 'node:fs';
import path from 'node:path';
import type {Image, Link, Root} from 'mdast';
import type {Plugin} from 'unified';
import type {VFile} from 'vfile';
import {SKIP, visit} from 'unist-util-visit';
import {defaultLocaleCounterpart, findRelativeFile} from '../../content/contentTree';
import {DEFAULT_LOCALE} from '../../playbook/locales';
import {report} from '../../diagnostics';

export interface ImagesOptions {
  siteDir: string;
  defaultLocale?: string;
}

const IMAGE_EXTENSION = /\.(png|jpe?g|gif|svg|webp|avif|bmp|ico)$/i;
// Links to pages are the link plugins' business; anything else with an extension is a file.
const PAGE_EXTENSION = /\.(mdx?|html?)$/i;

/**
 * Images (and links to local files) named relative to the page, like `media/x.png`.
 * A translated page may use a file only the default locale's folder has: the URL is
 * pointed there (`@site/docs/…`) before Docusaurus's transformImage resolves it. An image
 * found nowhere is an error with file:line.
 */
const remarkImages: Plugin<[ImagesOptions], Root> = function (options) {
  const defaultLocale = options.defaultLocale ?? DEFAULT_LOCALE;
  const relative = (file: string) => path.relative(options.siteDir, file).split(path.sep).join('/');

  return (tree, file) => {
    visit(tree, (node, index, parent) => {
      if (node.type !== 'image' && node.type !== 'link') return undefined;
      const local = localPath(node.url);
      if (!local) return undefined;
      const isImage = node.type === 'image' || IMAGE_EXTENSION.test(local.path);
      if (node.type === 'link' && (PAGE_EXTENSION.test(local.path) || !path.extname(local.path))) return undefined;

      const found = findRelativeFile(options.siteDir, file.path, local.path, defaultLocale);
      if (found?.fromDefaultLocale) {
        node.url = `@site/${encodePath(relative(found.path))}${local.suffix}`;
        return undefined;
      }
      if (found || !isImage) return undefined;

      reportMissing(node, local.path, file);
      if (node.type === 'image' && parent && index !== undefined) {
        // Docusaurus would stop at the first broken image with its own message; ours names them all.
        parent.children.splice(index, 1, {type: 'text', value: node.alt ?? '', position: node.position});
        return [SKIP, index + 1];
      }
      return undefined;
    });
  };

  function reportMissing(node: Image | Link, target: string, file: VFile): void {
    const own = path.resolve(path.dirname(file.path), target);
    const counterpart = defaultLocaleCounterpart(options.siteDir, file.path, defaultLocale);
    const places = [own, ...(counterpart ? [path.resolve(path.dirname(counterpart), target)] : [])];
    const hint = places.map(caseMismatch).find(Boolean);
    const what = node.type === 'image' ? 'Image' : 'Linked image';
    report(
      file,
      'image',
      `${what} "${node.url}" not found: looked for ${places.map(relative).join(' and ')}.` +
        (hint ? ` A file differs only in letter case: ${relative(hint)}; file names are case-sensitive.` : ' Add the image or fix the path; it is relative to the page.'),
      node,
    );
  }
};

/** The file path of a page-relative URL, plus the `?query#hash` to keep; null for other URLs. */
function localPath(url: string): {path: string; suffix: string} | null {
  if (!url || /^[a-z][a-z0-9+.-]*:/i.test(url) || /^[/#?@\\]/.test(url)) return null;
  const cut = url.search(/[?#]/);
  const bare = cut < 0 ? url : url.slice(0, cut);
  if (!bare) return null;
  try {
    return {path: decodeURIComponent(bare), suffix: cut < 0 ? '' : url.slice(cut)};
  } catch {
    return {path: bare, suffix: cut < 0 ? '' : url.slice(cut)};
  }
}

function encodePath(relativePath: string): string {
  return relativePath.split('/').map(encodeURIComponent).join('/');
}

function caseMismatch(wanted: string): string | undefined {
  try {
    const name = path.basename(wanted).toLowerCase();
    const match = fs.readdirSync(path.dirname(wanted)).find((entry) => entry.toLowerCase() === name);
    return match ? path.join(path.dirname(wanted), match) : undefined;
  } catch {
    return undefined;
  }
}

export default remarkImages;
