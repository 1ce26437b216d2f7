import fs from 'node:fs';
import path from 'node:path';

/**
 * Stands in for Docusaurus's generated `@generated/codeTranslations` in unit tests (see
 * vitest.config.ts). Empty means the English defaults; {@link loadCodeTranslations} loads a locale.
 */
const codeTranslations: Record<string, string> = {};
export default codeTranslations;

/** Switches `translate()` to a locale's `i18n/<locale>/code.json` (or back to English). */
export function loadCodeTranslations(locale: string): void {
  for (const key of Object.keys(codeTranslations)) delete codeTranslations[key];
  if (locale === 'en') return;
  const file = path.resolve(__dirname, '../../i18n', locale, 'code.json');
  const messages = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, {message: string}>;
  for (const [id, {message}] of Object.entries(messages)) codeTranslations[id] = message;
}
