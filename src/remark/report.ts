import fs from 'node:fs';
import type {Plugin} from 'unified';
import type {Node} from 'unist';
import type {VFile} from 'vfile';
import {formatDiagnostic, playbookMessages} from '../diagnostics';

// Both bundler compilers (client, server) run the plugins, and every locale's build runs them
// on the default locale's pages it falls back to: print each finding once per process. Docusaurus
// loads the config afresh for each locale, so the set lives on globalThis, not in this module.
const PRINTED = Symbol.for('playbook.printedFindings');
const printed: Set<string> = ((globalThis as Record<symbol, Set<string> | undefined>)[PRINTED] ??= new Set<string>());
// Errors likewise, each counted once, so a build that keeps going can fail at its end.
const ERRORS = Symbol.for('playbook.contentErrors');
const errors: Set<string> = ((globalThis as Record<symbol, Set<string> | undefined>)[ERRORS] ??= new Set<string>());

/**
 * Prints one `file:line:col  severity  message  rule` line, once per build. Written
 * synchronously, so nothing is lost when the build stops right after.
 */
export function printFinding(line: string, fatal: boolean): void {
  if (fatal) errors.add(line);
  if (printed.has(line)) return;
  printed.add(line);
  fs.writeSync(process.stderr.fd, `[playbook] ${line}\n`);
}

/** Errors printed so far in this build, each counted once. */
export function contentErrorCount(): number {
  return errors.size;
}

export interface ReportOptions {
  /** Record errors and go on instead of failing the page (`PLAYBOOK_KEEP_GOING`); the build fails at its end. */
  keepGoing?: boolean;
}

/** Prints the file's playbook findings once and fails the page on errors. */
function reportFindings(file: VFile, options: ReportOptions): void {
  const lines = playbookMessages(file).map((m) => ({m, line: formatDiagnostic(m, file.path)}));
  for (const {m, line} of lines) printFinding(line, m.fatal === true);
  const fatal = lines.filter(({m}) => m.fatal);
  if (fatal.length > 0 && !options.keepGoing) {
    throw new Error(`Playbook content has ${fatal.length} error(s):\n${fatal.map((e) => e.line).join('\n')}`);
  }
}

/**
 * Last plugin in the build: prints the file's playbook warnings and fails the build on
 * errors. The linter reads the same messages instead of running this.
 */
const remarkPlaybookReport: Plugin<[ReportOptions?], Node> = function (options = {}) {
  return (_tree, file) => reportFindings(file, options);
};
export default remarkPlaybookReport;

/**
 * The same, last in the rehype stage (the HTML sanitizer reports there). A separate
 * function because unified runs a plugin only once per processor.
 */
export const rehypePlaybookReport: Plugin<[ReportOptions?], Node> = function (options = {}) {
  return (_tree, file) => reportFindings(file, options);
};
