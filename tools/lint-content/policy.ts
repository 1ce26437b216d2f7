import type {Severity} from '../../src/remark/diagnostics';

/**
 * How the linter rates each rule. The build only warns about some findings so a page is
 * never lost; in a pull request they are errors, so authors fix them before review.
 */
export const LINT_SEVERITY: Readonly<Record<string, Severity>> = {
  'frontmatter-yaml': 'error',
  'frontmatter-schema': 'error',
  'frontmatter-unknown-key': 'warning',
  'ms-date': 'error',
  'alert-unknown': 'error',
  'task-row-cells': 'error',
  'task-id': 'error',
  'task-requirement': 'error',
  'task-duplicate-id': 'error',
  'legacy-link': 'error',
  'image-missing': 'error',
  'html-stripped': 'error',
  'history-date': 'warning',
  'locale-missing': 'warning',
};

export function lintSeverity(ruleId: string | undefined, buildSeverity: Severity): Severity {
  return (ruleId && LINT_SEVERITY[ruleId]) || buildSeverity;
}
