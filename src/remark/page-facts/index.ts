import type {Root, RootContent} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import type {Plugin} from 'unified';
import {findPageFacts, type Fact} from '../../playbook/pageFacts';
import {LOCALE_CONFIGS, type LocaleConfig} from '../../playbook/locales';
import {jsxFlow, spanOf} from '../jsxNodes';

export interface PageFactsOptions {
  /** Entries whose fact labels are known (any locale's: pages sit in other locales' folders too). */
  locales?: readonly LocaleConfig[];
}

function factElements(facts: readonly Fact[]): MdxJsxFlowElement[] {
  return facts.map((fact) =>
    jsxFlow('Fact', {kind: fact.kind ?? undefined, label: fact.label, plural: fact.plural || undefined}, [{type: 'paragraph', children: fact.value}], spanOf(fact.value)),
  );
}

/**
 * Page and method facts, found by their place (`findPageFacts`). The phase line under the H1
 * becomes the page's `<PageFacts>` header (which adds audience and last-updated from the page's
 * metadata); the lines under a method heading become `<MethodFacts>` chips. Values stay exactly
 * as written; the components translate the known labels.
 */
const remarkPageFacts: Plugin<[PageFactsOptions?], Root> = function (options = {}) {
  const locales = options.locales ?? LOCALE_CONFIGS;
  return (tree) => {
    const {headerAt, page, methods} = findPageFacts(tree, locales);
    for (const {paragraph, parent, facts} of methods) {
      const at = parent.children.indexOf(paragraph as never);
      (parent.children as RootContent[])[at] = jsxFlow('MethodFacts', {}, factElements(facts), paragraph.position) as RootContent;
    }
    const header = jsxFlow('PageFacts', {}, page ? factElements(page.facts) : [], page?.paragraph.position);
    tree.children.splice(headerAt, page ? 1 : 0, header as RootContent);
  };
};

export default remarkPageFacts;
