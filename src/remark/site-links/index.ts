import fs from 'node:fs';
import path from 'node:path';
import type {Definition, Html, Link, Root} from 'mdast';
import type {Node} from 'unist';
import type {Plugin} from 'unified';
import {SKIP, visit} from 'unist-util-visit';
import {createConfinement} from '../../content/confine';
import {DOCS_ROUTE_BASE, findRelativeFile, localeOfFile, pageUrlPath} from '../../content/contentTree';
import {CONTENT_ROOT_PREFIX, decodeUrlPath, EXTERNAL_URL} from '../../content/contentUrl';
import {readContentLayout} from '../../content/layout';
import {EVERY_AUDIENCE, readAudienceView} from '../../audience';
import {DEFAULT_LOCALE} from '../../playbook/locales';
import {report} from '../../diagnostics';
import {escapeAttribute} from '../../trust/escape';
import {dropDefinitions} from '../definitions';
import {createFragmentCarrier} from '../fragments';
import {jsxText} from '../jsxNodes';
import {baseFileOf, writtenIn, writtenUrl} from '../origin';

export interface SiteLinksOptions {
  siteDir: string;
  locales: readonly string[];
  defaultLocale?: string;
  /** The build's audience (`PLAYBOOK_AUDIENCE`), EVERY_AUDIENCE to check all (the linter), null for none. */
  audience?: string | null;
  /** The locale a Docusaurus build is building (see `buildLocaleFromEnv`); the linter has none. */
  buildLocale?: string;
}

const FILE_EXTENSION = /\.[a-z0-9]{1,5}$/i;
/** `<a … href="…"`: the tag up to the attribute, the attribute's name, its value (double-, single- or unquoted, as HTML allows). */
const HTML_LINK = /(<a\b[^>]*?)(\shref\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;
const decodeHtmlAttribute = (value: string) => value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

/**
 * Links in Markdown that are not DocFX file names (those are `legacy-links`' job, which runs
 * first): page URLs like `other-page` or `/docs/x`, files next to the page, and content paths
 * `/x.md`. Each must reach a page or file of this site; one that does not becomes plain text
 * with a warning at file:line, the same way a legacy link to a missing page does, so content
 * never breaks the build. (Zero-width spaces are already gone: remarkZeroWidth runs first.)
 * In an included file, relative links are relative to that file, as in DocFX; `~/x` starts
 * from the content root. Either is rewritten to the page's route when the browser would
 * otherwise resolve it from the including page.
 * `pathname:///de/docs/x`, a page of another locale (import placeholders link so), becomes
 * a `Link` element when that page exists.
 */
const remarkSiteLinks: Plugin<[SiteLinksOptions], Root> = function (options) {
  const defaultLocale = options.defaultLocale ?? DEFAULT_LOCALE;
  const layout = readContentLayout(options.siteDir, {locales: options.locales, defaultLocale});
  const dirs = new Map(options.locales.map((l) => [l, layout.docsDir(l)]));
  const pages = new Map(options.locales.map((l) => [l, new Set(layout.pages(l))]));
  const defaultDir = dirs.get(defaultLocale)!;
  const confinement = createConfinement({siteDir: options.siteDir, locales: options.locales, defaultLocale});
  const audiences = readAudienceView(layout, options.audience ?? null);
  const carryFragment = createFragmentCarrier({siteDir: options.siteDir, locales: options.locales, defaultLocale, buildLocale: options.buildLocale});
  /** The linked page as the fragment check needs it: which locales have their own version. */
  const linkedPage = (source: string) => ({source, locales: options.locales.filter((l) => pages.get(l)?.has(source))});

  /** The page a content-relative path without extension (`a/b`) names, in the reader's locale or the default. */
  const pageSource = (locale: string, rel: string): string | null => {
    for (const l of [locale, defaultLocale]) {
      for (const ext of ['.md', '.mdx', '/index.md', '/index.mdx', '/README.md']) {
        const candidate = `${rel}${ext}`.replace(/^\//, '');
        if (pages.get(l)?.has(candidate)) return candidate;
      }
    }
    return null;
  };
  const hasPage = (locale: string, rel: string) => pageSource(locale, rel) !== null;
  /** A content-relative file in the reader's locale or the default one. */
  const hasFile = (locale: string, rel: string) =>
    [dirs.get(locale) ?? defaultDir, defaultDir].some((dir) => fs.existsSync(path.join(dir, rel)));

  return (tree, file) => {
    const locale = localeOfFile(file.path, defaultLocale);
    const contentDir = dirs.get(locale) ?? defaultDir;
    const source = path.relative(contentDir, file.path).split(path.sep).join('/');
    if (source.startsWith('..')) return; // not a docs page
    const docsRoot = `/${DOCS_ROUTE_BASE}`;
    /** The route a page URL is relative to: the page's own, or its include file's as if it were a page. */
    const routeOf = (base: string) => {
      const rel = path.relative(contentDir, base).split(path.sep).join('/');
      const within = rel.startsWith('..') ? path.relative(defaultDir, base).split(path.sep).join('/') : rel;
      return pageUrlPath(within.startsWith('..') ? source : within, defaultLocale, defaultLocale);
    };

    /** `pathname:///de/docs/x`: a page of another locale (another build, so no router link); its locale, if it exists. */
    const otherLocalePage = (url: string): string | null => {
      const match = /^pathname:\/\/\/([^/?#]+)(\/[^?#]*)(#[^?#]*)?$/.exec(url);
      const [, target, route = ''] = match ?? [];
      if (!target || target === defaultLocale || !dirs.has(target)) return null;
      const rel = decodeUrlPath(route).replace(/\/$/, '');
      return (rel === docsRoot || rel.startsWith(`${docsRoot}/`)) && hasPage(target, rel.slice(docsRoot.length + 1)) ? target : null;
    };

    /** A link to a file outside the content folders or of a type the site does not publish. */
    const refusal = (url: string, base: string): {rule: 'content-path' | 'file-type'; reason: string} | null => {
      const found = confinement.resolve(base, url, 'link');
      if (found?.status === 'outside') return {rule: 'content-path', reason: found.message};
      if (found?.status === 'refused') return {rule: 'file-type', reason: found.message};
      return null;
    };

    /**
     * Why the link reaches nothing (null when it does); `rewrite` receives a route to use instead,
     * `reached` the page it leads to.
     */
    const problem = (url: string, base: string, rewrite: (route: string) => void, reached: (page: string) => void): string | null => {
      const [target = ''] = url.split(/[?#]/);
      if (url === '') return 'Link has no target';
      if (url.startsWith('pathname://')) {
        // Reached here only if otherLocalePage found no page; other pathname: URLs are not page links.
        const locale = /^pathname:\/\/\/([^/?#]+)\//.exec(url)?.[1];
        return locale && locale !== defaultLocale && dirs.has(locale) ? `Link "${url}" names no page of locale ${locale}` : null;
      }
      if (EXTERNAL_URL.test(url) || url.startsWith('#')) return null;
      const decoded = decodeUrlPath(target);
      if (/\.mdx?$/i.test(decoded)) {
        // Relative file names were resolved by legacy-links; content-root paths must exist.
        const exists = hasFile(locale, decoded.slice(1)) || fs.existsSync(path.join(options.siteDir, decoded));
        if (decoded.startsWith('/') && exists && pageSource(locale, decoded.slice(1).replace(/\.mdx?$/i, ''))) reached(decoded.slice(1));
        return decoded.startsWith('/') && !exists ? `Link "${url}" names no page of this site` : null;
      }
      if (decoded.startsWith('/')) {
        if (decoded !== docsRoot && !decoded.startsWith(`${docsRoot}/`)) return null; // other routes: Docusaurus checks them
        const page = pageSource(locale, decoded.slice(docsRoot.length + 1).replace(/\/$/, ''));
        if (page) reached(page);
        return page ? null : `Link "${url}" is no page of this site`;
      }
      if (FILE_EXTENSION.test(decoded) && !/@/.test(decoded) && !/^www\./i.test(decoded)) {
        // The same lookup the images plugin makes: next to the page, else next to its default-locale page.
        return findRelativeFile(options.siteDir, base, decoded, defaultLocale) ? null : `Link "${url}" names no file next to the ${base === file.path ? 'page' : 'included file'}`;
      }
      const fromRoot = decoded.startsWith(CONTENT_ROOT_PREFIX);
      const route = fromRoot
        ? new URL(decoded.slice(CONTENT_ROOT_PREFIX.length), `http://site${docsRoot}/`).pathname
        : new URL(decoded, `http://site${routeOf(base)}`).pathname;
      const page = route.startsWith(`${docsRoot}/`) ? pageSource(locale, decodeUrlPath(route.slice(docsRoot.length + 1)).replace(/\/$/, '')) : null;
      if (page) {
        if (fromRoot || base !== file.path) rewrite(`${route}${url.slice(target.length)}`);
        reached(page);
        return null;
      }
      return `Link "${url}" is no page of this site (a web address needs https://, an e-mail address mailto:)`;
    };

    /**
     * Carries the `#fragment` of a link that reaches `page` (this page for a bare `#x`) onto the
     * version each reader is shown; false when a bare `#x` names nothing in the built locale.
     * Legacy links were carried by legacy-links already.
     */
    const keepFragment = (node: Link, url: string, page: string | null): boolean => {
      if (node.data?.playbookWrittenUrl !== undefined) return true;
      const carried = carriedUrl(node, node.url, url, page, 'it is shown as plain text');
      if (carried === null) return false;
      node.url = carried;
      return true;
    };

    /**
     * `current` (the link's URL now; `written` as the author wrote it) with its `#fragment`
     * carried onto `page` (this page for a bare `#x`); null when a bare `#x` names nothing.
     */
    const carriedUrl = (place: Node, current: string, written: string, page: string | null, bareConsequence: string): string | null => {
      const at = current.indexOf('#');
      if (page === null || at < 0) return current;
      const bare = written.startsWith('#');
      const hash = current.slice(at);
      const carried = carryFragment(file, place, written, linkedPage(page), hash, bare ? bareConsequence : undefined);
      return bare && carried === '' ? null : `${current.slice(0, at)}${carried}`;
    };

    /**
     * Reports a link that reaches nothing or is refused (`what` names it, `consequence` says what
     * the reader sees instead); true when it was reported.
     */
    const linkProblem = (url: string, base: string, place: Node, what: string, consequence: string): boolean => {
      const refused = refusal(url, base);
      if (refused) report(file, refused.rule, `${refused.reason}${writtenIn(place, options.siteDir)}`, place);
      const reason = refused ? null : problem(url, base, () => undefined, () => undefined);
      if (reason) report(file, 'site-link', `${reason.replace(/^Link "[^"]*"|^Link/, what)}; ${consequence}. Fix the target or remove the link.${writtenIn(place, options.siteDir)}`, place);
      return Boolean(refused || reason);
    };

    /** The page a link's URL reaches (this page for `#x`), or null (no page, or not a page link). */
    const reachedPage = (url: string, base: string, rewrite: (route: string) => void = () => undefined): string | null => {
      if (url.startsWith('#')) return source;
      let page = null as string | null;
      if (refusal(url, base) || problem(url, base, rewrite, (reached) => (page = reached))) return null;
      return page;
    };

    // Link definitions (`[x][ref]` … `[ref]: /docs/x#y`): Docusaurus checks their targets and
    // anchors too. One that reaches nothing is removed and the links using it become text.
    const unreached = new Set<string>();
    visit(tree, 'definition', (node: Definition) => {
      const url = node.url.trim();
      if (node.data?.playbookWrittenUrl !== undefined) return;
      const label = `Link definition [${node.label ?? node.identifier}] "${url}"`;
      const reason = linkProblem(url, baseFileOf(node, file), node, label, 'the links using it are shown as plain text');
      if (reason) {
        unreached.add(node.identifier);
        return;
      }
      if (!url.includes('#')) return;
      let current = url;
      const page = reachedPage(url, baseFileOf(node, file), (route) => (current = route));
      node.url = carriedUrl(node, current, url, page, 'the link goes to the top of the page') ?? '#';
    });
    dropDefinitions(tree, unreached);

    // Raw HTML links (`<a href="#y">`), which become links of the page as well.
    visit(tree, 'html', (node: Html) => {
      if (!/<a\b/i.test(node.value)) return;
      node.value = node.value.replace(HTML_LINK, (whole, open: string, attribute: string, double?: string, single?: string, bare?: string) => {
        const url = decodeHtmlAttribute(double ?? single ?? bare ?? '').trim();
        if (linkProblem(url, baseFileOf(node, file), node, `Link "${url}"`, 'it is shown as plain text')) return open;
        if (!url.includes('#')) return whole;
        const carried = carriedUrl(node, url, url, reachedPage(url, baseFileOf(node, file)), 'it is shown as plain text');
        if (carried === null) return open; // no href: text, not a link
        return carried === url ? whole : `${open}${attribute}"${escapeAttribute(carried)}"`;
      });
    });

    visit(tree, 'link', (node: Link, index, parent) => {
      // A link to a page of another locale becomes Docusaurus's Link, so the sanitizer keeps it
      // (raw pathname: URLs it drops: they could smuggle a script URL into Link).
      const lang = otherLocalePage(node.url.trim());
      if (lang && parent && index !== undefined) {
        parent.children[index] = jsxText('Link', {href: node.url.trim(), hrefLang: lang, target: '_self'}, node.children, node.position);
        return SKIP;
      }
      const base = baseFileOf(node, file);
      const url = node.url.trim();
      let target = null as string | null;
      const refused = refusal(url, base);
      const reason = refused ? null : problem(url, base, (route) => (node.url = route), (page) => (target = page));
      const outOfAudience = !refused && !reason && target !== null ? audiences.linkProblem(source, target, locale) : null;
      if (refused) report(file, refused.rule, `${refused.reason}${writtenIn(node, options.siteDir)}`, node);
      else if (reason) report(file, 'site-link', `${reason}; it is shown as plain text. Fix the target or remove the link.${writtenIn(node, options.siteDir)}`, node);
      else if (outOfAudience) {
        const oneBuild = audiences.audience !== EVERY_AUDIENCE;
        report(file, 'audience-link', `Link "${writtenUrl(node)}" ${outOfAudience}; ${oneBuild ? 'it is shown as plain text' : 'there it is shown as plain text'}. Link a page for the same audience, or remove the link.${writtenIn(node, options.siteDir)}`, node);
        if (!oneBuild) return undefined;
      } else if (!keepFragment(node, url, target ?? (url.startsWith('#') ? source : null))) {
        // A bare `#x` the page lacks has nowhere to go: shown as text (the finding is reported).
      } else return undefined;
      if (parent && index !== undefined) {
        parent.children.splice(index, 1, ...node.children);
        return [SKIP, index];
      }
      return undefined;
    });
  };
};

export default remarkSiteLinks;
