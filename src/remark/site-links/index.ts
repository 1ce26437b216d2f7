import fs from 'node:fs';
import path from 'node:path';
import type {Link, Root} from 'mdast';
import type {Plugin} from 'unified';
import {SKIP, visit} from 'unist-util-visit';
import {DOCS_ROUTE_BASE, docsDirOf, listMarkdown, localeOfFile, pageUrlPath} from '../../content/contentTree';
import {report} from '../diagnostics';

export interface SiteLinksOptions {
  siteDir: string;
  locales: readonly string[];
  defaultLocale?: string;
}

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'g');
const EXTERNAL = /^([a-z][a-z0-9+.-]*:|\/\/)/i;
const FILE_EXTENSION = /\.[a-z0-9]{1,5}$/i;

/**
 * Links in Markdown that are not DocFX file names (those are `legacy-links`' job, which runs
 * first): page URLs like `other-page` or `/docs/x`, files next to the page, and content paths
 * `/x.md`. Each must reach a page or file of this site; one that does not becomes plain text
 * with a warning at file:line, the same way a legacy link to a missing page does, so content
 * never breaks the build. Invisible characters (U+200B…) in a target are removed with a warning.
 */
const remarkSiteLinks: Plugin<[SiteLinksOptions], Root> = function (options) {
  const defaultLocale = options.defaultLocale ?? 'en';
  const dirs = new Map(options.locales.map((l) => [l, docsDirOf(options.siteDir, l, defaultLocale)]));
  const pages = new Map([...dirs].map(([l, dir]) => [l, new Set(listMarkdown(dir))]));
  const defaultDir = dirs.get(defaultLocale)!;

  /** Content-relative page path without extension (`a/b`), in the reader's locale or the default. */
  const hasPage = (locale: string, rel: string) =>
    [locale, defaultLocale].some((l) =>
      ['.md', '.mdx', '/index.md', '/index.mdx', '/README.md'].some((ext) => pages.get(l)?.has(`${rel}${ext}`.replace(/^\//, ''))),
    );
  const hasFile = (locale: string, rel: string) =>
    [dirs.get(locale) ?? defaultDir, defaultDir].some((dir) => fs.existsSync(path.join(dir, rel)));

  return (tree, file) => {
    const locale = localeOfFile(file.path, defaultLocale);
    const contentDir = dirs.get(locale) ?? defaultDir;
    const source = path.relative(contentDir, file.path).split(path.sep).join('/');
    if (source.startsWith('..')) return; // not a docs page
    const pageUrl = pageUrlPath(source, defaultLocale, defaultLocale);
    const docsRoot = `/${DOCS_ROUTE_BASE}`;

    const problem = (url: string): string | null => {
      const [target = ''] = url.split(/[?#]/);
      if (url === '') return 'Link has no target';
      if (EXTERNAL.test(url) || url.startsWith('#')) return null;
      const decoded = safeDecode(target);
      if (/\.mdx?$/i.test(decoded)) {
        // Relative file names were resolved by legacy-links; content-root paths must exist.
        const exists = hasFile(locale, decoded.slice(1)) || fs.existsSync(path.join(options.siteDir, decoded));
        return decoded.startsWith('/') && !exists ? `Link "${url}" names no page of this site` : null;
      }
      if (decoded.startsWith('/')) {
        if (decoded !== docsRoot && !decoded.startsWith(`${docsRoot}/`)) return null; // other routes: Docusaurus checks them
        return hasPage(locale, decoded.slice(docsRoot.length + 1).replace(/\/$/, '')) ? null : `Link "${url}" is no page of this site`;
      }
      if (FILE_EXTENSION.test(decoded) && !/@/.test(decoded) && !/^www\./i.test(decoded)) {
        return hasFile(locale, path.posix.normalize(path.posix.join(path.posix.dirname(source), decoded)))
          ? null
          : `Link "${url}" names no file next to the page`;
      }
      const route = new URL(decoded, `http://site${pageUrl}`).pathname;
      if (route.startsWith(`${docsRoot}/`) && hasPage(locale, safeDecode(route.slice(docsRoot.length + 1)).replace(/\/$/, ''))) return null;
      return `Link "${url}" is no page of this site (a web address needs https://, an e-mail address mailto:)`;
    };

    visit(tree, 'link', (node: Link, index, parent) => {
      if (INVISIBLE.test(node.url)) {
        node.url = node.url.replace(INVISIBLE_ALL, '');
        report(file, 'warning', 'link-invisible-characters', 'Link target contains invisible characters (zero-width spaces); they were removed so the link works. Remove them from the source.', node);
      }
      const reason = problem(node.url.trim());
      if (!reason) return undefined;
      report(file, 'warning', 'site-link', `${reason}; it is shown as plain text. Fix the target or remove the link.`, node);
      if (parent && index !== undefined) {
        parent.children.splice(index, 1, ...node.children);
        return [SKIP, index];
      }
      return undefined;
    });
  };
};

function safeDecode(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

export default remarkSiteLinks;
