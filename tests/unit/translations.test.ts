/**
 * Every string of the site's UI is translated in every configured locale. The keys come from
 * Docusaurus itself, the way `npm run write-translations` finds them: `translate()` and
 * `<Translate>` in our code and the theme's, plus the plugins' translation files (navbar,
 * footer, sidebar categories). A key missing from a locale fails here, naming the file to fix.
 */
import fs from 'node:fs';
import path from 'node:path';
import {createRequire} from 'node:module';
import {beforeAll, describe, expect, test} from 'vitest';
import type {InitializedPlugin, LoadContext, TranslationFileContent} from '@docusaurus/types';
import {DEFAULT_LOCALE, LOCALES} from '../../src/playbook/locales';
import {TASK_PAGE_MESSAGES} from '../../src/plugins/task-catalog/taskPages';

const SITE_DIR = path.resolve(__dirname, '../..');
const require = createRequire(__filename);
// Docusaurus's own loaders, as `docusaurus write-translations` calls them.
const {loadContext} = require('@docusaurus/core/lib/server/site') as {loadContext(p: {siteDir: string; locale?: string}): Promise<LoadContext>};
const {initPlugins} = require('@docusaurus/core/lib/server/plugins/init') as {initPlugins(c: LoadContext): Promise<InitializedPlugin[]>};
const {extractSiteSourceCodeTranslations} = require('@docusaurus/core/lib/server/translations/translationsExtractor') as {
  extractSiteSourceCodeTranslations(p: {siteDir: string; plugins: InitializedPlugin[]; extraSourceCodeFilePaths?: string[]}): Promise<TranslationFileContent>;
};
const {loadPluginsDefaultCodeTranslationMessages} = require('@docusaurus/core/lib/server/translations/translations') as {
  loadPluginsDefaultCodeTranslationMessages(plugins: InitializedPlugin[]): Promise<Record<string, string>>;
};
const {globTranslatableSourceFiles, getPluginI18nPath} = require('@docusaurus/utils') as {
  globTranslatableSourceFiles(dirs: string[]): Promise<string[]>;
  getPluginI18nPath(p: {localizationDir: string; pluginName: string; pluginId?: string; subPaths?: string[]}): string;
};

type Messages = Record<string, {message: string; description?: string}>;

interface LocaleStrings {
  /** Keys of `translate()`/`<Translate>` in code and of the task pages, with their English message. */
  code: TranslationFileContent;
  /** The theme's built-in translations for this locale (`theme.*` keys). */
  themeDefaults: Record<string, string>;
  /** Plugin translation files (navbar.json, footer.json, current.json): path → English content. */
  pluginFiles: {file: string; content: TranslationFileContent}[];
  localizationDir: string;
}

const readJson = (file: string): Messages | null => (fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Messages) : null);

async function loadLocaleStrings(locale: string): Promise<LocaleStrings> {
  const context = await loadContext({siteDir: SITE_DIR, locale});
  const plugins = await initPlugins(context);
  const themeCommon = path.dirname(require.resolve('@docusaurus/theme-common'));
  const extracted = await extractSiteSourceCodeTranslations({
    siteDir: SITE_DIR,
    plugins,
    extraSourceCodeFilePaths: await globTranslatableSourceFiles([themeCommon]),
  });
  // The task pages are HTML written after the build, not React, so Docusaurus cannot extract their strings.
  const taskPageStrings = Object.fromEntries(Object.entries(TASK_PAGE_MESSAGES).map(([id, message]) => [id, {message}]));
  const code: TranslationFileContent = {...taskPageStrings, ...extracted};
  const pluginFiles: LocaleStrings['pluginFiles'] = [];
  for (const plugin of plugins) {
    if (!plugin.getTranslationFiles) continue;
    const content = await plugin.loadContent?.();
    for (const file of await plugin.getTranslationFiles({content})) {
      const dir = getPluginI18nPath({localizationDir: context.localizationDir, pluginName: plugin.name, pluginId: plugin.options.id});
      pluginFiles.push({file: path.join(dir, `${file.path}.json`), content: file.content});
    }
  }
  return {code, themeDefaults: await loadPluginsDefaultCodeTranslationMessages(plugins), pluginFiles, localizationDir: context.localizationDir};
}

/** `{date}`, `{count}`: what a translation must keep. */
function placeholders(message: string): string[] {
  return [...new Set(message.match(/\{\w+\}/g) ?? [])].sort();
}

const TRANSLATED = LOCALES.filter((l) => l !== DEFAULT_LOCALE);

describe.each(TRANSLATED)('UI strings in %s', (locale) => {
  let strings: LocaleStrings;
  let codeJson: Messages;
  const rel = (file: string) => path.relative(SITE_DIR, file);

  beforeAll(async () => {
    strings = await loadLocaleStrings(locale);
    codeJson = readJson(path.join(strings.localizationDir, 'code.json')) ?? {};
  });

  test('code.json translates every string of our code; the theme or code.json every theme string', () => {
    const file = rel(path.join(strings.localizationDir, 'code.json'));
    const missing = Object.keys(strings.code).filter((id) => !codeJson[id]?.message?.trim() && !strings.themeDefaults[id]);
    expect(missing, `Add these keys to ${file} (npm run write-translations -- --locale ${locale} lists them)`).toEqual([]);
    // Sanity: the extraction found our own strings, the callout titles among them.
    expect(Object.keys(strings.code)).toEqual(expect.arrayContaining(['callout.note.title', 'home.hero.title', 'search.page.title']));
  });

  test('code.json holds no key that the code no longer uses', () => {
    const stale = Object.keys(codeJson).filter((id) => !(id in strings.code));
    expect(stale, `Remove these keys from ${rel(path.join(strings.localizationDir, 'code.json'))}`).toEqual([]);
  });

  test('every translation keeps the placeholders of its English message and fits the locale plural forms', () => {
    const plural = new Intl.PluralRules(locale).resolvedOptions().pluralCategories.length;
    const wrong = Object.entries(strings.code).flatMap(([id, {message}]) => {
      const translated = codeJson[id]?.message;
      if (!translated) return [];
      const problems: string[] = [];
      if (placeholders(translated).join() !== placeholders(message).join()) problems.push(`${id}: placeholders ${placeholders(translated).join() || 'none'}, expected ${placeholders(message).join() || 'none'}`);
      if (translated.split('|').length > Math.max(plural, 1)) problems.push(`${id}: ${translated.split('|').length} plural forms; ${locale} has ${plural}`);
      return problems;
    });
    expect(wrong).toEqual([]);
  });

  test('navbar, footer and sidebar translation files have every key', () => {
    expect(strings.pluginFiles.map((f) => path.basename(f.file)).sort()).toEqual(expect.arrayContaining(['current.json', 'footer.json', 'navbar.json']));
    const missing = strings.pluginFiles.flatMap(({file, content}) => {
      const translated = readJson(file) ?? {};
      return Object.keys(content)
        .filter((id) => !translated[id]?.message?.trim())
        .map((id) => `${rel(file)}: ${id}`);
    });
    expect(missing).toEqual([]);
  });
});

test('every i18n folder belongs to a configured locale', () => {
  const folders = fs.readdirSync(path.join(SITE_DIR, 'i18n'), {withFileTypes: true}).filter((e) => e.isDirectory()).map((e) => e.name);
  expect(folders.filter((f) => !LOCALES.includes(f))).toEqual([]);
  expect(TRANSLATED.filter((l) => !folders.includes(l))).toEqual([]);
});
