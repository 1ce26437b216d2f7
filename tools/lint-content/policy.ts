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
  'callout-marker': 'error',
  include: 'error',
  video: 'warning',
  'div-class': 'warning',
  'next-step': 'warning',
  'task-row-cells': 'error',
  'task-id': 'error',
  'task-requirement': 'error',
  'task-duplicate-id': 'error',
  'task-unsafe-link': 'error',
  'legacy-link': 'error',
  image: 'error',
  // Raw HTML the sanitizer strips: the author should know it will not appear.
  'unsafe-html': 'error',
  'history-date': 'warning',
  'history-heading': 'warning',
  'history-columns': 'warning',
  'history-row-cells': 'warning',
  'locale-missing': 'warning',
};

export function lintSeverity(ruleId: string | undefined, buildSeverity: Severity): Severity {
  return (ruleId && LINT_SEVERITY[ruleId]) || buildSeverity;
}
