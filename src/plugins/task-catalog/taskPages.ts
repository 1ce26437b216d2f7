/**
 * The page per task (`/tasks/3988`, `/de/tasks/3988`): real HTML files written after the build,
 * so the site's route table (and every other page's JavaScript) does not grow with the number of
 * tasks. The build renders ONE route, `tasks/:id`, as a template (layout, navbar, scripts); each
 * task's file is that template with the task's content put into its `#task-page` element. The
 * route's component keeps that content when it hydrates (src/components/TaskPage).
 *
 * Everything from content is escaped here (src/trust/escape); the pages carry no inline script.
 */
import fs from 'node:fs';
import path from 'node:path';
import {TASK_PAGE_ELEMENT, TASK_TITLE_PLACEHOLDER} from '../../components/TaskPage/ids';
import {escapeAttribute, escapeHtml} from '../../trust/escape';
import type {TaskDrift, TasksAcrossLocales} from '../../tasks/acrossLocales';
import {taskDrift} from '../../tasks/acrossLocales';
import type {CatalogTask} from '../../tasks/catalog';

/** The route whose page is the template; its file is removed once the task pages are written. */
export const TASK_ROUTE = 'tasks/:id';


/** UI strings of the task page: code.json ids with their English defaults (translations in i18n/<locale>/code.json). */
export const TASK_PAGE_MESSAGES = {
  'tasks.page.kind': 'FTOP task',
  'tasks.page.listedOn': 'Where the playbook lists it',
  'tasks.page.otherLocales': 'In other languages',
  'tasks.page.noOtherLocales': 'No other language lists this task.',
  'tasks.page.drift.title': 'The languages disagree',
  'tasks.page.drift.missing': '{page}: listed in {listed}, not in {missing}.',
  'tasks.page.drift.requirement': '{page}: {requirements}.',
  'tasks.page.malformed': 'Malformed row, shown as written:',
  'tasks.page.catalog': 'All FTOP tasks',
  'tasks.column.id': 'Task ID',
  'tasks.column.requirement': 'Required / Optional',
  'tasks.column.role': 'FastTrack Role',
  'tasks.column.services': 'Services',
  'tasks.column.phase': 'Phase',
  'tasks.requirement.required': 'Required',
  'tasks.requirement.optional': 'Optional',
} as const;
export type TaskPageMessage = keyof typeof TASK_PAGE_MESSAGES;

export interface TaskPageContext {
  locale: string;
  /** Locale → its site base URL (`/`, `/de/`), label (`Deutsch`) and HTML language (`de`). */
  locales: Record<string, {baseUrl: string; label: string; htmlLang: string}>;
  /** Translated UI strings by code.json id (Docusaurus's `codeTranslations`). */
  messages: Readonly<Record<string, string>>;
  across: TasksAcrossLocales;
}

const message = (context: TaskPageContext, id: TaskPageMessage, values: Record<string, string> = {}): string =>
  (context.messages[id] ?? TASK_PAGE_MESSAGES[id]).replace(/\{(\w+)\}/g, (all, key: string) => values[key] ?? all);

/** `/de/tasks/3988` */
export function taskPageUrl(baseUrl: string, id: string): string {
  return `${baseUrl}tasks/${id}`;
}

function facts(context: TaskPageContext, task: CatalogTask): string {
  const rows: [TaskPageMessage, string][] = [
    ['tasks.column.requirement', task.requirement ? `<span class="task-badge task-badge--${task.requirement}">${escapeHtml(message(context, `tasks.requirement.${task.requirement}`))}</span>` : ''],
    ['tasks.column.role', escapeHtml(task.role ?? '')],
    ['tasks.column.services', task.services.length ? `<ul class="task-services">${task.services.map((s) => `<li class="task-service">${escapeHtml(s)}</li>`).join('')}</ul>` : ''],
    ['tasks.column.phase', escapeHtml(task.phase ?? '')],
  ];
  return `<dl class="task-page__facts">${rows.filter(([, value]) => value).map(([label, value]) => `<dt>${escapeHtml(message(context, label))}</dt><dd>${value}</dd>`).join('')}</dl>`;
}

function listing(context: TaskPageContext, task: CatalogTask): string {
  const where = `<a href="${escapeAttribute(task.url)}">${escapeHtml(task.page.title)}</a>${task.method ? ` › <a href="${escapeAttribute(task.url)}">${escapeHtml(task.method)}</a>` : ''}`;
  const malformed = task.malformed
    ? `<p class="task-page__malformed"><strong>${escapeHtml(message(context, 'tasks.page.malformed'))}</strong> <code>${escapeHtml((task.cells ?? []).join(' | '))}</code></p>`
    : '';
  return `<li data-task-listing="${escapeAttribute(task.url)}">${where}${malformed}</li>`;
}

function otherLocales(context: TaskPageContext, id: string): string {
  const links = Object.entries(context.locales).flatMap(([locale, {baseUrl, label}]) => {
    const there = context.across.names.get(locale)?.get(id);
    if (locale === context.locale || there === undefined) return [];
    return [`<li><a href="${escapeAttribute(taskPageUrl(baseUrl, id))}" hreflang="${escapeAttribute(locale)}" data-task-locale="${escapeAttribute(locale)}">${escapeHtml(label)}</a>: <span lang="${escapeAttribute(context.locales[there.lang]?.htmlLang ?? there.lang)}">${escapeHtml(there.name)}</span></li>`];
  });
  return links.length ? `<ul>${links.join('')}</ul>` : `<p>${escapeHtml(message(context, 'tasks.page.noOtherLocales'))}</p>`;
}

function driftNote(context: TaskPageContext, drift: readonly TaskDrift[]): string {
  if (drift.length === 0) return '';
  const label = (locale: string) => context.locales[locale]?.label ?? locale;
  const items = drift.map((d) => {
    const page = d.titles[context.locale] ?? Object.values(d.titles)[0] ?? d.source;
    const lines: string[] = [];
    if (d.listedIn.length) lines.push(message(context, 'tasks.page.drift.missing', {page, listed: d.listedIn.map(label).join(', '), missing: d.missingFrom.map(label).join(', ')}));
    const requirements = Object.entries(d.requirements);
    if (requirements.length) {
      const each = requirements.map(([locale, r]) => `${label(locale)}: ${message(context, `tasks.requirement.${r as 'required' | 'optional'}`)}`).join(', ');
      lines.push(message(context, 'tasks.page.drift.requirement', {page, requirements: each}));
    }
    return lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('');
  });
  return `<div class="alert alert--warning task-page__drift" role="note" data-task-drift><p><strong>${escapeHtml(message(context, 'tasks.page.drift.title'))}</strong></p><ul>${items.join('')}</ul></div>`;
}

/** One task's page content (the entries are every row of this locale listing the ID) and its title. */
export function taskPageContent(context: TaskPageContext, id: string, entries: readonly CatalogTask[]): {title: string; html: string} {
  const main = entries.find((t) => !t.malformed) ?? entries[0]!;
  const title = main.name ? `${id} – ${main.name}` : id;
  const catalogUrl = `${context.locales[context.locale]?.baseUrl ?? '/'}tasks?q=${encodeURIComponent(id)}`;
  const html = [
    `<p class="task-page__kind"><a href="${escapeAttribute(catalogUrl)}">${escapeHtml(message(context, 'tasks.page.catalog'))}</a></p>`,
    `<h1><span class="task-page__id">${escapeHtml(id)}</span> ${escapeHtml(main.name)}</h1>`,
    main.malformed ? '' : facts(context, main),
    driftNote(context, taskDrift(context.across.drift, id)),
    `<h2>${escapeHtml(message(context, 'tasks.page.listedOn'))}</h2>`,
    `<ul class="task-page__listings">${entries.map((t) => listing(context, t)).join('')}</ul>`,
    `<h2>${escapeHtml(message(context, 'tasks.page.otherLocales'))}</h2>`,
    otherLocales(context, id),
  ].join('');
  return {title, html};
}

/** The catalog's entries grouped by task ID, in catalog order. */
export function tasksById(catalog: readonly CatalogTask[]): Map<string, CatalogTask[]> {
  const byId = new Map<string, CatalogTask[]>();
  for (const task of catalog) byId.set(task.id, [...(byId.get(task.id) ?? []), task]);
  return byId;
}

const TEMPLATE_PATH = TASK_ROUTE.replace(':id', '%3Aid');

/** Finds the template's file: `tasks/:id.html` (or URL-encoded, depending on the platform). */
function templateFile(outDir: string): string | null {
  return [`${TASK_ROUTE}.html`, `${TEMPLATE_PATH}.html`].map((f) => path.join(outDir, f)).find((f) => fs.existsSync(f)) ?? null;
}

/**
 * Writes `tasks/<id>.html` for every task of the catalog, from the template the build rendered,
 * and removes the template. Synchronous on purpose: plugins that post-process every page (the
 * Content-Security-Policy, the search index) run after it and see these pages.
 */
export function writeTaskPages(outDir: string, context: TaskPageContext, catalog: readonly CatalogTask[]): number {
  const file = templateFile(outDir);
  if (!file) throw new Error(`Task pages: the build rendered no ${TASK_ROUTE}.html template in ${outDir}.`);
  const template = fs.readFileSync(file, 'utf8');
  const slot = new RegExp(`<div id="?${TASK_PAGE_ELEMENT}"?[^>]*></div>`);
  if (!slot.test(template)) throw new Error(`Task pages: ${file} has no empty #${TASK_PAGE_ELEMENT} element.`);
  let written = 0;
  for (const [id, entries] of tasksById(catalog)) {
    const {title, html} = taskPageContent(context, id, entries);
    const page = template
      .replace(slot, () => `<div id="${TASK_PAGE_ELEMENT}" data-title="${escapeAttribute(title)}">${html}</div>`)
      .split(TASK_TITLE_PLACEHOLDER).join(escapeAttribute(title))
      .split(TASK_ROUTE).join(`tasks/${id}`)
      .split(TEMPLATE_PATH).join(`tasks/${id}`);
    fs.writeFileSync(path.join(outDir, 'tasks', `${id}.html`), page);
    written++;
  }
  fs.rmSync(file);
  return written;
}
