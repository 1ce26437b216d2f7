/**
 * What the browser tests visit: the site's page kinds in both locales, and which of the
 * playbook's capabilities the production build has. Tests of a capability that has not
 * landed yet are skipped with the reason; once a capability is listed in LANDED its tests
 * always run, so a regression fails instead of turning into a skip.
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

/** The built HTML file that serves a route, if any (clean URLs, as the test server serves them). */
function builtFile(route: string, buildDir = BUILD_DIR): string | null {
  const clean = route.replace(/\/$/, '');
  for (const candidate of [`${clean}.html`, `${clean}/index.html`]) {
    const file = path.join(buildDir, candidate);
    if (fs.existsSync(file)) return file;
  }
  return null;
}

function builtHtml(route: string): string {
  const file = builtFile(route);
  return file ? fs.readFileSync(file, 'utf8') : '';
}

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

export interface Capability {
  /** What the tests need and which issue brings it, for the skip reason. */
  needs: string;
  /** Whether the production build has it. */
  present: () => boolean;
}

export const CAPABILITIES = {
  callouts: {
    needs: 'issue 3: DocFX callouts',
    present: () => {
      const html = builtHtml(BLOCKER_PAGE.route);
      return html !== '' && !html.includes('[!IMPORTANT]');
    },
  },
  taskTables: {
    needs: 'issue 4: TaskTable with #task-ID rows',
    // The build minifies HTML: attribute values may be unquoted.
    present: () => new RegExp(`\\bid=["']?task-${SEED_TASK.id}\\b`).test(builtHtml(PROCESS_PAGE.route)),
  },
  catalog: {
    needs: 'issue 4: task catalog at /tasks/',
    present: () => catalogRoute() !== null,
  },
  search: {
    needs: 'issue 6: search box and /search/ page',
    present: () => searchRoute() !== null,
  },
  authoringPage: {
    needs: 'issues 3/8: authoring pages under docs/authoring/',
    present: () => authoringRoutes().length > 0,
  },
} satisfies Record<string, Capability>;
export type CapabilityName = keyof typeof CAPABILITIES;

/**
 * Capabilities merged into this branch. Their tests never skip: if the build lacks one,
 * the tests fail. Add a capability here when its branch lands on main.
 */
export const LANDED: readonly CapabilityName[] = ['callouts', 'taskTables', 'catalog', 'search', 'authoringPage'];

export function catalogRoute(): string | null {
  return builtRoute('/tasks');
}

export function searchRoute(): string | null {
  return builtRoute('/search');
}

/**
 * `node:test` options for a test that needs these capabilities: runs when they are all
 * present or landed, otherwise is skipped with "not available yet (needs …)".
 */
export function needs(...names: CapabilityName[]): {skip?: string} {
  const missing = names.filter((name) => !LANDED.includes(name) && !CAPABILITIES[name].present());
  return missing.length === 0 ? {} : {skip: `not available yet (needs ${missing.map((n) => CAPABILITIES[n].needs).join('; ')})`};
}

export interface PageKind {
  /** Name for screenshots and test titles. */
  name: string;
  /** Route in the default locale; null when the capability that makes it is missing. */
  route: string | null;
  needs?: CapabilityName;
}

/** One page of each kind the site has, for screenshots, console checks and axe. */
export function pageKinds(): PageKind[] {
  return [
    {name: 'home', route: '/'},
    {name: 'process', route: PROCESS_PAGE.route},
    {name: 'blocker', route: BLOCKER_PAGE.route},
    {name: 'catalog', route: catalogRoute(), needs: 'catalog'},
    {name: 'search', route: searchRoute() && `${searchRoute()}?q=${SEED_TASK.id}`, needs: 'search'},
    ...(authoringRoutes().length > 0 ? authoringRoutes() : [null]).map(
      (route): PageKind => ({name: route ? `authoring-${path.basename(route)}` : 'authoring', route, needs: 'authoringPage'}),
    ),
  ];
}
