/**
 * What the browser tests visit: the site's page kinds in both locales. Every capability
 * is required: a build that lacks one fails its tests, it never skips them.
 */
import fs from 'node:fs';
import path from 'node:path';
import {BUILD_DIR} from './browser';

export const LOCALES = ['en', 'de'] as const;
export type Locale = (typeof LOCALES)[number];

/** `/docs/x` in a locale: the default locale is served at `/`, others under `/<locale>`. */
export function localePath(locale: Locale, route: string): string {
  return locale === 'en' ? route : `/${locale}${route}`;
}

export interface SeedPage {
  kind: 'process' | 'blocker';
  route: string;
  h1: Record<Locale, string>;
}

export const SEED_PAGES: readonly SeedPage[] = [
  {
    kind: 'process',
    route: '/docs/lifecycle/remediate/remediate-address-technical-gaps',
    h1: {en: 'Address Technical Gaps', de: 'Adressieren von technischen Lücken'},
  },
  {
    kind: 'blocker',
    route: '/docs/blockers/blocked/l1l2l3-blocked-customer-it-infrastructure-remediation',
    h1: {en: 'Customer IT Infrastructure, Remediation', de: 'IT-Infrastruktur des Kunden, Korrektur'},
  },
];

export const PROCESS_PAGE = SEED_PAGES.find((p) => p.kind === 'process')!;
export const BLOCKER_PAGE = SEED_PAGES.find((p) => p.kind === 'blocker')!;

/** Task 3988 is on the process seed in both locales: required, role SME, service AIP. */
export const SEED_TASK = {id: '3988', name: {en: 'AIP - Review the prerequisites', de: 'AIP - Prüfen der Voraussetzungen'}};

/** The route a page is served at, as the build wrote it: `x.html` → `/x`, `x/index.html` → `/x/`. */
function builtRoute(base: string): string | null {
  if (fs.existsSync(path.join(BUILD_DIR, `${base}.html`))) return base;
  if (fs.existsSync(path.join(BUILD_DIR, base, 'index.html'))) return `${base}/`;
  return null;
}

/** The authoring pages (guide, kitchen sink): built docs under an `authoring` folder. */
export function authoringRoutes(): string[] {
  const dir = path.join(BUILD_DIR, 'docs', 'authoring');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => `/${path.relative(BUILD_DIR, path.join(e.parentPath, e.name)).split(path.sep).join('/').replace(/(\/index)?\.html$/, '')}`)
    .sort();
}

export function catalogRoute(): string | null {
  return builtRoute('/tasks');
}

export function searchRoute(): string | null {
  return builtRoute('/search');
}

export function translationsRoute(): string | null {
  return builtRoute('/translations');
}

export function blockersRoute(): string | null {
  return builtRoute('/blockers');
}

export interface PageKind {
  /** Name for screenshots and test titles. */
  name: string;
  /** Route in the default locale; null when the capability that makes it is missing. */
  route: string | null;
}

/** One page of each kind the site has, for screenshots, console checks and axe. */
export function pageKinds(): PageKind[] {
  return [
    {name: 'home', route: '/'},
    {name: 'process', route: PROCESS_PAGE.route},
    {name: 'blocker', route: BLOCKER_PAGE.route},
    {name: 'catalog', route: catalogRoute()},
    {name: 'search', route: searchRoute() && `${searchRoute()}?q=${SEED_TASK.id}`},
    {name: 'translations', route: translationsRoute()},
    {name: 'blocker-guide', route: blockersRoute()},
    ...(authoringRoutes().length > 0 ? authoringRoutes() : [null]).map(
      (route): PageKind => ({name: route ? `authoring-${path.basename(route)}` : 'authoring', route}),
    ),
  ];
}
