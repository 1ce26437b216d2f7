/**
 * The blocker guide of one locale: the L1 → L2 tree, each L2 with its definition, scenarios
 * (each naming the L2 to choose) and questions. It is the `/blockers` page's data and, as it
 * is, the `blockers.json` export (documented in CONTRIBUTING.md, schema in
 * `static/blockers.schema.json`). Pure: the Docusaurus plugin gives it the pages and their URLs.
 */
import {blockerNameKey} from '../playbook/blockers';
import {isSitePath} from '../trust/url';
import type {WorkloadQuestions} from './extract';
import type {SiteBlockers} from './site';

/** An L2 page a scenario names. */
export interface L2Ref {
  name: string;
  url: string;
}

export interface GuideScenario {
  scenario: string;
  /** Valid: this L2 is the one to choose. Invalid: the scenario belongs to `l2` instead. */
  valid: boolean;
  /** The status cell as written. */
  status: string;
  /** The L2 page the status names; null when it names none (the build warns). */
  l2: L2Ref | null;
}

export interface GuideL2 {
  name: string;
  definition: string;
  url: string;
  scenarios: GuideScenario[];
  questions: string[];
  workloadQuestions: WorkloadQuestions[];
}

export interface GuideL1 {
  /** The L1's name; null for L2 pages no L1 lists and no sidebar category holds. */
  name: string | null;
  definition: string | null;
  /** The L1's own page, when it has one. */
  url: string | null;
  l2: GuideL2[];
}

/** The guide: the `/blockers` page's data and the body of `blockers.json`. */
export interface BlockerGuide {
  l1: GuideL1[];
}

/** The version of the `blockers.json` format; `static/blockers.schema.json` describes it. Raise it on any change of shape. */
export const BLOCKERS_JSON_VERSION = 1;

/** Where the schema of `blockers.json` is published, relative to the site's base URL. */
export const BLOCKERS_SCHEMA_PATH = 'blockers.schema.json';

/** `blockers.json`: keep this shape exact. */
export interface BlockersJson extends BlockerGuide {
  $schema: string;
  version: typeof BLOCKERS_JSON_VERSION;
}

/** The `blockers.json` document; `schemaUrl` is the schema's address. */
export function toBlockersJson(guide: BlockerGuide, schemaUrl = `/${BLOCKERS_SCHEMA_PATH}`): BlockersJson {
  return {$schema: schemaUrl, version: BLOCKERS_JSON_VERSION, l1: guide.l1};
}

export interface GuideInput {
  site: SiteBlockers;
  /**
   * The default locale's pages (the same as `site` in the default locale): a page shown
   * untranslated names L2 pages by their default-locale titles.
   */
  defaultSite: SiteBlockers;
  /** The URL of a page of this locale (content-relative source); null when it is not published. */
  urlOf(source: string): string | null;
  /** The sidebar category a page sits in, in this locale's words; null outside any. */
  categoryOf(source: string): string | null;
}

/** Page URLs come from Docusaurus; content never makes one, and none can leave the site. */
function sitePath(url: string): string {
  if (!isSitePath(url)) throw new Error(`Blocker guide: page URL "${url}" is not a site path.`);
  return url;
}

/**
 * L1s in the order the overviews list them (the page listing most L1s first); each L2 goes to
 * the first L1 that lists it. L1s of the same name are one (`L1 - Blocked` on the overview and
 * `Blocked`, the L1's own page). L2 pages no L1 lists go under their sidebar category.
 */
export function buildBlockerGuide({site, defaultSite, urlOf, categoryOf}: GuideInput): BlockerGuide {
  const url = (source: string) => {
    const found = urlOf(source);
    return found === null ? null : sitePath(found);
  };
  const shown = new Map(site.l2Pages.map((entry) => [entry.source, entry]));
  /** The L2 page a status names, matched in the language it is written in, shown as this locale shows it. */
  const ref = (status: string, writtenIn: string): L2Ref | null => {
    const byName = writtenIn === site.locale ? site.l2ByName : defaultSite.l2ByName;
    const target = shown.get(byName.get(blockerNameKey(status))?.source ?? '');
    const targetUrl = target ? url(target.source) : null;
    return target && targetUrl ? {name: target.page.title, url: targetUrl} : null;
  };
  const l2Of = new Map<string, GuideL2>();
  for (const {source, locale, page} of site.l2Pages) {
    const pageUrl = url(source);
    if (pageUrl === null) continue;
    l2Of.set(source, {
      name: page.title,
      definition: page.definition,
      url: pageUrl,
      scenarios: page.scenarios.map((s) => ({scenario: s.text, valid: s.valid, status: s.status, l2: ref(s.status, locale)})),
      questions: page.questions,
      workloadQuestions: page.workloads,
    });
  }

  const levels = new Map<string, GuideL1>();
  const placed = new Set<string>();
  const levelOf = (name: string | null) => {
    const key = name === null ? '' : blockerNameKey(name);
    let level = levels.get(key);
    if (!level) levels.set(key, (level = {name, definition: null, url: null, l2: []}));
    return level;
  };
  for (const listing of site.listings) {
    for (const {level: listed, l2} of listing.levels) {
      const level = levelOf(listed.name);
      level.definition ??= listed.definition;
      if (listed.ownPage) level.url ??= url(listing.source);
      for (const source of l2) {
        const entry = l2Of.get(source);
        if (!entry || placed.has(source)) continue;
        placed.add(source);
        level.l2.push(entry);
      }
    }
  }
  for (const {source} of site.l2Pages) {
    const entry = l2Of.get(source);
    if (!entry || placed.has(source)) continue;
    placed.add(source);
    levelOf(categoryOf(source)).l2.push(entry);
  }
  return {l1: [...levels.values()].filter((level) => level.l2.length > 0)};
}
