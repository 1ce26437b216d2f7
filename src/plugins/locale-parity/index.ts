import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

const DOCS_I18N = 'docusaurus-plugin-content-docs/current';
const PAGE = /\.mdx?$/;

function listPages(dir: string, base = dir): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listPages(full, base);
    return PAGE.test(entry.name) && !entry.name.startsWith('_') ? [path.relative(base, full)] : [];
  });
}

/** Translated pages with no default-locale page at the same path, which Docusaurus would silently skip. */
export function findOrphanTranslations(siteDir: string, locales: readonly string[], defaultLocale: string): string[] {
  const docsDir = path.join(siteDir, 'docs');
  const known = new Set(listPages(docsDir));
  return locales
    .filter((locale) => locale !== defaultLocale)
    .flatMap((locale) => {
      const dir = path.join(siteDir, 'i18n', locale, DOCS_I18N);
      return listPages(dir)
        .filter((rel) => !known.has(rel))
        .map((rel) => path.relative(siteDir, path.join(dir, rel)));
    });
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
