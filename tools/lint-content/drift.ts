import {findDrift as findPageDrift, type PageDrift} from '../../src/tasks/drift';
import {sitePath} from './findings';

export type {PageDrift} from '../../src/tasks/drift';

/** Every page's task differences, files named from the site's root. */
export function findDrift(siteDir: string, locales: readonly string[], defaultLocale: string): PageDrift[] {
  return findPageDrift(siteDir, locales, defaultLocale, (f) => sitePath(siteDir, f.absolute));
}

/** A report a translator or page owner can act on: which page, which task, where, what to do. */
export function formatDriftReport(drift: PageDrift[]): string {
  if (drift.length === 0) return 'Translation drift: none. Every page lists the same tasks, with the same requirements, in every language.\n';
  const lines = [`Translation drift: ${drift.length} page(s) list different tasks in different languages.`, ''];
  for (const page of drift) {
    lines.push(`## ${page.pages.map((p) => `${p.title} (${p.locale})`).join(' / ')}`);
    for (const p of page.pages) lines.push(`   ${p.locale}: ${p.file}`);
    const fileOf = (locale: string) => page.pages.find((p) => p.locale === locale)!.file;
    for (const {id, locale, task, missingFrom} of page.onlyIn) {
      lines.push(`   - Task ${id} "${task.name}" is only in ${locale} (${fileOf(locale)}:${task.line}); add it to ${missingFrom.join(', ')} or remove it from ${locale}.`);
    }
    for (const {id, byLocale} of page.requirementDiffers) {
      const states = Object.entries(byLocale).map(([locale, t]) => `${t.requirement} in ${locale} (${fileOf(locale)}:${t.line})`);
      lines.push(`   - Task ${id} is ${states.join(' but ')}; make the requirement the same in every language.`);
    }
    lines.push('');
  }
  const tasks = drift.reduce((n, p) => n + new Set(p.onlyIn.map((o) => o.id)).size + p.requirementDiffers.length, 0);
  lines.push(`${tasks} task difference(s) on ${drift.length} page(s).`);
  return `${lines.join('\n')}\n`;
}

