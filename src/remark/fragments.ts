import fs from 'node:fs';
import path from 'node:path';
import type {Node} from 'unist';
import {VFile} from 'vfile';
import {readPageAnchors, resolveAnchor, type PageParser} from '../content/anchors';
import {docsDirOf, localeOfFile} from '../content/contentTree';
import {markdownProcessor} from '../content/parsePage';
import {report} from '../diagnostics';
import {withinLimits} from '../trust/limits';
import remarkIncludes from './includes';
import {writtenIn} from './origin';

export interface FragmentOptions {
  siteDir: string;
  locales: readonly string[];
  defaultLocale: string;
  /** The locale a Docusaurus build is building; without it (the linter) every locale a page is shown in is checked. */
  buildLocale?: string;
}

/** A linked page: its content-relative source and the locales that have their own version of it. */
export interface LinkedPage {
  source: string;
  locales: readonly string[];
}

/** `#Tareas%20de%20FTOP` and `#tareas-de-ftop` alike: the fragment as the page's IDs are written. */
function decodeFragment(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return hash.slice(1);
  }
}

/**
 * Carries a link's `#fragment` onto the version of the linked page each reader of the linking
 * page is shown (its own translation, else the default locale's), the one way for every kind
 * of link (DocFX file names, site paths, relative routes, bare `#x`; Markdown links, link
 * definitions and raw HTML `<a href>` alike; `url` is the link as written): kept where that version
 * has the ID (headings of included files, `{#id}`, `<a name>`, task rows count), moved to the
 * heading at the same place in a translation, else reported as `link-anchor` at file:line and
 * dropped, so no build fails on an anchor the linter did not report first.
 */
export function createFragmentCarrier(options: FragmentOptions) {
  const {siteDir, locales, defaultLocale, buildLocale} = options;
  // The page as the build sees it: its includes' headings are the page's headings.
  const processor = markdownProcessor().use(remarkIncludes, {siteDir, locales, defaultLocale}).freeze();
  const parse: PageParser = (text, file) => {
    if (!withinLimits(text)) return {type: 'root', children: []};
    const vfile = new VFile({path: file, value: text});
    return processor.runSync(processor.parse(vfile), vfile);
  };
  const fileOf = (locale: string, source: string) => path.join(docsDirOf(siteDir, locale, defaultLocale), source);
  const versionIn = (page: LinkedPage, locale: string) => (page.locales.includes(locale) ? locale : defaultLocale);

  /**
   * The hash to use in the locale being built (the file's own without a build locale): the
   * written one, a moved one, or '' when the fragment is missing there.
   */
  return function carry(file: VFile, node: Node, url: string, page: LinkedPage, hash: string, consequence = 'the link goes to the top of the page'): string {
    const fragment = decodeFragment(hash);
    if (!fragment) return hash;
    const fileLocale = localeOfFile(file.path, defaultLocale);
    const source = path.relative(docsDirOf(siteDir, fileLocale, defaultLocale), file.path).split(path.sep).join('/');
    // A default-locale page is also shown in every locale that has no version of its own.
    const readers = buildLocale
      ? [buildLocale]
      : fileLocale === defaultLocale && !source.startsWith('..')
        ? locales.filter((l) => l === defaultLocale || !fs.existsSync(fileOf(l, source)))
        : [fileLocale];
    const built = buildLocale ?? fileLocale;
    const written = readPageAnchors(fileOf(versionIn(page, fileLocale), page.source), parse);
    let result = hash;
    const missing: string[] = [];
    for (const reader of readers) {
      const shown = readPageAnchors(fileOf(versionIn(page, reader), page.source), parse);
      if (!shown) continue;
      const resolved = resolveAnchor(fragment, written, shown);
      if (resolved.status === 'missing') missing.push(versionIn(page, reader));
      if (reader !== built) continue;
      if (resolved.status === 'moved') result = `#${resolved.id}`;
      if (resolved.status === 'missing') result = '';
    }
    if (missing.length > 0) {
      const versions = [...new Set(missing)].join(', ');
      report(
        file,
        'link-anchor',
        `Link "${url}" goes to "#${fragment}", but page ${page.source} (${versions}) has no heading with that ID, nor one at the same place as in the linked version; ${consequence}. Link to a heading the page has, or give the heading that ID with {#${fragment}}.${writtenIn(node, siteDir)}`,
        node,
        url,
      );
    }
    return result;
  };
}

export type FragmentCarrier = ReturnType<typeof createFragmentCarrier>;
