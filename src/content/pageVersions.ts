import fs from 'node:fs';
import path from 'node:path';
import {DEFAULT_LOCALE} from '../playbook/locales';
import {docsDirOf, isPartial, listMarkdown, localeOfFile} from './contentTree';
import {contentHash, readDerived} from './importManifest';

/**
 * Which locales have their own version of each page, by content-relative source path
 * (`lifecycle/x.md` → `['en', 'de']`), in the order of `locales`. A default-locale page that
 * an import wrote as a placeholder (and nobody edited since) is no version of its own: it
 * only points to the locales that have the page.
 */
export function pageVersions(siteDir: string, locales: readonly string[], defaultLocale = DEFAULT_LOCALE): Map<string, string[]> {
  const placeholders = importPlaceholders(siteDir);
  const versions = new Map<string, string[]>();
  for (const locale of locales) {
    const dir = docsDirOf(siteDir, locale, defaultLocale);
    for (const source of listMarkdown(dir)) {
      if (isPartial(source)) continue;
      if (locale === defaultLocale && placeholders.has(path.join(dir, source))) continue;
      versions.set(source, [...(versions.get(source) ?? []), locale]);
    }
  }
  return versions;
}

/** Absolute paths of the default-locale placeholders the imports wrote, unchanged since. */
function importPlaceholders(siteDir: string): Set<string> {
  const placeholders = new Set<string>();
  for (const [file, hash] of Object.entries(readDerived(siteDir).placeholders)) {
    const abs = path.join(siteDir, file);
    if (fs.existsSync(abs) && contentHash(fs.readFileSync(abs, 'utf8')) === hash) placeholders.add(abs);
  }
  return placeholders;
}

/**
 * The content-relative path of a docs source as Docusaurus names it (`@site/docs/x.md`,
 * `i18n/de/docusaurus-plugin-content-docs/current/x.md`), and the locale whose file it is.
 */
export function contentSourceOf(siteDir: string, source: string, defaultLocale = DEFAULT_LOCALE): {locale: string; source: string} | null {
  const file = path.resolve(siteDir, source.replace(/^@site\//, ''));
  const locale = localeOfFile(file, defaultLocale);
  const rel = path.relative(docsDirOf(siteDir, locale, defaultLocale), file);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return {locale, source: rel.split(path.sep).join('/')};
}

/**
 * Where a locale's pages live: the site's base URL for the default locale, `<base>/<code>/`
 * for the others. docusaurus.config.ts sets it explicitly, so a build of one locale
 * (`--locale ja`, one job of the sharded build) still lands at `/ja/`, in `build/ja/`.
 */
export function localeBaseUrl(siteBaseUrl: string, locale: string, defaultLocale = DEFAULT_LOCALE): string {
  const base = siteBaseUrl.endsWith('/') ? siteBaseUrl : `${siteBaseUrl}/`;
  return locale === defaultLocale ? base : `${base}${locale}/`;
}
