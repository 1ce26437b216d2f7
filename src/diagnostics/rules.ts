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
  /** One sentence: what the rule checks. Shown in docs and SARIF. */
  summary: string;
  /** One sentence: what an author does to fix a finding. SARIF's help text. */
  fix: string;
}

export const RULES = {
  'front-matter-yaml': {build: 'error', lint: 'error', summary: 'Front matter is YAML "key: value" lines between two "---" lines.', fix: 'Write each key as "key: value" on its own line, quote values that contain ": ", and close the block with "---".'},
  'front-matter-yaml-warning': {build: 'warning', lint: 'error', summary: 'Front matter uses no YAML feature the playbook does not read (custom tags and the like).', fix: 'Write plain values, without YAML tags (!name), anchors or directives.'},
  'front-matter-value': {build: 'error', lint: 'error', summary: 'Each front-matter key has a value of its expected form (ms.date a readable date, sidebar_position a number, …).', fix: 'Give the key a value of the form the message names, e.g. ms.date: 1/29/2020.'},
  'front-matter-unknown-key': {build: 'warning', lint: 'warning', summary: 'Front-matter keys are ones the playbook or Docusaurus reads.', fix: 'Remove the key or correct its spelling.'},
  'callout-marker': {build: 'warning', lint: 'error', summary: 'A block quote starting with [!WORD] names a known callout kind.', fix: 'Use one of the callout kinds the message lists, or remove the marker to keep a plain quote.'},
  include: {build: 'error', lint: 'error', summary: '[!INCLUDE] names a Markdown file inside the content folders that exists and does not include itself.', fix: 'Point the include at an existing .md file inside docs/ or i18n/, and never at the page itself.'},
  'include-form': {build: 'warning', lint: 'error', summary: '[!INCLUDE …] is written as [!INCLUDE [title](path/to/file.md)].', fix: 'Write the include as [!INCLUDE [title](path/to/file.md)].'},
  video: {build: 'warning', lint: 'warning', summary: '[!VIDEO] gives the URL of a player on a host the site embeds.', fix: 'Give the player URL on a supported host, e.g. > [!VIDEO https://www.youtube.com/embed/VIDEO_ID].'},
  'div-class': {build: 'warning', lint: 'warning', summary: '[!div] uses a class the site renders.', fix: 'Use a class the message lists, or remove the [!div] line.'},
  checklist: {build: 'warning', lint: 'warning', summary: 'A [!div class="checklist"] block holds a list.', fix: 'Put the checklist\'s items as a list ("> * item") on the lines after the marker.'},
  'docfx-image': {build: 'warning', lint: 'error', summary: ':::image gives its source and alt text as name="value" attributes the site reads, and is closed by ":::".', fix: 'Write :::image type="content" source="media/x.png" alt-text="What the image shows":::.'},
  'next-step': {build: 'warning', lint: 'warning', summary: 'A [!div class="nextstepaction"] block is followed by its link.', fix: 'Put the next step\'s link on the line after the [!div class="nextstepaction"] marker.'},
  'task-table-shape': {build: 'warning', lint: 'error', summary: 'A table with task IDs or declared requirement codes has the task-table shape: Task ID | Name | (X)… / (Y)… | Role [| Services].', fix: 'Put the task IDs in the first column and declare two requirement codes in the third column\'s header, required first, e.g. (M)andatory / (O)ptional.'},
  'task-row-cells': {build: 'warning', lint: 'error', summary: 'A task row has as many cells as its table has columns.', fix: 'Give the row one cell per column: add the missing "|" or remove the extra one.'},
  'task-merged-cells': {build: 'warning', lint: 'error', summary: 'A task row keeps its requirement code and its role in two cells.', fix: 'Split the merged cell at the code: "| O FastTrack Engineer |" becomes "| O | FastTrack Engineer |".'},
  'task-id': {build: 'warning', lint: 'error', summary: 'A task row starts with its FTOP task number.', fix: 'Put the row\'s FTOP task number (e.g. 3988) in its first column.'},
  'task-requirement': {build: 'warning', lint: 'error', summary: 'A task row\'s requirement is one of the codes its header declares.', fix: 'Write one of the two codes the table header declares, exactly as declared, e.g. M or O for (M)andatory / (O)ptional.'},
  'task-duplicate-id': {build: 'warning', lint: 'error', summary: 'A task ID appears once per page.', fix: 'Keep each task ID once on the page: merge the rows or correct the number.'},
  'task-unsafe-link': {build: 'warning', lint: 'error', summary: 'Links in task rows use http(s) or relative addresses.', fix: 'Link to an http(s) address or a relative path.'},
  'link-anchor': {build: 'warning', lint: 'warning', summary: 'A link\'s #fragment names a heading of the linked page in every language it is shown in (or one at the same place in a translation).', fix: 'Link to a heading the page has, or give the translated heading the same ID with {#id}.'},
  'audience-link': {build: 'warning', lint: 'warning', summary: 'A page links only pages that every audience build it is in also publishes (ft.audience).', fix: 'Link a page whose ft.audience includes the linking page\'s audiences, or remove the link.'},
  'legacy-link': {build: 'warning', lint: 'error', summary: 'A link by DocFX file name names a page of the site.', fix: 'Link to a page that exists, by its file name or its site path; or remove the link.'},
  'site-link': {build: 'warning', lint: 'error', summary: 'A link to a site path or file reaches a page or file of the site.', fix: 'Point the link at an existing page (its path under docs/) or file, or remove the link.'},
  image: {build: 'error', lint: 'error', summary: 'An image exists next to the page, or next to its default-locale counterpart.', fix: 'Add the image next to the page (or next to its default-locale page), or correct its path.'},
  limit: {build: 'error', lint: 'error', summary: 'A page stays within the documented limits: 256 KB, 10,000 characters per line, 32 levels of nesting, 1,000 table rows.', fix: 'Split the page, the line or the table, or flatten nested quotes, lists and emphasis, as the message says.'},
  'text-encoding': {build: 'error', lint: 'error', summary: 'A page is UTF-8 text: no NUL or other control characters, no replacement characters (U+FFFD) left by a broken conversion.', fix: 'Save the file as UTF-8 and retype the characters the message points at.'},
  'empty-page': {build: 'error', lint: 'error', summary: 'A page has content after its front matter.', fix: 'Write the page (at least its # title), or delete the file.'},
  'markdown-only': {build: 'error', lint: 'error', summary: 'Content is Markdown only: no .mdx files, no mdx or format front matter, nothing that compiles as code.', fix: 'Rename the file to .md and remove the mdx/format key; components and code belong in src/, not in content.'},
  symlink: {build: 'error', lint: 'error', summary: 'The content folders hold files, not symbolic links.', fix: 'Replace the link with a copy of the file, or link to the page instead.'},
  'content-path': {build: 'error', lint: 'error', summary: 'Images, links to files and includes use only files inside the content folders and static/.', fix: 'Put the file next to the page (e.g. media/), or under static/ and link it as /path; never use ../ to leave the content folders.'},
  'file-type': {build: 'warning', lint: 'error', summary: 'Linked and embedded files are of a passive type: images (SVG without script or outside references), PDF, Office documents, archives or plain text.', fix: 'Publish the content as a page or as one of the passive types; remove scripts, event handlers and outside references from an SVG.'},
  'unsafe-html': {build: 'warning', lint: 'error', summary: 'Raw HTML stays within the safe allowlist; anything else is removed.', fix: 'Use Markdown instead of the HTML, or only the tags and attributes the allowlist keeps.'},
  'history-date': {build: 'warning', lint: 'warning', summary: 'Update-summary dates are readable dates.', fix: 'Write the date as YYYY-MM-DD, M/D/YYYY or D.M.YYYY.'},
  'history-heading': {build: 'warning', lint: 'warning', summary: 'An update-summary table sits under its heading.', fix: 'Put a "Refresh Summary" (or translated) heading, not indented, above the table.'},
  'history-columns': {build: 'warning', lint: 'warning', summary: 'A table under an update-summary heading has date, who and what columns.', fix: 'Use the columns Date | Who Changed | What Changed (| Notes), translated as the page\'s language writes them.'},
  'history-row-cells': {build: 'warning', lint: 'warning', summary: 'An update-summary row has as many cells as its table has columns.', fix: 'Give the row one cell per column: remove the extra "|" or add a column header.'},
  'indented-list': {build: 'warning', lint: 'warning', summary: 'Numbered lines of prose are a list, not an indented code block.', fix: 'Outdent the numbered lines by four spaces, so Markdown reads them as a numbered list.'},
  'blocker-status': {build: 'warning', lint: 'warning', summary: 'A blocker scenario\'s status names an L2 page of the site by its title.', fix: 'Write the status as the title (H1) of the L2 page it means, or add that page.'},
  'ms-date-future': {build: 'warning', lint: 'warning', summary: 'A page\'s ms.date is not in the future.', fix: 'Set ms.date to the day the page was last reviewed, today at the latest.'},
  'update-after-ms-date': {build: 'warning', lint: 'warning', summary: 'No update-summary row is newer than the page\'s ms.date.', fix: 'Set ms.date to the date of the newest update-summary row or later, or correct that row\'s date.'},
  'locale-missing': {build: null, lint: 'warning', summary: 'A page exists in every locale.', fix: 'Add the page at the same path in every locale (a translation, or a copy to translate later).'},
  'baseline-stale': {build: null, lint: 'warning', summary: 'Every baseline entry still matches a finding.', fix: 'Remove the entry from tools/lint-content/baseline.json.'},
  pipeline: {build: null, lint: 'error', summary: 'The Markdown pipeline processes the page without failing.', fix: 'Report it as a bug in the playbook tools, with the page that triggers it.'},
} as const satisfies Record<string, RuleSpec>;

export type RuleId = keyof typeof RULES;

export const RULE_IDS = Object.keys(RULES) as RuleId[];

export function isRuleId(id: string | null | undefined): id is RuleId {
  return typeof id === 'string' && Object.hasOwn(RULES, id);
}
