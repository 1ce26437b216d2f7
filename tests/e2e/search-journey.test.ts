/**
 * Search as a reader uses it, keyboard only: open the navbar search box with its shortcut,
 * type an FTOP task ID, and land on the task's row; and the shareable results page.
 */
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {useSite} from '../support/e2e';
import {LOCALES, PROCESS_PAGE, SEED_TASK, localePath, searchRoute} from '../support/site';

describe('search', () => {
  const site = useSite();

  for (const locale of LOCALES) {
    test(`${locale}: keyboard only, the shortcut opens search and "${SEED_TASK.id}" leads to the task's row`, async () => {
      await site.visit(localePath(locale, PROCESS_PAGE.route), async (page) => {
        // The shortcut is a React handler: under load, networkidle can come before hydration.
        await page.waitForSelector('html[data-has-hydrated="true"]');
        await page.keyboard.press('Control+K');
        // The shortcut moves focus into a visible search box.
        const box = page.locator('input:focus');
        await box.waitFor({state: 'visible'});
        assert.match((await box.getAttribute('role')) ?? (await box.getAttribute('type')) ?? '', /search|combobox/);
        await page.keyboard.type(SEED_TASK.id);
        const first = page.getByRole('option').or(page.locator('[role="listbox"] a, .pagefind-ui__result a')).first();
        await first.waitFor({state: 'visible'});
        assert.match(await first.innerText(), new RegExp(SEED_TASK.id));
        await Promise.all([page.waitForURL((url) => url.hash === `#task-${SEED_TASK.id}`), page.keyboard.press('Enter')]);
        assert.equal(new URL(page.url()).pathname, localePath(locale, PROCESS_PAGE.route));
      });
    });

    test(`${locale}: the results page works from its URL and lists results as links`, async () => {
      const route = searchRoute();
      assert.ok(route, 'the build has a search page');
      await site.visit(`${localePath(locale, route)}?q=${SEED_TASK.id}`, async (page) => {
        const result = page.locator(`main a[href*="${localePath(locale, PROCESS_PAGE.route)}"]`).first();
        await result.waitFor({state: 'visible'});
        assert.ok(await result.isVisible());
      });
    });
  }
});
