import {normalizePagePath, parseLegacyName} from '../../src/playbook/legacyNames';

/** A DocFX page chosen for import: its file in the folder and the page path it becomes. */
export interface PagePlan {
  /** Folder-relative source file, e.g. `x-partner-de.md`. */
  source: string;
  /** Content-relative page path, e.g. `x.md`. */
  target: string;
}

export interface PageSelection {
  pages: PagePlan[];
  /** Files of another language beside the localized file of the same page: not imported. */
  duplicates: {source: string; localized: string}[];
  /** Localized files that normalize to a page another file of this locale already is: imported under a new name. */
  renamed: {source: string; target: string; sameNameAs: string}[];
  /** Files whose name claims another locale, imported because this locale has no other file for the page. */
  foreign: {source: string; claims: string}[];
}

/**
 * Chooses, for one locale's folder, which file becomes each page.
 *
 * Files are grouped by normalized path (`x.md`, `x-partner.md`, `x-de.md`, `x-partner-de.md`
 * are one page). In a group, files that claim this locale win; without one, unsuffixed files;
 * without those, files claiming another locale. Losers of another language are duplicates
 * (German folders hold English pages beside their translations). Several winners are
 * different texts of one page: the one `toc.yml` links keeps the name, then the one with the
 * DocFX audience suffix, then the first by name; the others become `x-2.md`, `x-3.md` so no
 * page is lost.
 */
export function selectPages(
  files: readonly string[],
  locale: string,
  options: {locales: readonly string[]; tocFiles?: ReadonlySet<string>; takenTargets?: ReadonlySet<string>},
): PageSelection {
  const toc = options.tocFiles ?? new Set<string>();
  const groups = new Map<string, string[]>();
  for (const file of [...files].sort()) {
    const target = normalizePagePath(file, options.locales);
    groups.set(target, [...(groups.get(target) ?? []), file]);
  }
  const taken = new Set([...groups.keys(), ...(options.takenTargets ?? [])]);
  const selection: PageSelection = {pages: [], duplicates: [], renamed: [], foreign: []};

  for (const [target, members] of groups) {
    const claim = (file: string) => parseLegacyName(file, options.locales).locale;
    const localized = members.filter((f) => claim(f) === locale);
    const unclaimed = members.filter((f) => claim(f) === null);
    const winners = localized.length > 0 ? localized : unclaimed.length > 0 ? unclaimed : members;
    const ranked = [...winners].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
    function rank(file: string): number {
      return (toc.has(file) ? 0 : 2) + (parseLegacyName(file, options.locales).audience ? 0 : 1);
    }

    const primary = ranked[0]!;
    selection.pages.push({source: primary, target});
    if (claim(primary) !== null && claim(primary) !== locale) {
      selection.foreign.push({source: primary, claims: claim(primary)!});
    }
    let n = 2;
    for (const other of ranked.slice(1)) {
      while (taken.has(target.replace(/\.md$/, `-${n}.md`))) n++;
      const renamed = target.replace(/\.md$/, `-${n}.md`);
      taken.add(renamed);
      selection.pages.push({source: other, target: renamed});
      selection.renamed.push({source: other, target: renamed, sameNameAs: primary});
    }
    for (const loser of members.filter((f) => !winners.includes(f))) {
      selection.duplicates.push({source: loser, localized: primary});
    }
  }
  selection.pages.sort((a, b) => a.target.localeCompare(b.target));
  return selection;
}
