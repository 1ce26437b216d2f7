import fs from 'node:fs';
import path from 'node:path';
import type {Image, Link, Root} from 'mdast';
import type {Plugin} from 'unified';
import type {VFile} from 'vfile';
import {SKIP, visit} from 'unist-util-visit';
import {defaultLocaleCounterpart, findRelativeFile, resolveFrom} from '../../content/contentTree';
import {encodeUrlPath, parseLocalReference} from '../../content/contentUrl';
import {DEFAULT_LOCALE} from '../../playbook/locales';
import {report} from '../../diagnostics';
import {baseFileOf, writtenIn} from '../origin';

export interface ImagesOptions {
  siteDir: string;
  defaultLocale?: string;
}

const IMAGE_EXTENSION = /\.(png|jpe?g|gif|svg|webp|avif|bmp|ico)$/i;
// Links to pages are the link plugins' business; anything else with an extension is a file.
const PAGE_EXTENSION = /\.(mdx?|html?)$/i;

/**
 * Images (and links to local files) named relative to the page, like `media/x.png`, or to the
 * content root, like `~/media/x.png`. Inside an included file they are relative to that file,
 * as in DocFX. A translated page may use a file only the default locale's folder has. Whenever
 * the file is not where Docusaurus would look (next to the page), the URL is pointed at it
 * (`@site/docs/…`) before Docusaurus's transformImage resolves it. An image found nowhere is an
 * error with file:line.
 */
const remarkImages: Plugin<[ImagesOptions], Root> = function (options) {
  const defaultLocale = options.defaultLocale ?? DEFAULT_LOCALE;
  const relative = (file: string) => path.relative(options.siteDir, file).split(path.sep).join('/');

  return (tree, file) => {
    visit(tree, (node, index, parent) => {
      if (node.type !== 'image' && node.type !== 'link') return undefined;
      const local = parseLocalReference(node.url);
      if (!local) return undefined;
      const isImage = node.type === 'image' || IMAGE_EXTENSION.test(local.path);
      if (node.type === 'link' && (PAGE_EXTENSION.test(local.path) || !path.extname(local.path))) return undefined;

      const base = baseFileOf(node, file);
      const found = findRelativeFile(options.siteDir, base, local.path, defaultLocale);
      if (found) {
        if (found.path !== path.resolve(path.dirname(file.path), local.path)) {
          node.url = `@site/${encodeUrlPath(relative(found.path))}${local.suffix}`;
        }
        return undefined;
      }
      if (!isImage) return undefined;

      reportMissing(node, local.path, base, file);
      if (node.type === 'image' && parent && index !== undefined) {
        // Docusaurus would stop at the first broken image with its own message; ours names them all.
        parent.children.splice(index, 1, {type: 'text', value: node.alt ?? '', position: node.position});
        return [SKIP, index + 1];
      }
      return undefined;
    });
  };

  function reportMissing(node: Image | Link, target: string, base: string, file: VFile): void {
    const counterpart = defaultLocaleCounterpart(options.siteDir, base, defaultLocale);
    const places = [base, ...(counterpart ? [counterpart] : [])].map((from) => resolveFrom(options.siteDir, from, target, defaultLocale));
    const hint = places.map(caseMismatch).find(Boolean);
    const what = node.type === 'image' ? 'Image' : 'Linked image';
    report(
      file,
      'image',
      `${what} "${node.url}" not found: looked for ${places.map(relative).join(' and ')}.` +
        (hint ? ` A file differs only in letter case: ${relative(hint)}; file names are case-sensitive.` : ` Add the image or fix the path; it is relative to the ${base === file.path ? 'page' : 'included file'}.`) +
        writtenIn(node, options.siteDir),
      node,
    );
  }
};

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
