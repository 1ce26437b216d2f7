import path from 'node:path';
import type {Root, RootContent} from 'mdast';
import type {Plugin} from 'unified';
import type {Node} from 'unist';
import {CONTINUE, EXIT, visit} from 'unist-util-visit';
import {dateConventionsOf} from '../../content/contentTree';
import {readContentLayout} from '../../content/layout';
import {importPlaceholders} from '../../content/importManifest';
import {validateFrontMatter} from '../../frontmatter/validate';
import {findPageTitle} from '../../playbook/titles';
import {indexedPageIfAny} from '../../pageIndex';
import {readPageUpdates} from '../../updates/pageDates';
import {jsxFlow} from '../jsxNodes';

export interface TranslationNoticeOptions {
  siteDir: string;
  defaultLocale: string;
}

function contains(node: Node, target: Node): boolean {
  let found = false;
  visit(node, (n) => {
    if (n !== target) return CONTINUE;
    found = true;
    return EXIT;
  });
  return found;
}

/** The element the plugin adds; `src/components/OutdatedTranslation` renders it. */
export const NOTICE_ELEMENT = 'OutdatedTranslation';

/**
 * A translated page older than its default-locale page (by the newest of `ms.date` and the
 * update-summary rows, as translation status reads them) gets a notice below its H1:
 * `<OutdatedTranslation updated="YYYY-MM-DD" />`, the default page's date, shown in the
 * reader's language with a link to that page. A page that gives no date of its own counts as
 * older. Nothing is reported: outdated translations are listed by `npm run translations`.
 */
const remarkTranslationNotice: Plugin<[TranslationNoticeOptions], Root> = function ({siteDir, defaultLocale}) {
  // The import's stand-ins for pages only other locales have are no originals to compare with.
  const placeholders = importPlaceholders(siteDir);
  const layout = readContentLayout(siteDir, {defaultLocale});
  return (tree, file) => {
    const page = file.path ? layout.contentFileOf(file.path) : null;
    if (!page || page.locale === defaultLocale || layout.isPartial(page.source)) return;
    const original = path.join(layout.docsDir(defaultLocale), page.source);
    if (placeholders.has(path.relative(siteDir, original).split(path.sep).join('/'))) return;
    const reference = indexedPageIfAny(original)?.updates.updated;
    if (!reference) return;
    const own = readPageUpdates(tree, validateFrontMatter(String(file.value), file.path), dateConventionsOf(file.path)).updated;
    if (own && own >= reference) return;
    const notice = jsxFlow(NOTICE_ELEMENT, {updated: reference}) as RootContent;
    // Below the title: Docusaurus has wrapped the H1 in a <header> by now, so find its top-level node.
    const h1 = findPageTitle(tree)?.heading;
    const holder = h1 ? tree.children.findIndex((child) => contains(child, h1)) : -1;
    tree.children.splice(holder + 1, 0, notice);
  };
};

export default remarkTranslationNotice;
