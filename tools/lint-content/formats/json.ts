import type {RuleId, Severity} from '../../../src/diagnostics';
import type {Finding} from '../findings';

/**
 * `--format json` prints an array of these, sorted by file, line, column and rule; the same
 * shape is written down as JSON Schema in findings.schema.json. An empty array means no finding.
 */
export interface JsonFinding {
  /** Path from the site's root, with forward slashes: `i18n/de/docusaurus-plugin-content-docs/current/x.md`. */
  file: string;
  /** 1-based line and column (UTF-16 code units) where the finding starts. */
  line: number;
  column: number;
  /** As the linter rates the rule (src/diagnostics/rules.ts); any error fails the run. */
  severity: Severity;
  /** A registered rule id, e.g. `site-link`. */
  ruleId: RuleId;
  /** What is wrong and how to fix it. */
  message: string;
  /** The offending text (a link target, a marker), where the rule records one; baselines match it. */
  actual?: string;
}

export function toJsonFinding(f: Finding): JsonFinding {
  const {file, line, column, severity, ruleId, message, actual} = f;
  return {file, line, column, severity, ruleId, message, ...(actual === undefined ? {} : {actual})};
}

export function formatJson(findings: readonly Finding[]): string {
  return `${JSON.stringify(findings.map(toJsonFinding), null, 2)}\n`;
}
