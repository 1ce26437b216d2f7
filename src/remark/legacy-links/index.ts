import fs from 'node:fs';
import path from 'node:path';
import type {Link, Root} from 'mdast';
import type {Plugin} from 'unified';
import type {VFile} from 'vfile';
import {SKIP, visit} from 'unist-util-visit';
import {parseLegacyLink} from '../../playbook/legacyNames';
import {readPageAnchors, resolveAnchor} from '../../content/anchors';
import {docsDirOf, indexImportedFiles, localeOfFile, type PageEntry} from '../../content/contentTree';
import {indexPages, pageNamedBy, readContentLayout} from '../../content/layout';
import {report} from '../../diagnostics';
import {DEFAULT_LOCALE} from '../../playbook/locales';
import {jsxText} from '../jsxNodes';

export interface LegacyLinksOptions {
  siteDir: string;
  locales: readonly string[];
  defaultLocale?: string;
  /** Pre-built index (tests); otherwise built once from the site's content. */
  pages?: Map<string, PageEntry>;
  /** Pages by the exact file name they were imported from; checked before {@link pages}. */
  importedFiles?: Map<string, PageEntry>;
  /**
   * The locale being built (Docusaurus builds one at a time and sets DOCUSAURUS_CURRENT_LOCALE
   * before it loads the config): `#fragment`s are carried into that locale's version of the
   * target. Without it (the linter) every locale the page is shown in is checked.
   */
  buildLocale?: string;
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
 * Resolves DocFX links by old file name (`x-partner-de.md`) to the page made from
 * that file, in the reader's locale. Runs before Docusaurus resolves `.md` links.
 */
const remarkLegacyLinks: Plugin<[LegacyLinksOptions], Root> = function (options) {
  const defaultLocale = options.defaultLocale ?? DEFAULT_LOCALE;
  const pages = options.pages ?? indexPages(readContentLayout(options.siteDir, {locales: options.locales, defaultLocale}));
  const importedFiles = options.importedFiles ?? (options.pages ? new Map() : indexImportedFiles(options.siteDir, options.locales, defaultLocale));

  const fileOf = (locale: string, source: string) => path.join(docsDirOf(options.siteDir, locale, defaultLocale), source);
  /** The version of a page a reader of `locale` is shown: its own, else the default locale's. */
  const versionIn = (entry: PageEntry, locale: string) => (entry.locales.includes(locale) ? locale : defaultLocale);

  /**
   * A link's `#fragment` on the target page as each reader of this file sees it: kept where the
   * target has it, moved to the heading at the same place in a translation (`#ftop-tasks` →
   * `#tareas-de-ftop`), else dropped with a warning, so no build fails on an anchor the linter
   * did not report first. Returns the hash for the locale being built (or the file's own).
   */
  const carryFragment = (file: VFile, node: Link, entry: PageEntry, hash: string): string => {
    const fragment = decodeFragment(hash);
    if (!fragment) return hash;
    const fileLocale = localeOfFile(file.path, defaultLocale);
    const source = path.relative(docsDirOf(options.siteDir, fileLocale, defaultLocale), file.path).split(path.sep).join('/');
    // A default-locale page is also shown in every locale that has no version of its own.
    const readers = options.buildLocale
      ? [options.buildLocale]
      : fileLocale === defaultLocale && !source.startsWith('..')
        ? options.locales.filter((l) => l === defaultLocale || !fs.existsSync(fileOf(l, source)))
        : [fileLocale];
    const built = options.buildLocale ?? fileLocale;
    const written = readPageAnchors(fileOf(versionIn(entry, fileLocale), entry.source));
    let result = hash;
    const missing: string[] = [];
    for (const reader of readers) {
      const shown = readPageAnchors(fileOf(versionIn(entry, reader), entry.source));
      if (!shown) continue;
      const resolved = resolveAnchor(fragment, written, shown);
      if (resolved.status === 'missing') missing.push(versionIn(entry, reader));
      if (reader !== built) continue;
      if (resolved.status === 'moved') result = `#${resolved.id}`;
      if (resolved.status === 'missing') result = '';
    }
    if (missing.length > 0) {
      const versions = [...new Set(missing)].join(', ');
      report(
        file,
        'link-anchor',
        `Link "${node.url}" goes to "#${fragment}", but page ${entry.source} (${versions}) has no heading with that ID, nor one at the same place as in the linked version; the link goes to the top of the page. Link to a heading the page has, or give the heading that ID with {#${fragment}}.`,
        node,
        node.url,
      );
    }
    return result;
  };

  return (tree, file) => {
    const readerLocale = localeOfFile(file.path, defaultLocale);
    visit(tree, 'link', (node: Link, index, parent) => {
      const legacy = parseLegacyLink(node.url);
      if (!legacy) return;
      const entry = pageNamedBy(legacy, pages, importedFiles);
      if (!entry) {
        report(
          file,
          'legacy-link',
          `Link to "${node.url}" names no page in this site (looked for page "${legacy.page}" in any locale); it is shown as plain text. Fix the file name or add the page.`,
          node,
          node.url,
        );
        if (parent && index !== undefined) {
          parent.children.splice(index, 1, ...node.children);
          return [SKIP, index];
        }
        return;
      }
      // Content-relative: Docusaurus resolves it in the reader's locale, falling back to the default.
      node.data = {...node.data, playbookWrittenUrl: node.url};
      node.url = `/${entry.source}${carryFragment(file, node, entry, legacy.hash)}`;
      if (!entry.locales.includes(readerLocale)) {
        // The reader lands on a page in another language: say so, visibly and to screen readers.
        const lang = entry.locales[0]!;
        node.data = {...node.data, hProperties: {...node.data?.hProperties, hrefLang: lang}};
        node.children.push({type: 'text', value: ' '}, jsxText('LanguageMarker', {lang}));
      }
      return undefined;
    });
  };
};

export default remarkLegacyLinks;
