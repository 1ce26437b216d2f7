/**
 * Findings about content: recorded on the file by plugins (which never print or throw),
 * printed by the build's reporter, collected by the linter. The bottom layer beside the
 * grammar: anything may import it; it imports nothing of the project but its rules.
 */
import path from 'node:path';
import type {Node} from 'unist';
import type {VFile} from 'vfile';
import type {VFileMessage} from 'vfile-message';
import {RULES, type RuleId, type Severity} from './rules';

export * from './rules';

/** Every playbook finding carries this source, so the reporter and linter can pick them out. */
export const DIAGNOSTIC_SOURCE = 'playbook';

/** Records a finding on the file, rated as the rule registry rates it for the build. */
export function report(
  file: VFile,
  ruleId: RuleId,
  reason: string,
  place?: Node | Node['position'],
  /** The offending source text (a link target, a marker), for baselines and tools. */
  actual?: string,
): VFileMessage {
  const position = place && 'type' in place ? place.position : place;
  const message = file.message(reason, {place: position ?? undefined, ruleId, source: DIAGNOSTIC_SOURCE});
  message.fatal = RULES[ruleId].build === 'error';
  if (actual !== undefined) message.actual = actual;
  return message;
}

export function severityOf(message: VFileMessage): Severity {
  return message.fatal ? 'error' : 'warning';
}

/** `path:line:col  error|warning  message  rule-id`, with the path relative to `cwd`. */
export function formatDiagnostic(message: VFileMessage, filePath: string, cwd = process.cwd()): string {
  const rel = path.relative(cwd, filePath) || filePath;
  const line = message.line ?? 1;
  const col = message.column ?? 1;
  return `${rel}:${line}:${col}  ${severityOf(message)}  ${message.reason}  ${message.ruleId ?? 'playbook'}`;
}

export function playbookMessages(file: VFile): VFileMessage[] {
  return file.messages.filter((m) => m.source === DIAGNOSTIC_SOURCE);
}
