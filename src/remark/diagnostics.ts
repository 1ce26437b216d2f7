import path from 'node:path';
import type {Node} from 'unist';
import type {VFile} from 'vfile';
import type {VFileMessage} from 'vfile-message';

/** Every playbook finding carries this source, so the reporter and linter can pick them out. */
export const DIAGNOSTIC_SOURCE = 'playbook';

export type Severity = 'error' | 'warning';

/** Records a finding on the file; plugins stay pure and never print or throw. */
export function report(
  file: VFile,
  severity: Severity,
  ruleId: string,
  reason: string,
  place?: Node | Node['position'],
  /** The offending source text (a link target, a marker), for baselines and tools. */
  actual?: string,
): VFileMessage {
  const position = place && 'type' in place ? place.position : place;
  const message = file.message(reason, {place: position ?? undefined, ruleId, source: DIAGNOSTIC_SOURCE});
  message.fatal = severity === 'error';
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
