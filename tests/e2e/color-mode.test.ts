/**
 * The navbar's colour-mode toggle: it cycles system → light → dark, the page really turns
 * dark, and the choice persists across reloads, navigation and new tabs. Without a choice
 * the site follows the operating system's preference.
 */
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import type {Page} from 'playwright-core';
import {screenshot} from '../support/browser';
import {useSite} from '../support/e2e';
import {tabTo} from '../support/keyboard';
import {BLOCKER_PAGE, LOCALES, PROCESS_PAGE, localePath} from '../support/site';

const theme = (page: Page) => page.getAttribute('html', 'data-theme');
const toggle = (page: Page) => page.locator('.navbar').getByRole('button', {name: /mode|modus/i});

/** Brightness of the article's body text, 0 (black) to 255 (white): dark text means light mode. */
async function textBrightness(page: Page): Promise<number> {
  const color = await page.locator('article p').first().evaluate((p) => getComputedStyle(p).color);
  const [r = 0, g = 0, b = 0] = (color.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  return 0.299 * r + 0.587 * g + 0.114 * b;
}

describe('dark-mode toggle', () => {
  const site = useSite();

  for (const locale of LOCALES) {
    test(`${locale}: the toggle switches to dark, and the choice persists`, async () => {
      const context = await site.browser.newContext({colorScheme: 'light'});
      try {
        await site.visit(
          localePath(locale, PROCESS_PAGE.route),
          async (page) => {
            assert.equal(await theme(page), 'light');
            assert.ok((await textBrightness(page)) < 80, 'dark text on light');
            const button = toggle(page);
            assert.equal(await button.count(), 1, 'one colour-mode toggle in the navbar');
            for (let clicks = 0; (await theme(page)) !== 'dark' && clicks < 3; clicks++) await button.click();
            assert.equal(await theme(page), 'dark');
            assert.ok((await textBrightness(page)) > 180, 'light text on dark');
            await screenshot(page, `process-${locale}-dark`);

            await page.reload({waitUntil: 'networkidle'});
            assert.equal(await theme(page), 'dark', 'persists across a reload');

            await page.locator(`nav.menu a[href="${localePath(locale, BLOCKER_PAGE.route)}"]`).click();
            await page.waitForURL((url) => url.pathname === localePath(locale, BLOCKER_PAGE.route));
            assert.equal(await theme(page), 'dark', 'persists across client-side navigation');
          },
          {context},
        );
        await site.visit(localePath(locale, '/'), async (page) => assert.equal(await theme(page), 'dark', 'a new tab starts dark'), {context});
      } finally {
        await context.close();
      }
    });
  }

  test('with no choice made, the site follows the system preference', async () => {
    await site.visit(
      PROCESS_PAGE.route,
      async (page) => {
        assert.equal(await theme(page), 'dark');
        assert.equal(await page.getAttribute('html', 'data-theme-choice'), 'system');
      },
      {contextOptions: {colorScheme: 'dark'}},
    );
  });

  test('the toggle works from the keyboard', async () => {
    await site.visit(PROCESS_PAGE.route, async (page) => {
      await tabTo(page, toggle(page));
      for (let presses = 0; (await theme(page)) !== 'dark' && presses < 3; presses++) await page.keyboard.press('Enter');
      assert.equal(await theme(page), 'dark');
    });
  });
});
