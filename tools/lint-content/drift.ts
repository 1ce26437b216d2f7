import fs from 'node:fs';
import {parsePage} from '../../src/content/parsePage';
import {extractPageTasks} from '../../src/tasks/extract';
import type {Requirement} from '../../src/playbook';
import {sitePath} from './findings';
import {listContent, type ContentFile} from './lint';

interface TaskSide {
  requirement: Requirement;
  name: string;
  line: number;
}

export interface PageDrift {
  source: string;
  /** Each locale's H1 and file. */
  pages: {locale: string; title: string; file: string}[];
  /** Task IDs missing from some locale, with the locales that have them. */
  onlyIn: {id: string; locale: string; task: TaskSide; missingFrom: string[]}[];
  requirementDiffers: {id: string; byLocale: Record<string, TaskSide>}[];
}

function tasksOf(file: ContentFile): {title: string; tasks: Map<string, TaskSide>} {
  const page = extractPageTasks(parsePage(fs.readFileSync(file.absolute, 'utf8')));
  const tasks = new Map<string, TaskSide>();
  for (const row of page.tables.flatMap((t) => t.rows)) {
    if (!row.task || tasks.has(row.task.id)) continue;
    tasks.set(row.task.id, {requirement: row.task.requirement, name: row.task.namePlain, line: row.node.position?.start.line ?? 1});
  }
  return {title: page.title ?? file.source, tasks};
}

/** Task differences between the locales of every page that exists in more than one. */
export function findDrift(siteDir: string, locales: readonly string[], defaultLocale: string): PageDrift[] {
  const bySource = new Map<string, ContentFile[]>();
  for (const f of listContent(siteDir, locales, defaultLocale).filter((file) => !file.partial)) bySource.set(f.source, [...(bySource.get(f.source) ?? []), f]);

  const drift: PageDrift[] = [];
  for (const [source, files] of bySource) {
    if (files.length < 2) continue;
    const sides = files.map((f) => ({file: f, ...tasksOf(f)}));
    const ids = [...new Set(sides.flatMap((s) => [...s.tasks.keys()]))].sort((a, b) => Number(a) - Number(b));
    const entry: PageDrift = {
      source,
      pages: sides.map((s) => ({locale: s.file.locale, title: s.title, file: sitePath(siteDir, s.file.absolute)})),
      onlyIn: [],
      requirementDiffers: [],
    };
    for (const id of ids) {
      const having = sides.filter((s) => s.tasks.has(id));
      if (having.length < sides.length) {
        const missingFrom = sides.filter((s) => !s.tasks.has(id)).map((s) => s.file.locale);
        for (const s of having) entry.onlyIn.push({id, locale: s.file.locale, task: s.tasks.get(id)!, missingFrom});
      }
      const requirements = new Set(having.map((s) => s.tasks.get(id)!.requirement));
      if (requirements.size > 1) {
        entry.requirementDiffers.push({id, byLocale: Object.fromEntries(having.map((s) => [s.file.locale, s.tasks.get(id)!]))});
      }
    }
    if (entry.onlyIn.length || entry.requirementDiffers.length) drift.push(entry);
  }
  return drift;
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

