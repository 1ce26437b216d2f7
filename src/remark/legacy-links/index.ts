import type {Definition, Link, Root} from 'mdast';
import type {Plugin} from 'unified';
import {SKIP, visit} from 'unist-util-visit';
import {parseLegacyLink} from '../../playbook/legacyNames';
import {indexImportedFiles, localeOfFile, type PageEntry} from '../../content/contentTree';
import {indexPages, pageNamedBy, readContentLayout} from '../../content/layout';
import {report} from '../../diagnostics';
import {DEFAULT_LOCALE} from '../../playbook/locales';
import {dropDefinitions} from '../definitions';
import {createFragmentCarrier} from '../fragments';
import {jsxText} from '../jsxNodes';
import {writtenUrl} from '../origin';

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

/**
 * Resolves DocFX links by old file name (`x-partner-de.md`) to the page made from
 * that file, in the reader's locale. Runs before Docusaurus resolves `.md` links.
 */
const remarkLegacyLinks: Plugin<[LegacyLinksOptions], Root> = function (options) {
  const defaultLocale = options.defaultLocale ?? DEFAULT_LOCALE;
  const pages = options.pages ?? indexPages(readContentLayout(options.siteDir, {locales: options.locales, defaultLocale}));
  const importedFiles = options.importedFiles ?? (options.pages ? new Map() : indexImportedFiles(options.siteDir, options.locales, defaultLocale));

  const carryFragment = createFragmentCarrier({siteDir: options.siteDir, locales: options.locales, defaultLocale, buildLocale: options.buildLocale});

  return (tree, file) => {
    const readerLocale = localeOfFile(file.path, defaultLocale);
    // Link definitions (`[x][ref]` … `[ref]: x-partner.md#y`) name pages the same way; a
    // definition that names none is removed and the links using it are shown as text.
    const unresolved = new Set<string>();
    visit(tree, 'definition', (node: Definition) => {
      const legacy = parseLegacyLink(node.url);
      if (!legacy) return undefined;
      const entry = pageNamedBy(legacy, pages, importedFiles);
      if (entry) {
        node.data = {...node.data, playbookWrittenUrl: node.url};
        node.url = `/${entry.source}${carryFragment(file, node, node.url, entry, legacy.hash)}`;
        return undefined;
      }
      report(
        file,
        'legacy-link',
        `Link definition [${node.label ?? node.identifier}] names "${node.url}", no page in this site (looked for page "${legacy.page}" in any locale); the links using it are shown as plain text. Fix the file name or add the page.`,
        node,
        node.url,
      );
      unresolved.add(node.identifier);
      return undefined;
    });
    dropDefinitions(tree, unresolved);
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
      node.url = `/${entry.source}${carryFragment(file, node, writtenUrl(node), entry, legacy.hash)}`;
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
