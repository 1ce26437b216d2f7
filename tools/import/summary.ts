import type {Finding, ImportReport} from './importPlaybook';

const at = (f: Finding) => `${f.file}${f.line ? `:${f.line}${f.column ? `:${f.column}` : ''}` : ''}`;

function section<T>(lines: string[], title: string, items: readonly T[], show: (item: T) => string): void {
  lines.push(`${title}: ${items.length}`);
  for (const item of items) lines.push(`  ${show(item)}`);
}

/** The import's summary as printed by the command, one section per kind of finding. */
export function formatSummary(report: ImportReport): string {
  const lines: string[] = [];
  const {locale} = report;
  lines.push(`Imported ${report.from} as ${locale}: ${report.pages.length} pages, ${report.partials.length} include files, ${report.assets} media files.`);
  if (report.docfx) lines.push(`Followed ${report.docfx}: its content, resource and exclude decide what is imported.`);
  if (report.includeFolders.length > 0) lines.push(`Include folders (no page is made from a file there): ${report.includeFolders.join(', ')}`);
  for (const s of report.sidebars) lines.push(`Sidebar ${s.audience ? `for PLAYBOOK_AUDIENCE=${s.audience} builds` : 'for every build'} from ${s.toc}`);
  lines.push(`Pages paired with another locale: ${report.paired.length}`);
  section(lines, `Pages only in ${locale}`, report.onlyHere, (t) => t);
  section(lines, `Pages other locales have and ${locale} does not`, report.onlyElsewhere, (p) => `${p.target} (${p.locales.join(', ')})`);
  section(lines, 'Localized duplicates, not imported', report.duplicates, (d) => `${d.source}: ${locale} has ${d.localized}`);
  section(lines, 'Files claiming another locale, imported because there is no other', report.foreign, (f) => `${f.source} (says ${f.claims})`);
  section(lines, 'Second texts of one page, imported under a new name', report.renamed, (r) => `${r.source} → ${r.target} (${r.sameNameAs} keeps the name)`);
  section(lines, 'Named like a hand-written page, which wins (links by either DocFX name reach it)', report.nameClashes, (c) =>
    c.kept ? `${c.source}: ${c.home} stays as written; not written to ${c.imported}` : `${c.source} → ${c.home} (not ${c.imported}), beside the hand-written page of other locales`);
  section(lines, 'Pages with the same title (readers see both; rename or remove one)', report.sameTitles, (t) => `"${t.title}": ${t.files.join(', ')}`);
  section(lines, 'Placeholders for pages the default locale lacks', report.derived.placeholders, (p) => `${p.file} → ${p.locales.join(', ')}`);
  if (report.derived.removedPlaceholders.length > 0) section(lines, 'Placeholders removed', report.derived.removedPlaceholders, (f) => f);
  if (report.derived.editedPlaceholders.length > 0) section(lines, 'Placeholders edited by hand, left alone', report.derived.editedPlaceholders, (f) => f);
  for (const l of report.derived.labels) {
    lines.push(`Sidebar labels for ${l.locale} from its page titles: ${l.written} (current.json)`);
    if (l.keptByHand.length > 0) lines.push(`  kept as written by hand: ${l.keptByHand.join(', ')}`);
    if (l.untranslated.length > 0) lines.push(`  categories with no page to take a title from, left as in toc.yml: ${l.untranslated.join(', ')}`);
  }
  section(lines, 'Sidebar (toc.yml) problems', report.toc, (f) => `${at(f)}  ${f.message}`);
  if (report.notInSidebar.length > 0) section(lines, 'Imported pages not in toc.yml (published, in no sidebar)', report.notInSidebar, (id) => id);
  section(lines, 'Links that could not be resolved (shown as plain text)', report.unresolvedLinks, (f) => `${at(f)}  ${f.message}`);
  if (report.audienceLinks.length > 0) section(lines, 'Links to pages an audience\'s build leaves out (ft.audience)', report.audienceLinks, (f) => `${at(f)}  ${f.message}`);
  // The default locale by its own name ("English", "Deutsch"): no language is assumed.
  const fallback = new Intl.DisplayNames([report.defaultLocale], {type: 'language'}).of(report.defaultLocale) ?? report.defaultLocale;
  section(lines, `Images resolved through the ${fallback} (default locale) fallback`, report.fallbackImages, (f) => `${at(f)}  ${f.message}`);
  section(lines, 'Images missing everywhere (build errors)', report.missingImages, (f) => `${at(f)}  ${f.message}`);
  if (report.skipped.length > 0) section(lines, 'Files not imported', report.skipped, (s) => `${s.file} (${s.reason})`);
  if (report.edited.length > 0) section(lines, 'Edited since the last import, replaced by the folder\'s version (recover edits from git)', report.edited, (f) => f);
  if (report.removed.length > 0) section(lines, 'Removed (brought by the previous import, gone from the folder)', report.removed, (f) => f);
  return lines.join('\n');
}
