/**
 * Local search: a navbar search box, a results page at `/search?q=…`, and one Pagefind
 * index per locale written after each locale's build (by one Pagefind process for the whole
 * build). Only in the site when DocSearch is not configured (see src/search/config.ts), so its
 * theme components never shadow DocSearch's.
 */
import fs from 'node:fs';
import path from 'node:path';
import logger from '@docusaurus/logger';
import {normalizeUrl} from '@docusaurus/utils';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {closeSearchIndexerAtExit, listBuiltPages, SEARCH_BUNDLE_DIR, writeSearchIndex} from './indexer';

/** The results page, below each locale's base URL. */
export const SEARCH_PAGE_PATH = 'search';

/** Folders of other locales' builds nested inside this locale's output (`de` inside the default `build/`). */
export function nestedLocaleDirs(i18n: LoadContext['i18n'], baseUrl: string): string[] {
  return i18n.locales
    .filter((locale) => locale !== i18n.currentLocale)
    .map((locale) => i18n.localeConfigs[locale]?.baseUrl ?? '')
    .filter((other) => other.startsWith(baseUrl) && other !== baseUrl)
    .map((other) => other.slice(baseUrl.length).split('/')[0]!);
}

/**
 * With `trailingSlash: false` the results page is `search.html`, which static hosts serve for
 * `/search?q=…` but not for `/search/?q=…`. A copy at `search/index.html` serves both forms.
 */
function writeSlashedSearchPage(outDir: string, trailingSlash: boolean | undefined): void {
  const page = path.join(outDir, `${SEARCH_PAGE_PATH}.html`);
  if (trailingSlash !== false || !fs.existsSync(page)) return;
  fs.mkdirSync(path.join(outDir, SEARCH_PAGE_PATH), {recursive: true});
  fs.copyFileSync(page, path.join(outDir, SEARCH_PAGE_PATH, 'index.html'));
}

export default function localSearchPlugin(context: LoadContext): Plugin {
  const themePath = path.resolve(__dirname, 'theme');
  return {
    name: 'playbook-local-search',
    getThemePath: () => themePath,
    getTypeScriptThemePath: () => themePath,

    contentLoaded({actions}) {
      actions.addRoute({
        path: normalizeUrl([context.baseUrl, SEARCH_PAGE_PATH]),
        component: '@theme/SearchPage',
        exact: true,
      });
    },

    async postBuild({outDir, baseUrl, i18n, routesBuildMetadata}) {
      const htmlLang = (locale: string) => i18n.localeConfigs[locale]?.htmlLang ?? locale;
      // The locale's own pages, and the default locale's pages shown where a translation is missing.
      const languages = [...new Set([htmlLang(i18n.currentLocale), htmlLang(i18n.defaultLocale)])];
      const pages = listBuiltPages(outDir, baseUrl, nestedLocaleDirs(i18n, baseUrl)).filter(
        (page) => !routesBuildMetadata[page.url]?.noIndex,
      );
      writeSlashedSearchPage(outDir, context.siteConfig.trailingSlash);
      const bundleDir = path.join(outDir, SEARCH_BUNDLE_DIR);
      try {
        const result = await writeSearchIndex(pages, bundleDir, languages);
        if (result.pageCount === 0) {
          throw new Error(
            `Search index: no page in ${outDir} is marked data-pagefind-body, so ${i18n.currentLocale} search would find nothing. ` +
              'The DocItem/Content wrapper of src/plugins/local-search/theme marks doc content; check that it is still in place.',
          );
        }
        const kb = (result.files.reduce((sum, f) => sum + f.bytes, 0) / 1024).toFixed(0);
        const counts = Object.entries(result.pagesByLanguage).map(([language, count]) => `${count} ${language}`).join(' + ');
        logger.info(logger.interpolate`Search: indexed ${counts} pages into path=${path.relative(process.cwd(), bundleDir)} (${kb} KB in number=${result.files.length} files).`);
      } finally {
        // One Pagefind process for every locale of the build (a shard build has one locale).
        await closeSearchIndexerAtExit();
      }
    },
  };
}
