import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {contentFiles, readContentLayout} from '../../content/layout';
import {IMPORTS_DIR} from '../../content/importManifest';
import {buildCache} from '../../content/buildCache';
import {buildAudience} from '../../playbook/audiences';
import {translationStatus, type StatusOptions, type TranslationReport} from '../../translations/status';

/** Where the page is served in each locale, below the locale's base URL. */
export const TRANSLATIONS_PAGE_PATH = 'translations';

/**
 * Every locale's build shows the same report, so it is computed once per version of the
 * content: one `docusaurus build` of all locales reads each page once (the cache outlives
 * Docusaurus's reload of the config for each locale).
 */
function cachedStatus(options: StatusOptions): TranslationReport {
  const imports = path.join(options.siteDir, IMPORTS_DIR);
  const files = [
    ...contentFiles(readContentLayout(options.siteDir, options)).map((f) => f.absolute),
    // The import manifests say which files are partials and placeholders.
    ...(fs.existsSync(imports) ? fs.readdirSync(imports).map((name) => path.join(imports, name)) : []),
  ];
  const key = JSON.stringify([options, files.map((file) => {
    const stat = fs.statSync(file, {throwIfNoEntry: false});
    return [file, stat?.mtimeMs, stat?.size];
  })]);
  const memo = buildCache<TranslationReport>('translation-status');
  let report = memo.get(key);
  if (!report) {
    // Only the newest version is worth keeping (the dev server rebuilds after each edit).
    memo.clear();
    memo.set(key, (report = translationStatus(options)));
  }
  return report;
}

/**
 * Adds `/translations` to every locale's build: each page's translation state, date, task
 * drift and edit link in every locale (src/translations), for authors and translators.
 */
export default function translationStatusPlugin(context: LoadContext): Plugin {
  const {siteDir, i18n} = context;
  return {
    name: 'playbook-translation-status',

    async contentLoaded({actions}) {
      const content = cachedStatus({siteDir, locales: i18n.locales, defaultLocale: i18n.defaultLocale, audience: buildAudience(process.env)});
      const report = await actions.createData('translation-status.json', JSON.stringify(content));
      actions.addRoute({
        path: `${context.baseUrl}${TRANSLATIONS_PAGE_PATH}`,
        component: '@site/src/components/TranslationStatus/index.tsx',
        exact: true,
        modules: {report},
      });
    },
  };
}
