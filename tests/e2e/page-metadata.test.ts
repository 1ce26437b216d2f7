import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {assertAxeClean} from '../support/axe';
import {screenshot} from '../support/browser';
import {useSite} from '../support/e2e';

const REMEDIATE = '/docs/lifecycle/remediate/remediate-address-technical-gaps';
const BLOCKER = '/docs/blockers/blocked/l1l2l3-blocked-customer-it-infrastructure-remediation';
/** axe looks inside the page-metadata components only. */
const OURS = {include: ['.playbook-page-facts', '.playbook-method-facts', '.playbook-revision-history', '.theme-last-updated']};

describe('page metadata: facts header, method chips, revision history', () => {
  const site = useSite();

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`de remediate page in ${colorScheme} mode: visible facts, chips, history; axe-clean`, async () => {
      await site.visit(
        `/de${REMEDIATE}`,
        async (page) => {
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

          await assertAxeClean(page, OURS);
          await screenshot(page, `page-metadata-de-${colorScheme}`);
        },
        {contextOptions: {colorScheme}},
      );
    });
  }

  test('en blocker page: facts header without a phase, history newest first, axe-clean', async () => {
    await site.visit(BLOCKER, async (page) => {
      const header = await page.locator('.playbook-page-facts').innerText();
      assert.match(header, /Audience:?\s*Partners/);
      assert.match(header, /Last updated:?\s*January 29, 2020/);
      assert.doesNotMatch(header, /Phase/);
      const dates = await page.locator('.playbook-revision-history time').allTextContents();
      assert.deepEqual(dates, ['March 26, 2020', 'September 27, 2019']);
      await assertAxeClean(page, OURS);
    });
  });
});
