import {createRequire} from 'node:module';
import type {Page} from 'playwright-core';
import type {AxeResults, Result} from 'axe-core';

/** WCAG 2.0 and 2.1, levels A and AA. */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

const AXE_SCRIPT = createRequire(__filename).resolve('axe-core/axe.min.js');

/** Runs axe-core in the page against WCAG 2 A/AA and returns its violations. */
export async function axeViolations(page: Page): Promise<Result[]> {
  await page.addScriptTag({path: AXE_SCRIPT});
  const results = await page.evaluate(
    (tags) => (window as unknown as {axe: {run: (ctx: Document, opts: object) => Promise<AxeResults>}}).axe.run(document, {
      runOnly: {type: 'tag', values: tags},
      resultTypes: ['violations'],
    }),
    [...WCAG_AA_TAGS],
  );
  return results.violations;
}

/** One line per failing element: rule, impact, selector and axe's own fix summary. */
export function formatViolations(violations: readonly Result[]): string {
  return violations
    .flatMap((v) =>
      v.nodes.map(
        (node) => `${v.id} (${v.impact ?? 'n/a'}) at ${node.target.join(' ')}: ${(node.failureSummary ?? v.help).replace(/\s+/g, ' ')}`,
      ),
    )
    .join('\n');
}
