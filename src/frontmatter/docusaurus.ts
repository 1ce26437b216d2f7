import type {ParseFrontMatter} from '@docusaurus/types';
import {VFile} from 'vfile';
import {parsePlaybookDate} from '../playbook/dates';
import {findPageTitle} from '../playbook/titles';
import {parseHeadings} from '../content/parsePage';
import {formatDiagnostic, report} from '../diagnostics';
import {DOCFX_TITLE_KEY} from './keys';
import {CODE_KEYS, validateFrontMatter, type FrontMatterDiagnostic} from './validate';
import {frontMatterSchemaFor} from './schema';
import {dateConventionsOf} from '../content/contentTree';
import {DEFAULT_DATE_CONVENTIONS, DEFAULT_LOCALE, LOCALE_CONFIGS, type DateConventions, type LocaleConfig} from '../playbook/locales';
import {withinLimits} from '../trust/limits';
import {indexedPage} from '../pageIndex';

/**
 * The page's H1, as the catalog, sidebar and `<title>` use it; null when it has none, or when
 * the page is past the limits no parser may be given (its findings say why).
 */
export function readPageTitle(body: string): string | null {
  if (!withinLimits(body)) return null;
  return findPageTitle(parseHeadings(body))?.title ?? null;
}

/**
 * What Docusaurus should see: the H1 as `title` (so `<title>`, sidebar label and
 * breadcrumbs are in the page's language), `ms.date` as `last_update.date`
 * (`YYYY-MM-DD`, read as UTC midnight, so the day never shifts with the time zone), read in
 * the page's locale's date `conventions`.
 */
export function toDocusaurusFrontMatter(frontMatter: Record<string, unknown>, h1: string | null, conventions: DateConventions = DEFAULT_DATE_CONVENTIONS): Record<string, unknown> {
  const result: Record<string, unknown> = {...frontMatter};
  if (h1) {
    if (typeof frontMatter.title === 'string') result[DOCFX_TITLE_KEY] = frontMatter.title;
    result.title = h1;
  }
  const lastUpdate = frontMatter.last_update as {date?: unknown; author?: unknown} | undefined;
  const written = lastUpdate?.date ?? frontMatter['ms.date'];
  const day = parsePlaybookDate(written, conventions);
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

export interface ParseFrontMatterOptions {
  /**
   * Keep going past errors (`PLAYBOOK_KEEP_GOING`): drop the keys in error instead of failing,
   * so the build can finish and report everything. The build still fails at its end.
   */
  keepGoing?: boolean;
  defaultLocale?: string;
  /** The locales' entries: `ms.date` is read by the date conventions of the page's locale. */
  locales?: readonly LocaleConfig[];
}

/**
 * `markdown.parseFrontMatter`: validates with the playbook schema and fails on errors (the
 * build's content gate has listed every file's errors before Docusaurus reads any page, so
 * this throw is for the dev server). Warnings are reported by the `front-matter` remark
 * plugin with the page's other findings. Keys that would compile the page as MDX never pass.
 */
export function createParseFrontMatter(options: ParseFrontMatterOptions = {}): ParseFrontMatter {
  return async ({filePath, fileContent}) => {
    const conventions = dateConventionsOf(filePath, options.defaultLocale ?? DEFAULT_LOCALE, options.locales ?? LOCALE_CONFIGS);
    const result = validateFrontMatter(fileContent, filePath, conventions);
    const {body, diagnostics} = result;
    const errors = diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0 && !options.keepGoing) {
      throw new Error(`Front matter of ${filePath} has ${errors.length} error(s):\n${formatFrontMatterDiagnostics(errors, filePath).join('\n')}`);
    }
    const frontMatter = Object.fromEntries(
      Object.entries(result.frontMatter).filter(([key]) => !(CODE_KEYS as readonly string[]).includes(key) && !keysInError(result.frontMatter, conventions).has(key)),
    );
    // Docusaurus asks up to three times per file (metadata, client and server bundles) in each
    // locale's build: the page index parses each file once per build, and the task catalog and
    // translation status read the same entry. Its H1 is read as Docusaurus renders it (GFM).
    const h1 = withinLimits(body) ? indexedPage(filePath, fileContent).title : null;
    return {frontMatter: toDocusaurusFrontMatter(frontMatter, h1, conventions), content: body.trim()};
  };
}

export const parsePlaybookFrontMatter: ParseFrontMatter = createParseFrontMatter();

/** Keys whose values the schema rejects; empty for valid front matter. */
function keysInError(frontMatter: Record<string, unknown>, conventions: DateConventions): Set<string> {
  const parsed = frontMatterSchemaFor(conventions).safeParse(frontMatter);
  return new Set(parsed.success ? [] : parsed.error.issues.map((issue) => String(issue.path[0])));
}
