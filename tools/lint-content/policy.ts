import type {Severity} from '../../src/remark/diagnostics';

/**
 * How the linter rates each rule. The build only warns about some findings so a page is
 * never lost; in a pull request they are errors, so authors fix them before review.
 */
export const LINT_SEVERITY: Readonly<Record<string, Severity>> = {
  'front-matter-yaml': 'error',
  // Schema violations, `ms.date` that cannot be read or is impossible (13/45/2020) included.
  'front-matter-value': 'error',
  'front-matter-unknown-key': 'warning',
  'alert-unknown': 'error',
  'task-row-cells': 'error',
  'task-id': 'error',
  'task-requirement': 'error',
  'task-duplicate-id': 'error',
  'task-unsafe-link': 'error',
  'legacy-link': 'error',
  'image-missing': 'error',
  'html-stripped': 'error',
  'history-date': 'warning',
  'history-heading': 'warning',
  'history-columns': 'warning',
  'history-row-cells': 'warning',
  'locale-missing': 'warning',
};

export function lintSeverity(ruleId: string | undefined, buildSeverity: Severity): Severity {
  return (ruleId && LINT_SEVERITY[ruleId]) || buildSeverity;
}
