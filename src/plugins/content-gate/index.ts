/**
 * The content gate: before Docusaurus reads a single page, every file in every locale's
 * content folder is checked as text — file kinds (`.mdx`, symbolic links), characters,
 * limits, empty pages and front matter — and every finding is printed with `file:line`.
 * With errors the build stops right there, in seconds, listing all of them at once (as the
 * linter does), instead of crashing on the first file or hanging in the parser.
 *
 * `PLAYBOOK_KEEP_GOING=1` (like `make -k`) lets the build go on: every error is neutralised
 * where it is found (refused files are not read, pages past a limit are not parsed, front
 * matter in error is dropped), every finding of every page is printed, and the build fails
 * at its end. Its output is inert, which the hostile-content tests check, but never deployed.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {RULES, type RuleId} from '../../diagnostics';
import {readContentLayout} from '../../content/layout';
import {cachedResult, textKey} from '../../content/buildCache';
import {scanContentFiles} from '../../content/scan';
import {validateFrontMatter} from '../../frontmatter/validate';
import {checkPageSource} from '../../source';
import {contentErrorCount, printFinding} from '../../remark/report';

export interface ContentGateOptions {
  keepGoing?: boolean;
}

interface GateFinding {
  file: string;
  line: number;
  column: number;
  ruleId: RuleId;
  message: string;
}

/** Every finding the raw text of the site's content gives, in file order. */
export function gateFindings(siteDir: string, locales: readonly string[], defaultLocale: string): GateFinding[] {
  const layout = readContentLayout(siteDir, {locales, defaultLocale});
  const findings: GateFinding[] = scanContentFiles(siteDir, {locales, defaultLocale}).map((f) => ({...f, line: 1, column: 1}));
  for (const locale of locales) {
    for (const source of layout.markdownFiles(locale)) {
      const file = path.join(layout.docsDir(locale), source);
      const text = fs.readFileSync(file, 'utf8');
      const partial = layout.isPartial(source);
      // Each locale's build runs the gate again; the same text gives the same findings.
      findings.push(...cachedResult(`content-gate`, `${file}\0${partial}\0${textKey(text)}`, () => fileFindings(file, text, partial)));
    }
  }
  return findings;
}

function fileFindings(file: string, text: string, partial: boolean): GateFinding[] {
  const checked = checkPageSource(text, file, {partial});
  const findings = checked.findings.map(({ruleId, line, column, message}) => ({file, ruleId, line, column, message}));
  if (!checked.parseable) return findings;
  return [...findings, ...validateFrontMatter(text, file).diagnostics.map(({ruleId, line, column, message}) => ({file, ruleId, line, column, message}))];
}

/** The line the build's reporter prints for the same finding (so each prints once). */
const format = (f: GateFinding) =>
  `${path.relative(process.cwd(), f.file) || f.file}:${f.line}:${f.column}  ${RULES[f.ruleId].build ?? 'warning'}  ${f.message}  ${f.ruleId}`;

/** Set once the closing message of a build that kept going is arranged (per process, across locales). */
const FAIL_AT_EXIT = Symbol.for('playbook.failAtExit');

export default function contentGatePlugin(context: LoadContext, pluginOptions: unknown): Plugin {
  const options = (pluginOptions ?? {}) as ContentGateOptions;
  const {siteDir} = context;
  const {locales, defaultLocale} = context.i18n;
  const findings = gateFindings(siteDir, locales, defaultLocale);
  const errors = findings.filter((f) => RULES[f.ruleId].build === 'error');
  for (const finding of findings) printFinding(format(finding), RULES[finding.ruleId].build === 'error');
  if (errors.length > 0 && !options.keepGoing) {
    const files = new Set(errors.map((e) => e.file)).size;
    fs.writeSync(
      process.stderr.fd,
      `[playbook] Content has ${errors.length} error(s) in ${files} file(s), listed above with file:line; the build stops before reading any page. ` +
        'Fix them (npm run lint:content lists the same), or set PLAYBOOK_KEEP_GOING=1 to build anyway and see every finding of every page.\n',
    );
    process.exit(1);
  }

  return {
    name: 'playbook-content-gate',
    async postBuild() {
      if (contentErrorCount() === 0) return;
      process.exitCode = 1;
      // Said once, last: after Docusaurus's own messages and every locale's build.
      const said = globalThis as Record<symbol, boolean | undefined>;
      if (said[FAIL_AT_EXIT]) return;
      said[FAIL_AT_EXIT] = true;
      process.once('exit', () => {
        fs.writeSync(
          process.stderr.fd,
          `[playbook] The build kept going past ${contentErrorCount()} content error(s), listed above with file:line, so it fails. Its output neutralises them, but must not be deployed.\n`,
        );
      });
    },
  };
}
