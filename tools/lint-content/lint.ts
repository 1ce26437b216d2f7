import fs from 'node:fs';
import path from 'node:path';
import {VFile} from 'vfile';
import {EVERY_AUDIENCE} from '../../src/audience';
import {playbookPipeline} from '../../src/remark/pipeline';
import {createSourceStage, type Preprocess} from '../../src/remark/source';
import {scanContentFiles} from '../../src/content/scan';
import {isRuleId, playbookMessages, RULES, type RuleId} from '../../src/diagnostics';
import {contentFiles, pagesBySource, readContentLayout, type ContentFile} from '../../src/content/layout';
import {DEFAULT_LOCALE, LOCALES} from '../../src/playbook/locales';
import {applyBaseline, readBaseline, BASELINE_FILE} from './baseline';
import {compareFindings, sitePath, type Finding} from './findings';

/** The build's own Markdown pipeline, up to HTML, without Docusaurus's bundler around it. */
interface Pipeline {
  /** The raw-text stage before parsing, as Docusaurus's `markdown.preprocessor` runs it. */
  preprocess: Preprocess;
  processor: ReturnType<typeof playbookPipeline>;
}

export interface LintOptions {
  siteDir: string;
  /** Files to lint; all content in every locale when empty. */
  paths?: string[];
  locales?: readonly string[];
  defaultLocale?: string;
  /** `YYYY-MM-DD`: what "future" means for date checks; today when not given. */
  today?: string;
}

/**
 * A page some locales have and others lack: their readers get no translation. Only locales
 * with content of their own count; one not imported yet shows every page from the default locale.
 */
function localeFindings(files: ContentFile[], configured: readonly string[], siteDir: string): Finding[] {
  const locales = configured.filter((l) => files.some((f) => f.locale === l && !f.partial));
  // Partials (`_includes/…`) are not pages; a translated page may include the English one.
  return [...pagesBySource(files).values()].flatMap((group) => {
    if (group.length === locales.length) return [];
    const missing = locales.filter((l) => !group.some((f) => f.locale === l));
    return group.map<Finding>((f) => ({
      file: sitePath(siteDir, f.absolute),
      line: 1,
      column: 1,
      severity: RULES['locale-missing'].lint,
      message: `Page exists only in ${group.map((g) => g.locale).join(', ')}; add the ${missing.join(', ')} version at the same path (${f.source}) so every reader gets it.`,
      ruleId: 'locale-missing',
    }));
  });
}

/** `report()` only takes registered rules; anything else is a pipeline fault, never dropped. */
const ruleOf = (id: string | null | undefined): RuleId => (isRuleId(id) ? id : 'pipeline');

export async function lintFile(pipeline: Pipeline, file: ContentFile, siteDir: string): Promise<Finding[]> {
  const text = pipeline.preprocess({filePath: file.absolute, fileContent: fs.readFileSync(file.absolute, 'utf8')});
  const vfile = new VFile({value: text, path: file.absolute});
  try {
    await pipeline.processor.run(pipeline.processor.parse(vfile), vfile);
  } catch (error) {
    // A plugin that throws still gets reported with the file, never swallowed.
    return [{file: sitePath(siteDir, file.absolute), line: 1, column: 1, severity: RULES.pipeline.lint, message: `The Markdown pipeline failed: ${(error as Error).message}`, ruleId: 'pipeline'}];
  }
  return playbookMessages(vfile).map((m) => ({
    file: sitePath(siteDir, file.absolute),
    line: m.line ?? 1,
    column: m.column ?? 1,
    severity: RULES[ruleOf(m.ruleId)].lint,
    message: m.reason,
    ruleId: ruleOf(m.ruleId),
    actual: m.actual ?? undefined,
  }));
}

export async function lintContent(options: LintOptions): Promise<Finding[]> {
  const {siteDir} = options;
  const locales = options.locales ?? LOCALES;
  const defaultLocale = options.defaultLocale ?? DEFAULT_LOCALE;
  const all = contentFiles(readContentLayout(siteDir, {locales, defaultLocale}));
  const wanted = options.paths?.length ? new Set(options.paths.map((p) => path.resolve(p))) : null;
  const files = wanted ? all.filter((f) => wanted.has(f.absolute)) : all;
  if (wanted && files.length < wanted.size) {
    const known = new Set(all.map((f) => f.absolute));
    const unknown = [...wanted].filter((p) => !known.has(p));
    throw new Error(`Not content pages of this site: ${unknown.join(', ')}. Give .md files under docs/ or i18n/<locale>/docusaurus-plugin-content-docs/current/.`);
  }

  // Links are checked for every audience a page is for, as each audience's build would see them.
  const pipelineOptions = {siteDir, locales, defaultLocale, today: options.today, audience: EVERY_AUDIENCE};
  const pipeline: Pipeline = {preprocess: createSourceStage(pipelineOptions).preprocess, processor: playbookPipeline(pipelineOptions)};
  const findings: Finding[] = [];
  for (const file of files) findings.push(...(await lintFile(pipeline, file, siteDir)));
  const linted = new Set(files.map((f) => sitePath(siteDir, f.absolute)));
  findings.push(...localeFindings(all, locales, siteDir).filter((f) => linted.has(f.file)));
  // Files that are no Markdown pages at all (symbolic links, .mdx), as the build's content gate finds them.
  for (const refused of scanContentFiles(siteDir, {locales, defaultLocale})) {
    if (wanted && !wanted.has(refused.file)) continue;
    const file = sitePath(siteDir, refused.file);
    findings.push({file, line: 1, column: 1, severity: RULES[refused.ruleId].lint, message: refused.message, ruleId: refused.ruleId});
    linted.add(file);
  }

  const baseline = readBaseline(path.join(siteDir, BASELINE_FILE));
  return applyBaseline(findings, baseline, linted).sort(compareFindings);
}
