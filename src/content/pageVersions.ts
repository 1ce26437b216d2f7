import fs from 'node:fs';
import path from 'node:path';
import {DEFAULT_LOCALE} from '../playbook/locales';
import {contentHash, readDerived} from './importManifest';
import type {ContentLayout} from './layout';

/**
 * Which locales have their own version of each page, by content-relative source path
 * (`lifecycle/x.md` → `['en', 'de']`), in the order of the layout's locales. A default-locale
 * page that an import wrote as a placeholder (and nobody edited since) is no version of its
 * own: it only points to the locales that have the page.
 */
export function pageVersions(layout: ContentLayout): Map<string, string[]> {
  const placeholders = importPlaceholders(layout.siteDir);
  const versions = new Map<string, string[]>();
  for (const locale of layout.locales) {
    for (const source of layout.pages(locale)) {
      if (locale === layout.defaultLocale && placeholders.has(path.join(layout.docsDir(locale), source))) continue;
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
 * Where a locale's pages live: the site's base URL for the default locale, `<base>/<code>/`
 * for the others. docusaurus.config.ts sets it explicitly, so a build of one locale
 * (`--locale ja`, one job of the sharded build) still lands at `/ja/`, in `build/ja/`.
 */
export function localeBaseUrl(siteBaseUrl: string, locale: string, defaultLocale = DEFAULT_LOCALE): string {
  const base = siteBaseUrl.endsWith('/') ? siteBaseUrl : `${siteBaseUrl}/`;
  return locale === defaultLocale ? base : `${base}${locale}/`;
}
