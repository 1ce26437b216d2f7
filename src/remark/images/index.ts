import fs from 'node:fs';
import path from 'node:path';
import type {Image, Link, Root} from 'mdast';
import type {Plugin} from 'unified';
import type {VFile} from 'vfile';
import {SKIP, visit} from 'unist-util-visit';
import {createConfinement} from '../../content/confine';
import {encodeUrlPath, parseLocalReference} from '../../content/contentUrl';
import {DEFAULT_LOCALE, LOCALES} from '../../playbook/locales';
import {report} from '../../diagnostics';
import {baseFileOf, writtenIn} from '../origin';

export interface ImagesOptions {
  siteDir: string;
  locales?: readonly string[];
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
 * error with file:line. Every file goes through the confinement (`src/content/confine.ts`)
 * first: one outside the content folders, or of a type the site does not publish, is refused
 * and the image shown as its alt text, before Docusaurus could read the file.
 */
const remarkImages: Plugin<[ImagesOptions], Root> = function (options) {
  const defaultLocale = options.defaultLocale ?? DEFAULT_LOCALE;
  const confinement = createConfinement({siteDir: options.siteDir, locales: options.locales ?? LOCALES, defaultLocale});
  const relative = (file: string) => path.relative(options.siteDir, file).split(path.sep).join('/');

  return (tree, file) => {
    visit(tree, (node, index, parent) => {
      if (node.type !== 'image' && node.type !== 'link') return undefined;
      const local = parseLocalReference(node.url);
      if (node.type === 'link' && (!local || PAGE_EXTENSION.test(local.path) || !path.extname(local.path))) return undefined;

      const base = baseFileOf(node, file);
      const found = confinement.resolve(base, node.url, node.type === 'image' ? 'image' : 'link');
      if (!found) return undefined;
      if (found.status === 'found') {
        if (local && found.path !== path.resolve(path.dirname(file.path), local.path)) {
          node.url = `@site/${encodeUrlPath(relative(found.path))}${local.suffix}`;
        }
        return undefined;
      }
      if (found.status === 'missing') {
        if (node.type === 'link') {
          if (IMAGE_EXTENSION.test(local?.path ?? '')) reportMissing(node, found.lookedFor, base, file);
          return undefined;
        }
        reportMissing(node, found.lookedFor, base, file);
      } else {
        // Refused before Docusaurus reads the file: nothing of it reaches the build or its log.
        report(file, found.status === 'outside' ? 'content-path' : 'file-type', `${found.message}${writtenIn(node, options.siteDir)}`, node);
      }
      if (parent && index !== undefined) {
        // Docusaurus would stop at the first broken image with its own message; ours names them all.
        const replacement = node.type === 'image' ? [{type: 'text' as const, value: node.alt ?? '', position: node.position}] : node.children;
        parent.children.splice(index, 1, ...replacement);
        return [SKIP, index + replacement.length];
      }
      return undefined;
    });
  };

  function reportMissing(node: Image | Link, places: readonly string[], base: string, file: VFile): void {
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
