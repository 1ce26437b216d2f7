import fs from 'node:fs';
import path from 'node:path';
import {DEFAULT_LOCALE} from '../playbook/locales';
import {normalizePageName} from '../playbook/legacyNames';

/** Where each locale's docs live, relative to the site. */
export function docsDirOf(siteDir: string, locale: string, defaultLocale = DEFAULT_LOCALE): string {
  return locale === defaultLocale
    ? path.join(siteDir, 'docs')
    : path.join(siteDir, 'i18n', locale, 'docusaurus-plugin-content-docs', 'current');
}

/** The locale a docs source file belongs to, from its path. */
export function localeOfFile(filePath: string, defaultLocale = DEFAULT_LOCALE): string {
  const match = /[\\/]i18n[\\/]([^\\/]+)[\\/]docusaurus-plugin-content-docs[\\/]/.exec(filePath);
  return match ? match[1]! : defaultLocale;
}

export function listMarkdown(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, {withFileTypes: true, recursive: true})
    .filter((e) => e.isFile() && /\.mdx?$/.test(e.name))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

export interface PageEntry {
  /** Content-relative source path, e.g. `lifecycle/remediate/x.md`. */
  source: string;
  /** Locales with their own file for this page. */
  locales: string[];
}

/** Pages by normalized DocFX name, across all locales. Built once per build. */
export function indexPages(siteDir: string, locales: readonly string[], defaultLocale = DEFAULT_LOCALE): Map<string, PageEntry> {
  const index = new Map<string, PageEntry>();
  for (const locale of [defaultLocale, ...locales.filter((l) => l !== defaultLocale)]) {
    for (const source of listMarkdown(docsDirOf(siteDir, locale, defaultLocale))) {
      const name = normalizePageName(source);
      const entry = index.get(name) ?? {source, locales: []};
      entry.locales.push(locale);
      index.set(name, entry);
    }
  }
  return index;
}
