/**
 * axe-core's rules (WCAG 2.0–2.2 A and AA, best practices; tests/support/axe.ts): zero
 * violations on every page kind, in both locales, in light and in dark mode. Keyboard journeys of the catalog, task tables and
 * search live with those journeys; the site-wide ones are here.
 */
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {assertAxeClean} from '../support/axe';
import {useSite, type ColorMode} from '../support/e2e';
import {tabTo} from '../support/keyboard';
import {LOCALES, PROCESS_PAGE, localePath, pageKinds} from '../support/site';

const COLOR_MODES: readonly ColorMode[] = ['light', 'dark'];

describe('accessibility: axe-core, WCAG 2 A and AA and best practices', () => {
  const site = useSite();

  for (const locale of LOCALES) {
    for (const colorMode of COLOR_MODES) {
      for (const kind of pageKinds()) {
        test(`${locale} ${colorMode} ${kind.name} page has no violations`, async () => {
          assert.ok(kind.route, `the build has a ${kind.name} page`);
          await site.visit(
            localePath(locale, kind.route),
            async (page) => {
              assert.equal(await page.getAttribute('html', 'data-theme'), colorMode);
              await assertAxeClean(page);
            },
            {colorMode},
          );
        });
      }
    }
  }

  test('the skip link is the first Tab stop and the next Tab lands in the content', async () => {
    await site.visit(localePath('de', PROCESS_PAGE.route), async (page) => {
      await page.keyboard.press('Tab');
      assert.match((await page.locator(':focus').textContent()) ?? '', /Zum Hauptinhalt springen/);
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      const focusInMain = await page.evaluate(() => !!document.activeElement?.closest('main'));
      assert.ok(focusInMain, 'after skipping, Tab moves into the main content, past navbar and sidebar');
    });
  });

  test('a sidebar link is reachable and followed with the keyboard alone', async () => {
    await site.visit(localePath('de', '/'), async (page) => {
      const link = page.locator('.navbar').getByRole('link', {name: /^Playbook$/});
      await tabTo(page, link);
      await Promise.all([page.waitForURL(/\/de\/docs\//), page.keyboard.press('Enter')]);
      assert.equal(await page.getAttribute('html', 'lang'), 'de');
    });
  });
});
