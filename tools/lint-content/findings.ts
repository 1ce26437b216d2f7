import path from 'node:path';
import type {RuleId, Severity} from '../../src/diagnostics';

export interface Finding {
  /** Site-relative path with forward slashes. */
  file: string;
  line: number;
  column: number;
  severity: Severity;
  message: string;
  ruleId: RuleId;
  /** The offending text, where the rule records it (a link target, a marker). */
  actual?: string;
}

/** `path:line:col  error|warning  message  rule-id` */
export function formatFinding(f: Finding): string {
  return `${f.file}:${f.line}:${f.column}  ${f.severity}  ${f.message}  ${f.ruleId}`;
}

/** "1 error(s), 2 warning(s)": the closing line of the text and github formats. */
export function countFindings(findings: readonly Finding[]): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return `${errors} error(s), ${findings.length - errors} warning(s)`;
}

export function sitePath(siteDir: string, file: string): string {
  return path.relative(siteDir, file).split(path.sep).join('/');
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}
