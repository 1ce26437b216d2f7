/**
 * Generated playbook pages shaped like the seeds: DocFX front matter, a `Phase:` line,
 * callouts, methods with role lines and an FTOP task table, links by old DocFX file name,
 * and an update summary. The text is made up; nothing comes from the corpus.
 */
import fs from 'node:fs';
import path from 'node:path';
import {docsDirOf} from '../../src/content/contentTree';

export interface GenerateOptions {
  pagesPerLocale: number;
  tasksPerPage: number;
  locales: readonly ('en' | 'de')[];
}

const GROUP_SIZE = 50;
const SERVICES = ['Exchange', 'Intune', 'SharePoint', 'Teams', 'AIP', 'Core Onboarding', 'OneDrive for Business'];
const ROLES = ['FastTrack Engineer', 'SME', 'FastTrack Manager', 'FastTrack Architect v2'];

const TEXT = {
  en: {
    title: 'Generated Process',
    phase: 'Phase: **Remediate**',
    overview: 'Overview',
    overviewText: 'This generated process describes steps a partner takes with a customer, in the order the playbook expects them.',
    approach: 'Approach',
    method: 'Method',
    roleLines: 'Primary Role: **FastTrack Engineer**  \nApplies To: **All Services**',
    tasks: 'FTOP Tasks',
    header: '| Task ID | Task Name | (M)andatory / (O)ptional | FastTrack Role | Services |',
    taskName: 'Prepare the workload step',
    required: 'M',
    important: '[!IMPORTANT]',
    importantText: '**Definition:** generated guidance that stands for a callout in a real page.',
    tip: '[!TIP]',
    tipText: 'Generated questions to ask the customer before moving on.',
    next: 'Next Steps',
    nextText: 'Continue with the process',
    link: (n: number) => `generated-process-${n}-partner.md`,
    summary: 'Refresh Summary',
    summaryHeader: '| Date | Who Changed | What Changed |',
    dates: ['1/29/2020', '9/27/2019', '12/18/2019'],
    change: 'Content updated',
  },
  de: {
    title: 'Generierter Prozess',
    phase: 'Phase: **Korrektur**',
    overview: 'Übersicht',
    overviewText: 'Dieser generierte Prozess beschreibt Schritte, die ein Partner mit einem Kunden ausführt, in der erwarteten Reihenfolge.',
    approach: 'Methode',
    method: 'Vorgehen',
    roleLines: 'Primäre Rolle: **FastTrack-Entwickler**  \nGilt für: **Alle Dienste**',
    tasks: 'FTOP-Aufgaben',
    header: '| Aufgaben-ID | Name der Aufgabe | (E)rforderlich / (O)ptional | FastTrack-Rolle | Dienste |',
    taskName: 'Vorbereiten des Arbeitsschritts',
    required: 'E',
    important: '[!WICHTIG]',
    importantText: '**Definition:** generierte Anleitung, die für einen Hinweis auf einer echten Seite steht.',
    tip: '[!TIPP]',
    tipText: 'Generierte Fragen an den Kunden, bevor es weitergeht.',
    next: 'Nächste Schritte',
    nextText: 'Weiter mit dem Prozess',
    link: (n: number) => `generated-process-${n}-partner-de.md`,
    summary: 'Zusammenfassung der Aktualisierung',
    summaryHeader: '| Datum | Geändert durch | Änderung an |',
    dates: ['03/26/2020', '18.12.2019', '02.05.2018'],
    change: 'Inhalt aktualisiert',
  },
} as const;

export function taskId(page: number, row: number, tasksPerPage: number): number {
  return 100000 + page * tasksPerPage + row;
}

export function generatedPage(locale: 'en' | 'de', page: number, options: Pick<GenerateOptions, 'pagesPerLocale' | 'tasksPerPage'>): string {
  const t = TEXT[locale];
  const rows = Array.from({length: options.tasksPerPage}, (_, row) => {
    const id = taskId(page, row, options.tasksPerPage);
    const services = row % 5 === 0 ? `${SERVICES[row % SERVICES.length]} / ${SERVICES[(row + 1) % SERVICES.length]}` : SERVICES[row % SERVICES.length];
    return `| ${id} | ${SERVICES[row % SERVICES.length]} - ${t.taskName} ${row + 1} | ${row % 3 === 0 ? t.required : 'O'} | ${ROLES[row % ROLES.length]} | ${services} |`;
  });
  const next = (page + 1) % options.pagesPerLocale;
  return [
    '---',
    `title: FastTrack Partner Playbook - ${TEXT.en.title} ${page}`,
    `description: FastTrack Partner Playbook - ${TEXT.en.title} ${page}`,
    'author: Bench Author',
    'ms.author: bench',
    'manager: bench',
    'ms.date: 5/02/2019',
    'ms.topic: playbook',
    'ms.prod: non-product-specific',
    'ms.custom: partner-playbook',
    'ft.audience: partner',
    'ft.owner: bench',
    '---',
    '',
    `# ${t.title} ${page}`,
    '',
    t.phase,
    '',
    `> ${t.important}`,
    `> ${t.importantText}`,
    '',
    `## ${t.overview}`,
    '',
    t.overviewText,
    '',
    `## ${t.approach}`,
    '',
    `### ${t.method} ${page}`,
    '',
    t.roleLines,
    '',
    t.overviewText,
    '',
    `#### ${t.tasks}`,
    '',
    t.header,
    '| ------- | --------- | :------: | :------: | -------- |',
    ...rows,
    '',
    `> ${t.tip}`,
    `> ${t.tipText}`,
    '',
    `## ${t.next}`,
    '',
    `  - ${t.nextText} [${t.title} ${next}](${t.link(next)}).`,
    '',
    `## ${t.summary}`,
    '',
    t.summaryHeader,
    '|---------|---------------|----------------------------|',
    ...t.dates.map((date) => `| ${date} | Bench Author | ${t.change} |`),
    '',
  ].join('\n');
}

/** Writes the pages into a site copy under `generated/` and lists them in the first sidebar. */
export function writeGeneratedPages(siteDir: string, options: GenerateOptions): number {
  for (const locale of options.locales) {
    for (let page = 0; page < options.pagesPerLocale; page++) {
      const group = String(Math.floor(page / GROUP_SIZE)).padStart(3, '0');
      const file = path.join(docsDirOf(siteDir, locale), 'generated', `group-${group}`, `generated-process-${page}.md`);
      fs.mkdirSync(path.dirname(file), {recursive: true});
      fs.writeFileSync(file, generatedPage(locale, page, options));
    }
  }
  addGeneratedSidebar(siteDir);
  return options.pagesPerLocale * options.locales.length;
}

/** Keeps the site's own sidebars and appends an autogenerated category for `generated/`. */
function addGeneratedSidebar(siteDir: string): void {
  const sidebars = path.join(siteDir, 'sidebars.ts');
  if (fs.existsSync(path.join(siteDir, 'sidebars.site.ts'))) return;
  fs.renameSync(sidebars, path.join(siteDir, 'sidebars.site.ts'));
  fs.writeFileSync(
    sidebars,
    [
      "import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';",
      "import site from './sidebars.site';",
      'const first = Object.keys(site)[0]!;',
      "const generated = {type: 'category' as const, label: 'Generated', items: [{type: 'autogenerated' as const, dirName: 'generated'}]};",
      'const sidebars: SidebarsConfig = {...site, [first]: [...(site[first] as unknown[]), generated] as SidebarsConfig[string]};',
      'export default sidebars;',
      '',
    ].join('\n'),
  );
}
