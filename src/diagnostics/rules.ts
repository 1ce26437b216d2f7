/**
 * Every finding the playbook reports, defined once: how the build rates it, how the content
 * linter rates it, and one line for authors. The build only warns where failing would lose a
 * page; in a pull request the linter makes those errors so they are fixed before review.
 * `build: null` marks findings only the linter makes (they need every page at once).
 */
export type Severity = 'error' | 'warning';

export interface RuleSpec {
  build: Severity | null;
  lint: Severity;
  /** One sentence: what the rule checks. Shown in docs, SARIF and `--format json`. */
  summary: string;
}

export const RULES = {
  'front-matter-yaml': {build: 'error', lint: 'error', summary: 'Front matter is YAML "key: value" lines between two "---" lines.'},
  'front-matter-yaml-warning': {build: 'warning', lint: 'error', summary: 'Front matter uses no YAML feature the playbook does not read (custom tags and the like).'},
  'front-matter-value': {build: 'error', lint: 'error', summary: 'Each front-matter key has a value of its expected form (ms.date a readable date, sidebar_position a number, …).'},
  'front-matter-unknown-key': {build: 'warning', lint: 'warning', summary: 'Front-matter keys are ones the playbook or Docusaurus reads.'},
  'callout-marker': {build: 'warning', lint: 'error', summary: 'A block quote starting with [!WORD] names a known callout kind.'},
  include: {build: 'error', lint: 'error', summary: '[!INCLUDE] names a Markdown file inside the content folders that exists and does not include itself.'},
  'include-form': {build: 'warning', lint: 'error', summary: '[!INCLUDE …] is written as [!INCLUDE [title](path/to/file.md)].'},
  video: {build: 'warning', lint: 'warning', summary: '[!VIDEO] gives the URL of a player on a host the site embeds.'},
  'div-class': {build: 'warning', lint: 'warning', summary: '[!div] uses a class the site renders.'},
  'next-step': {build: 'warning', lint: 'warning', summary: 'A [!div class="nextstepaction"] block is followed by its link.'},
  'task-row-cells': {build: 'warning', lint: 'error', summary: 'A task row has as many cells as its table has columns.'},
  'task-id': {build: 'warning', lint: 'error', summary: 'A task row starts with its FTOP task number.'},
  'task-requirement': {build: 'warning', lint: 'error', summary: 'A task row\'s requirement is one of the codes its header declares.'},
  'task-duplicate-id': {build: 'warning', lint: 'error', summary: 'A task ID appears once per page.'},
  'task-unsafe-link': {build: 'warning', lint: 'error', summary: 'Links in task rows use http(s) or relative addresses.'},
  'legacy-link': {build: 'warning', lint: 'error', summary: 'A link by DocFX file name names a page of the site.'},
  'site-link': {build: 'warning', lint: 'error', summary: 'A link to a site path or file reaches a page or file of the site.'},
  image: {build: 'error', lint: 'error', summary: 'An image exists next to the page, or next to its default-locale counterpart.'},
  'unsafe-html': {build: 'warning', lint: 'error', summary: 'Raw HTML stays within the safe allowlist; anything else is removed.'},
  'history-date': {build: 'warning', lint: 'warning', summary: 'Update-summary dates are readable dates.'},
  'history-heading': {build: 'warning', lint: 'warning', summary: 'An update-summary table sits under its heading.'},
  'history-columns': {build: 'warning', lint: 'warning', summary: 'A table under an update-summary heading has date, who and what columns.'},
  'history-row-cells': {build: 'warning', lint: 'warning', summary: 'An update-summary row has as many cells as its table has columns.'},
  'locale-missing': {build: null, lint: 'warning', summary: 'A page exists in every locale.'},
  'baseline-stale': {build: null, lint: 'warning', summary: 'Every baseline entry still matches a finding.'},
  pipeline: {build: null, lint: 'error', summary: 'The Markdown pipeline processes the page without failing.'},
} as const satisfies Record<string, RuleSpec>;

export type RuleId = keyof typeof RULES;

export const RULE_IDS = Object.keys(RULES) as RuleId[];

export function isRuleId(id: string | null | undefined): id is RuleId {
  return typeof id === 'string' && Object.hasOwn(RULES, id);
}
