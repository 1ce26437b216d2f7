/**
 * The one axe-core runner of the browser tests, with one rule set: axe-core's default rules,
 * i.e. every rule that is not experimental — WCAG 2.0, 2.1 and 2.2 at levels A and AA, and
 * axe's best practices. A test may narrow where axe looks (`include`), never what it checks.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import {createRequire} from 'node:module';
import type {Page} from 'playwright-core';
import type {AxeResults, Result} from 'axe-core';

const AXE_SCRIPT = createRequire(__filename).resolve('axe-core/axe.min.js');

export interface AxeScope {
  /** CSS selectors of the parts to check (every match); the whole document by default. */
  include?: readonly string[];
}

/** Runs axe-core in the page and returns its violations. */
export async function axeViolations(page: Page, scope: AxeScope = {}): Promise<Result[]> {
  // Evaluated through the debugging protocol: the page's Content-Security-Policy (rightly) refuses an inline <script>.
  await page.evaluate(fs.readFileSync(AXE_SCRIPT, 'utf8'));
  const results = await page.evaluate(
    (include) => {
      const axe = (window as unknown as {axe: {run: (context: unknown, options: object) => Promise<AxeResults>}}).axe;
      return axe.run(include ? {include: include.map((selector) => [selector])} : document, {resultTypes: ['violations']});
    },
    scope.include ? [...scope.include] : null,
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

/** Asserts axe finds nothing in the page (or in the scope), listing every violation if it does. */
export async function assertAxeClean(page: Page, scope: AxeScope = {}): Promise<void> {
  if (scope.include) {
    const found = await page.evaluate((selectors) => selectors.map((s) => document.querySelectorAll(s).length), [...scope.include]);
    assert.ok(found.some((n) => n > 0), `axe scope ${scope.include.join(', ')} matches nothing on the page`);
  }
  const violations = await axeViolations(page, scope);
  assert.equal(violations.length, 0, `axe violations:\n${formatViolations(violations)}`);
}
