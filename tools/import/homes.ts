/**
 * One page per name. A DocFX page is named by its file name (`x-partner-de.md` is page `x`),
 * wherever it sits. When the site already has a hand-written page of that name (the seed
 * blocker page under `blockers/blocked/`), an import would add a second page of that name, and
 * readers would see two pages with one title. Instead, the hand-written page wins:
 * - the page's files of every locale go to the hand-written page's path (its *home*), so the
 *   locales stay one page;
 * - where a locale has its own hand-written file there, that file stays and the imported text
 *   is not written;
 * - the import manifest maps the DocFX file name to the home, so links by either name
 *   (`x.md`, `x-de.md`) reach it.
 * To take the imported text instead, delete the hand-written file and import again.
 */
import path from 'node:path';
import {readContentLayout} from '../../src/content/layout';
import {readManifests} from '../../src/content/importManifest';
import {normalizePageName} from '../../src/playbook/legacyNames';
import type {PagePlan} from './pairing';

/** A page the import placed at a hand-written page's path. */
export interface NameClash {
  /** The DocFX file, folder-relative. */
  source: string;
  /** Where the import would have put it, site-relative. */
  imported: string;
  /** The hand-written page's path in this locale, site-relative: where the page is now. */
  home: string;
  /** True when this locale's hand-written file stays there and the imported text is not written. */
  kept: boolean;
}

/** Landing pages share their file name across folders; they are never one page by name. */
const FOLDER_PAGE = /^(index|readme)$/i;

const toPosix = (p: string) => p.split(path.sep).join('/');

/**
 * Pages of the site no import wrote (placeholders neither), by normalized name: the default
 * locale's first, then other locales'. Content-relative paths.
 */
export function handWrittenHomes(siteDir: string, locales: readonly string[], defaultLocale: string, placeholders: ReadonlySet<string>): Map<string, string> {
  const layout = readContentLayout(siteDir, {locales, defaultLocale});
  const imported = new Set(readManifests(siteDir).flatMap((m) => Object.keys(m.files)));
  const homes = new Map<string, string>();
  for (const locale of [defaultLocale, ...locales.filter((l) => l !== defaultLocale)]) {
    for (const page of layout.pages(locale)) {
      const file = toPosix(path.relative(siteDir, path.join(layout.docsDir(locale), page)));
      const name = normalizePageName(page, locales);
      if (imported.has(file) || placeholders.has(file) || FOLDER_PAGE.test(name) || homes.has(name)) continue;
      homes.set(name, page);
    }
  }
  return homes;
}

/**
 * Moves each planned page whose name has a home elsewhere to that home (in place), and says
 * which ones this locale's own hand-written file keeps. `siteRel` makes a content-relative
 * path of this locale site-relative; `handHere` holds this locale's hand-written pages.
 */
export function placeAtHomes(
  pages: PagePlan[],
  homes: ReadonlyMap<string, string>,
  handHere: ReadonlySet<string>,
  locales: readonly string[],
  siteRel: (target: string) => string,
): NameClash[] {
  const clashes: NameClash[] = [];
  for (const page of pages) {
    const home = homes.get(normalizePageName(page.target, locales));
    if (!home || home === page.target) continue;
    clashes.push({source: page.source, imported: siteRel(page.target), home: siteRel(home), kept: handHere.has(home)});
    page.target = home;
  }
  return clashes;
}
