import type {Link, Root} from 'mdast';
import type {Plugin} from 'unified';
import {readBlockerPage} from '../../blockers/extract';
import {readSiteBlockers, type SiteBlockers} from '../../blockers/site';
import {readContentLayout} from '../../content/layout';
import {blockerNameKey} from '../../playbook/blockers';
import {DEFAULT_LOCALE} from '../../playbook/locales';
import {report} from '../../diagnostics';

export interface BlockerStatusOptions {
  siteDir: string;
  locales: readonly string[];
  defaultLocale?: string;
}

/**
 * Scenario status links: on an L2 blocker page, each scenario's status cell links to the L2
 * page it names, matched by that page's title among the pages the reader's locale shows. The
 * link is content-relative, so Docusaurus resolves it in the reader's locale. A status that
 * names no L2 page stays text, with a warning. Runs before the callouts become components, so
 * it reads the page as `readBlockerPage` does everywhere else.
 */
const remarkBlockerStatus: Plugin<[BlockerStatusOptions], Root> = function (options) {
  const layout = readContentLayout(options.siteDir, {locales: options.locales, defaultLocale: options.defaultLocale ?? DEFAULT_LOCALE});
  const sites = new Map<string, SiteBlockers>();

  return (tree, file) => {
    const place = layout.contentFileOf(file.path);
    if (!place || layout.isPartial(place.source)) return;
    const reading = readBlockerPage(tree);
    if (reading?.kind !== 'l2') return;
    let site = sites.get(place.locale);
    if (!site) sites.set(place.locale, (site = readSiteBlockers(layout, place.locale)));

    for (const scenario of reading.page.scenarios) {
      const cell = scenario.statusCell;
      // An author's own link in the cell stays as written.
      if (!cell || cell.children.length === 0 || cell.children.some((c) => c.type === 'link')) continue;
      const target = site.l2ByName.get(blockerNameKey(scenario.status));
      if (!target) {
        report(
          file,
          'blocker-status',
          `Scenario status "${scenario.status}" names no L2 page of this site, so it is shown as text. Write the title (H1) of the L2 page it means, or add that page.`,
          cell,
          scenario.status,
        );
        continue;
      }
      const link: Link = {type: 'link', url: `/${target.source}`, children: cell.children as Link['children'], position: cell.position};
      // The valid scenarios' status is the page itself.
      if (target.source === place.source) link.data = {hProperties: {ariaCurrent: 'page'}};
      cell.children = [link];
    }
  };
};

export default remarkBlockerStatus;
