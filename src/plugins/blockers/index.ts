import fs from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {BLOCKERS_SCHEMA_PATH, buildBlockerGuide, toBlockersJson, type BlockerGuide} from '../../blockers/guide';
import {readSiteBlockers} from '../../blockers/site';
import {readContentLayout} from '../../content/layout';
import {publishedDocs, sidebarCategories} from '../docs';

/** Where the guide is served in each locale, below the locale's base URL. */
export const BLOCKERS_PAGE_PATH = 'blockers';
export const BLOCKERS_JSON = 'blockers.json';

/**
 * The blocker guide of each locale: `/blockers` (the L1 → L2 tree with definitions, and a
 * finder over every scenario and question) and `/blockers.json` (its JSON Schema,
 * `static/blockers.schema.json`, is published beside it), all from the same reading of the pages
 * as their status links (src/blockers).
 */
export default function blockersPlugin(context: LoadContext): Plugin {
  const {siteDir, i18n} = context;
  let guide: BlockerGuide = {l1: []};
  return {
    name: 'playbook-blockers',

    async allContentLoaded({allContent, actions}) {
      const version = publishedDocs(allContent, 'Blocker guide');
      const layout = readContentLayout(siteDir, {locales: i18n.locales, defaultLocale: i18n.defaultLocale});
      // Docs by their content-relative source, as the locale's build shows them.
      const docOf = new Map(version.docs.flatMap((doc) => {
        const place = layout.contentFileOf(path.join(siteDir, doc.source.replace(/^@site\//, '')));
        return place ? [[place.source, doc] as const] : [];
      }));
      const categories = sidebarCategories(version);
      const published = (source: string) => {
        const doc = docOf.get(source);
        return doc && !doc.unlisted && !doc.draft ? doc : null;
      };
      guide = buildBlockerGuide({
        site: readSiteBlockers(layout, i18n.currentLocale),
        defaultSite: readSiteBlockers(layout, i18n.defaultLocale),
        urlOf: (source) => published(source)?.permalink ?? null,
        categoryOf: (source) => {
          const doc = published(source);
          return doc ? (categories.get(doc.id) ?? null) : null;
        },
      });
      const data = await actions.createData('blocker-guide.json', JSON.stringify(guide));
      actions.addRoute({
        path: `${context.baseUrl}${BLOCKERS_PAGE_PATH}`,
        component: '@site/src/components/BlockerGuide/index.tsx',
        exact: true,
        modules: {guide: data},
      });
    },

    async postBuild({outDir}) {
      await fs.writeFile(path.join(outDir, BLOCKERS_JSON), `${JSON.stringify(toBlockersJson(guide, `${context.baseUrl}${BLOCKERS_SCHEMA_PATH}`))}\n`);
      // `/blockers/` works on static hosts too, as `/tasks/` does.
      await fs.mkdir(path.join(outDir, BLOCKERS_PAGE_PATH), {recursive: true});
      await fs.copyFile(path.join(outDir, `${BLOCKERS_PAGE_PATH}.html`), path.join(outDir, BLOCKERS_PAGE_PATH, 'index.html'));
    },
  };
}
