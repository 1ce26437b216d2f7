import type {Plugin} from 'unified';
import type {Node} from 'unist';
import type {VFile} from 'vfile';
import {formatDiagnostic, playbookMessages} from '../diagnostics';

// Both bundler compilers (client, server) run the plugins, and every locale's build runs them
// on the default locale's pages it falls back to: print each finding once per process. Docusaurus
// loads the config afresh for each locale, so the set lives on globalThis, not in this module.
const PRINTED = Symbol.for('playbook.printedFindings');
const printed: Set<string> = ((globalThis as Record<symbol, Set<string> | undefined>)[PRINTED] ??= new Set<string>());

/** Prints the file's playbook warnings once and fails the build on errors. */
function reportFindings(file: VFile): void {
  const lines = playbookMessages(file).map((m) => ({m, line: formatDiagnostic(m, file.path)}));
  for (const {line} of lines) {
    if (printed.has(line)) continue;
    printed.add(line);
    console.warn(`[playbook] ${line}`);
  }
  const errors = lines.filter(({m}) => m.fatal);
  if (errors.length > 0) {
    throw new Error(`Playbook content has ${errors.length} error(s):\n${errors.map((e) => e.line).join('\n')}`);
  }
}

/**
 * Last plugin in the build: prints the file's playbook warnings and fails the build on
 * errors. The linter reads the same messages instead of running this.
 */
const remarkPlaybookReport: Plugin<[], Node> = function () {
  return (_tree, file) => reportFindings(file);
};
export default remarkPlaybookReport;

/**
 * The same, last in the rehype stage (the HTML sanitizer reports there). A separate
 * function because unified runs a plugin only once per processor.
 */
export const rehypePlaybookReport: Plugin<[], Node> = function () {
  return (_tree, file) => reportFindings(file);
};
