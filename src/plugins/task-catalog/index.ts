import fs from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {DocMetadata} from '@docusaurus/plugin-content-docs';
import {indexedPage} from '../../pageIndex';
import {catalogues, readTasksAcrossLocales, type TasksAcrossLocales} from '../../tasks/acrossLocales';
import {TASK_ROUTE, writeTaskPages, type TaskPageContext} from './taskPages';
import {TASKS_SCHEMA_PATH, catalogTasksOf, sortCatalog, toTasksJson, type CatalogTask} from '../../tasks/catalog';
import {publishedDocs, sidebarCategories} from '../docs';

async function pageTasks(context: LoadContext, doc: DocMetadata, categories: Map<string, string>): Promise<CatalogTask[]> {
  const file = path.join(context.siteDir, doc.source.replace(/^@site\//, ''));
  const {tasks} = indexedPage(file, await fs.readFile(file, 'utf8'));
  return catalogTasksOf({url: doc.permalink, locale: context.i18n.currentLocale, fallbackTitle: doc.title, sidebarPhase: categories.get(doc.id) ?? null, tasks});
}

export const TASKS_JSON = 'tasks.json';

/**
 * Whether the catalog lists a page's tasks: not for unlisted pages, nor for `ft.catalog: false`
 * (example task tables, which are not real tasks to look up).
 */
export function listsTasksOf(frontMatter: Record<string, unknown>, unlisted = frontMatter.unlisted === true): boolean {
  return catalogues({...frontMatter, unlisted});
}

/**
 * Collects the FTOP tasks of the current locale's docs (same extraction as the pages' task
 * tables), adds the catalog page at `<baseUrl>tasks` and writes `<baseUrl>tasks.json`.
 */
export default function taskCatalogPlugin(context: LoadContext): Plugin {
  let catalog: CatalogTask[] = [];
  let across: TasksAcrossLocales = {names: new Map(), drift: []};
  const {i18n} = context;
  return {
    name: 'playbook-task-catalog',

    async allContentLoaded({allContent, actions}) {
      const version = publishedDocs(allContent, 'Task catalog');
      const categories = sidebarCategories(version);
      const listed = version.docs.filter((doc) => listsTasksOf(doc.frontMatter, doc.unlisted));
      catalog = sortCatalog((await Promise.all(listed.map((doc) => pageTasks(context, doc, categories)))).flat());

      const data = await actions.createData('task-catalog.json', JSON.stringify({tasks: catalog}));
      actions.addRoute({
        path: `${context.baseUrl}tasks`,
        component: '@site/src/components/TaskCatalog/index.tsx',
        exact: true,
        modules: {catalog: data},
      });
      // One route for every task page; the pages themselves are written after the build.
      actions.addRoute({path: `${context.baseUrl}${TASK_ROUTE}`, component: '@site/src/components/TaskPage/index.tsx', exact: true});
      across = readTasksAcrossLocales(context.siteDir, i18n.locales, i18n.defaultLocale);
    },

    async postBuild({outDir}) {
      // Before the first await: later plugins (Content-Security-Policy, search index) then see the task pages.
      const pageContext: TaskPageContext = {
        locale: i18n.currentLocale,
        locales: Object.fromEntries(i18n.locales.map((locale) => [locale, {baseUrl: i18n.localeConfigs[locale]!.baseUrl, label: i18n.localeConfigs[locale]!.label, htmlLang: i18n.localeConfigs[locale]!.htmlLang}])),
        messages: Object.fromEntries(Object.entries(context.codeTranslations)),
        across,
      };
      writeTaskPages(outDir, pageContext, catalog);
      await fs.writeFile(path.join(outDir, TASKS_JSON), `${JSON.stringify(toTasksJson(catalog, `${context.baseUrl}${TASKS_SCHEMA_PATH}`))}\n`);
      // The site has no trailing slashes (`tasks.html`), but people type and share `/tasks/`:
      // static hosts serve that from `tasks/index.html`, and the client router matches it.
      const page = path.join(outDir, 'tasks.html');
      await fs.mkdir(path.join(outDir, 'tasks'), {recursive: true});
      await fs.copyFile(page, path.join(outDir, 'tasks', 'index.html'));
    },
  };
}
