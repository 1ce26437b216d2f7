import type {Plugin} from 'unified';
import type {Root} from 'mdast';
import {formatDiagnostic, playbookMessages} from './diagnostics';

// Both bundler compilers (client, server) run the plugins; print each finding once per build.
const printed = new Set<string>();

/**
 * Last plugin in the build: prints the file's playbook warnings and fails the build on
 * errors. The linter reads the same messages instead of running this.
 */
const remarkPlaybookReport: Plugin<[], Root> = function () {
  return (_tree, file) => {
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
  };
};
export default remarkPlaybookReport;
