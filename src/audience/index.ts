import fs from 'node:fs';
import path from 'node:path';
import type {ContentLayout} from '../content/layout';
import {readImportedSidebars} from '../content/sidebar';
import type {ParseFrontMatter} from '@docusaurus/types';
import {validateFrontMatter} from '../frontmatter';
import {audiencesOf} from '../playbook/audiences';

/**
 * Not a build's audience but all of them at once: the linter and the importer check links for
 * every audience the site has a build for (an imported `toc--<audience>.yml`, see {@link audienceBuilds}).
 */
export const EVERY_AUDIENCE = '*';

/** The audiences the site is built for one by one: those with their own imported TOC. */
export function audienceBuilds(siteDir: string): string[] {
  return Object.keys(readImportedSidebars(siteDir)?.audiences ?? {}).sort();
}

/**
 * Which pages a build for one audience publishes, from each page's `ft.audience`: the file a
 * locale shows (its own, else the default locale's) must name the audience. Without an
 * audience every page is published, as before audiences existed.
 */
export interface AudienceView {
  /** The build's audience, {@link EVERY_AUDIENCE}, or null for a build of every page. */
  readonly audience: string | null;
  /** The audiences a page (content-relative) names in a locale. */
  audiencesOf(source: string, locale: string): string[];
  /** Whether the build publishes the page in that locale. */
  isPublished(source: string, locale: string): boolean;
  /** Pages (content-relative) the build leaves out in that locale. */
  excludedPages(locale: string): string[];
  /**
   * Why a link from one page to another breaks in an audience's build (the target is not for an
   * audience the linking page is published for); null when it does not.
   */
  linkProblem(fromSource: string, toSource: string, locale: string): string | null;
}

export function readAudienceView(layout: ContentLayout, audience: string | null): AudienceView {
  const cache = new Map<string, string[]>();
  const fileOf = (source: string, locale: string) => {
    const own = path.join(layout.docsDir(locale), source);
    return fs.existsSync(own) ? own : path.join(layout.docsDir(layout.defaultLocale), source);
  };
  const audiencesOfPage = (source: string, locale: string): string[] => {
    const file = fileOf(source, locale);
    let found = cache.get(file);
    if (!found) {
      const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
      cache.set(file, (found = audiencesOf(validateFrontMatter(text, file).frontMatter['ft.audience'])));
    }
    return found;
  };
  const checked = audience === EVERY_AUDIENCE ? new Set(audienceBuilds(layout.siteDir)) : null;
  const isPublished = (source: string, locale: string) =>
    audience === null || audience === EVERY_AUDIENCE || audiencesOfPage(source, locale).includes(audience);

  return {
    audience,
    audiencesOf: audiencesOfPage,
    isPublished,
    excludedPages(locale) {
      if (audience === null || audience === EVERY_AUDIENCE) return [];
      // Docusaurus lists pages from the default locale's folder and shows each locale's own file.
      return layout.pages(layout.defaultLocale).filter((source) => !isPublished(source, locale));
    },
    linkProblem(fromSource, toSource, locale) {
      if (audience === null) return null;
      const wanted = checked ? audiencesOfPage(fromSource, locale).filter((a) => checked.has(a)) : [audience];
      const target = audiencesOfPage(toSource, locale);
      const missing = wanted.filter((a) => !target.includes(a));
      if (missing.length === 0) return null;
      const forWhom = target.length > 0 ? `only for ${target.join(', ')} (ft.audience)` : 'for no audience (it has no ft.audience)';
      return `leads to a page ${forWhom}, which the ${missing.join(' and ')} build${missing.length > 1 ? 's leave' : ' leaves'} out`;
    },
  };
}

/** Whether a build publishes the doc with that id (`a/b` for `a/b.md`), for filtering sidebars. */
export function docIdFilter(view: AudienceView, layout: ContentLayout, locale: string): (id: string) => boolean {
  const sources = new Map(layout.pages(layout.defaultLocale).map((source) => [source.replace(/\.mdx?$/i, ''), source]));
  return (id) => {
    const source = sources.get(id);
    return source === undefined || view.isPublished(source, locale);
  };
}

/**
 * The front-matter hook of a build for one audience: a page not for it becomes a draft, which a
 * production build leaves out entirely (no route, no sidebar entry, nothing in any bundle). The
 * page each locale shows decides, as {@link AudienceView} does. Without an audience: `parse` itself.
 */
export function withAudience(parse: ParseFrontMatter, audience: string | null): ParseFrontMatter {
  if (!audience) return parse;
  return async (params) => {
    const result = await parse(params);
    return audiencesOf(result.frontMatter['ft.audience']).includes(audience) ? result : {...result, frontMatter: {...result.frontMatter, draft: true}};
  };
}
