import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * What `npm run import` brought into the site, one file per locale under `imports/`.
 * Re-importing a locale removes exactly these files first; nothing else is touched.
 */
export interface ImportManifest {
  locale: string;
  /** The folder's name, for the record (never an absolute path). */
  from: string;
  /** DocFX file in the folder → the page it became, content-relative (`x-partner-de.md` → `x.md`). */
  pages: {source: string; target: string}[];
  /** Include files the import brought (partials, never pages), content-relative. */
  partials?: string[];
  /** Folders that hold only include files (`includes/`), content-relative: every Markdown file under them is a partial. */
  includeFolders?: string[];
  /** Every file the import wrote, site-relative (pages, media, the sidebar) → sha256 as written. */
  files: Record<string, string>;
}

/** Files the imports derive across locales: placeholders and sidebar labels. */
export interface DerivedManifest {
  /** Default-locale pages standing in for pages only other locales have: site-relative path → sha256 as written. */
  placeholders: Record<string, string>;
  /** Keys written to each locale's `current.json`. */
  labels: Record<string, string[]>;
}

export const IMPORTS_DIR = 'imports';

/** How manifests recognize a file as they wrote it. */
export function contentHash(data: string | Buffer): string {
  return crypto.createHash('sha256').update(data).digest('hex');
}
/** The sidebar made from the default locale's `toc.yml`, beside `sidebars.ts`, which prefers it. */
export const IMPORTED_SIDEBAR_FILE = 'sidebars.imported.json';
/** The sidebar the navbar shows. */
export const SIDEBAR_ID = 'playbook';
const DERIVED = 'derived.json';

export function manifestPath(siteDir: string, locale: string): string {
  return path.join(siteDir, IMPORTS_DIR, `${locale}.json`);
}

export function readManifest(siteDir: string, locale: string): ImportManifest | null {
  const file = manifestPath(siteDir, locale);
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as ImportManifest) : null;
}

/** Manifests of every locale imported so far. */
export function readManifests(siteDir: string): ImportManifest[] {
  const dir = path.join(siteDir, IMPORTS_DIR);
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir)
    .filter((name) => name.endsWith('.json') && name !== DERIVED)
    .sort()
    .map((name) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as ImportManifest);
}

export function readDerived(siteDir: string): DerivedManifest {
  const file = path.join(siteDir, IMPORTS_DIR, DERIVED);
  return fs.existsSync(file)
    ? (JSON.parse(fs.readFileSync(file, 'utf8')) as DerivedManifest)
    : {placeholders: {}, labels: {}};
}

function writeJson(file: string, value: unknown): void {
  fs.mkdirSync(path.dirname(file), {recursive: true});
  fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

export function writeManifest(siteDir: string, manifest: ImportManifest): void {
  writeJson(manifestPath(siteDir, manifest.locale), manifest);
}

export function writeDerived(siteDir: string, derived: DerivedManifest): void {
  writeJson(path.join(siteDir, IMPORTS_DIR, DERIVED), derived);
}

/**
 * Default-locale placeholders the imports wrote that nobody has edited since (site-relative):
 * stand-ins for pages only other locales have, not real pages of the default locale.
 */
export function importPlaceholders(siteDir: string): Set<string> {
  const placeholders = readDerived(siteDir).placeholders;
  return new Set(Object.keys(placeholders).filter((file) => {
    const abs = path.join(siteDir, file);
    return fs.existsSync(abs) && contentHash(fs.readFileSync(abs, 'utf8')) === placeholders[file];
  }));
}
