import type {ParseFrontMatter} from '@docusaurus/types';
import {VFile} from 'vfile';
import {parsePlaybookDate} from '../playbook/dates';
import {findPageTitle} from '../playbook/titles';
import {parseHeadings} from '../content/parsePage';
import {formatDiagnostic, report} from '../diagnostics';
import {DOCFX_TITLE_KEY} from './keys';
import {validateFrontMatter, type FrontMatterDiagnostic} from './validate';

/** The page's H1, as the catalog, sidebar and `<title>` use it; null when it has none. */
export function readPageTitle(body: string): string | null {
  return findPageTitle(parseHeadings(body))?.title ?? null;
}

/**
 * What Docusaurus should see: the H1 as `title` (so `<title>`, sidebar label and
 * breadcrumbs are in the page's language), `ms.date` as `last_update.date`
 * (`YYYY-MM-DD`, read as UTC midnight, so the day never shifts with the time zone).
 */
export function toDocusaurusFrontMatter(frontMatter: Record<string, unknown>, h1: string | null): Record<string, unknown> {
  const result: Record<string, unknown> = {...frontMatter};
  if (h1) {
    if (typeof frontMatter.title === 'string') result[DOCFX_TITLE_KEY] = frontMatter.title;
    result.title = h1;
  }
  const lastUpdate = frontMatter.last_update as {date?: unknown; author?: unknown} | undefined;
  const written = lastUpdate?.date ?? frontMatter['ms.date'];
  const day = parsePlaybookDate(written);
  if (day) result.last_update = {...lastUpdate, date: day.iso};
  return result;
}

/** Front-matter errors as the build prints them: `path:line:col  error  message  rule-id`. */
export function formatFrontMatterDiagnostics(diagnostics: readonly FrontMatterDiagnostic[], filePath: string, cwd?: string): string[] {
  const file = new VFile({path: filePath});
  return diagnostics.map((d) =>
    formatDiagnostic(report(file, d.ruleId, d.message, {start: {line: d.line, column: d.column}, end: {line: d.line, column: d.column}}), filePath, cwd),
  );
}

const titles = new WeakMap<object, string | null>();

/**
 * `markdown.parseFrontMatter`: validates with the playbook schema and fails the build on
 * errors. Warnings are reported by the `front-matter` remark plugin with the page's
 * other findings.
 */
export const parsePlaybookFrontMatter: ParseFrontMatter = async ({filePath, fileContent}) => {
  const result = validateFrontMatter(fileContent, filePath);
  const {frontMatter, body, diagnostics} = result;
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    throw new Error(`Front matter of ${filePath} has ${errors.length} error(s):\n${formatFrontMatterDiagnostics(errors, filePath).join('\n')}`);
  }
  // Docusaurus asks up to three times per file (metadata, client and server bundles).
  let h1 = titles.get(result);
  if (h1 === undefined) titles.set(result, (h1 = readPageTitle(body)));
  return {frontMatter: toDocusaurusFrontMatter(frontMatter, h1), content: body.trim()};
};
