import type {Root} from 'mdast';
import type {Plugin} from 'unified';
import {dateConventionsOf} from '../../content/contentTree';
import {validateFrontMatter} from '../../frontmatter/validate';
import {report} from '../../diagnostics';
import {DEFAULT_LOCALE, LOCALE_CONFIGS, type LocaleConfig} from '../../playbook/locales';

export interface FrontMatterOptions {
  defaultLocale?: string;
  /** The locales' entries: `ms.date` is read by the page's locale's date conventions. */
  locales?: readonly LocaleConfig[];
}

/**
 * Reports front-matter findings (unknown keys, and in the linter also errors) with
 * the page's other findings. In the build, errors have already failed
 * `markdown.parseFrontMatter`; validation results are cached per file.
 */
const remarkFrontMatterDiagnostics: Plugin<[FrontMatterOptions?], Root> = function (options = {}) {
  const defaultLocale = options.defaultLocale ?? DEFAULT_LOCALE;
  const locales = options.locales ?? LOCALE_CONFIGS;
  return (_tree, file) => {
    const filePath = file.path ?? '';
    const {diagnostics} = validateFrontMatter(String(file.value), filePath, dateConventionsOf(filePath, defaultLocale, locales));
    for (const d of diagnostics) {
      const point = {line: d.line, column: d.column};
      report(file, d.ruleId, d.message, {start: point, end: point});
    }
  };
};

export default remarkFrontMatterDiagnostics;
