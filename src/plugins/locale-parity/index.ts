import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {readContentLayout} from '../../content/layout';

/**
 * Translated pages with no default-locale page at the same path, which Docusaurus would
 * silently skip. Include files are no pages (`src/content` decides which files are), so a
 * translation-only include file is no orphan.
 */
export function findOrphanTranslations(siteDir: string, locales: readonly string[], defaultLocale: string): string[] {
  const layout = readContentLayout(siteDir, {locales, defaultLocale});
  const known = new Set(layout.pages(defaultLocale));
  return locales
    .filter((locale) => locale !== defaultLocale)
    .flatMap((locale) =>
      layout.pages(locale)
        .filter((source) => !known.has(source))
        .map((source) => path.relative(siteDir, path.join(layout.docsDir(locale), source))),
    );
}

/** Fails the build instead of letting a translated page vanish. */
export default function localeParityPlugin(context: LoadContext): Plugin {
  return {
    name: 'playbook-locale-parity',
    async loadContent() {
      const {locales, defaultLocale} = context.i18n;
      const orphans = findOrphanTranslations(context.siteDir, locales, defaultLocale);
      if (orphans.length > 0) {
        throw new Error(
          `These translated pages have no ${defaultLocale} page at the same path under docs/, so Docusaurus would not publish them:\n` +
            orphans.map((f) => `  ${f}`).join('\n') +
            `\nAdd the ${defaultLocale} page at docs/<same path>, or move the file to match an existing page.`,
        );
      }
    },
  };
}
