import assert from 'node:assert/strict';
import {after, before, describe, test} from 'node:test';
import axe from 'axe-core';
import type {Browser, Page} from 'playwright-core';
import {serveBuild} from '../support/server';
import {BUILD_DIR, launchBrowser, requireBuild, screenshot, watchErrors} from '../support/browser';

const REMEDIATE = '/docs/lifecycle/remediate/remediate-address-technical-gaps';
const BLOCKER = '/docs/blockers/blocked/l1l2l3-blocked-customer-it-infrastructure-remediation';
const OURS = ['.playbook-page-facts', '.playbook-method-facts', '.playbook-revision-history', '.theme-last-updated'];

/** axe-core violations inside the page-metadata components only. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({content: axe.source});
  const results = await page.evaluate(async (selectors) => {
    const run = (window as unknown as {axe: typeof axe}).axe.run;
    return run({include: selectors.map((s) => [s])}, {resultTypes: ['violations']});
  }, OURS);
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('page metadata: facts header, method chips, revision history', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveBuild>>;
  before(async () => {
    requireBuild();
    server = await serveBuild(BUILD_DIR);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`de remediate page in ${colorScheme} mode: visible facts, chips, history; axe-clean`, async () => {
      const context = await browser.newContext({colorScheme});
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto(`${server.url}/de${REMEDIATE}`, {waitUntil: 'networkidle'});
      assert.equal(await page.getAttribute('html', 'data-theme'), colorScheme);

      // The header sits right under the H1 and shows the author's phase as written.
      const header = page.locator('article .playbook-page-facts');
      assert.equal(await header.isVisible(), true);
      assert.equal(await page.locator('article header + .playbook-page-facts').count(), 1, 'facts follow the H1');
      assert.match(await header.innerText(), /Phase:?\s*Korrektur/);
      assert.match(await header.innerText(), /Zuletzt aktualisiert:?\s*2\. Mai 2019/);

      const chip = page.locator('.playbook-method-facts > div').first();
      assert.equal(await chip.isVisible(), true);
      assert.match(await chip.innerText(), /Primäre Rolle\s*FastTrack-Entwickler/);
      // Chips sit on one line each: label and value side by side.
      const [label, value] = await Promise.all([chip.locator('dt').boundingBox(), chip.locator('dd').boundingBox()]);
      assert.ok(label && value && Math.abs(label.y - value.y) < 8 && value.x > label.x, 'label and value share a line');

      const rows = page.locator('.playbook-revision-history tbody tr');
      assert.equal(await rows.count(), 7);
      assert.equal(await rows.first().locator('time').getAttribute('datetime'), '2019-12-18');
      assert.equal(await page.locator('.theme-last-updated time').getAttribute('datetime'), '2019-05-02');

      assert.deepEqual(await axeViolations(page), []);
      await screenshot(page, `page-metadata-de-${colorScheme}`);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test('en blocker page: facts header without a phase, history newest first, axe-clean', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.url}${BLOCKER}`, {waitUntil: 'networkidle'});
    const header = await page.locator('.playbook-page-facts').innerText();
    assert.match(header, /Audience:?\s*Partners/);
    assert.match(header, /Last updated:?\s*January 29, 2020/);
    assert.doesNotMatch(header, /Phase/);
    const dates = await page.locator('.playbook-revision-history time').allTextContents();
    assert.deepEqual(dates, ['March 26, 2020', 'September 27, 2019']);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
