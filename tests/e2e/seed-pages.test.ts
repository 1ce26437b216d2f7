/**
 * What a reader does on the seed pages: sees callouts with their translated titles, jumps
 * to `#task-ID`, sorts and filters a task table, and copies a task's link, with the mouse
 * and with the keyboard alone.
 */
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import type {Locator, Page} from 'playwright-core';
import {useSite} from '../support/e2e';
import {tabTo} from '../support/keyboard';
import {BLOCKER_PAGE, LOCALES, PROCESS_PAGE, SEED_TASK, localePath, type Locale} from '../support/site';

const CALLOUTS: Record<Locale, {title: string; text: RegExp}[]> = {
  en: [
    {title: 'Important', text: /Definition:/},
    {title: 'Tip', text: /questions/},
  ],
  de: [
    {title: 'Wichtig', text: /Definition:/},
    {title: 'Tipp', text: /Fragen/},
  ],
};

const REQUIRED_LABEL: Record<Locale, RegExp> = {en: /required/i, de: /erforderlich/i};

/** A callout by its accessible name: a note or a complementary landmark. */
function callout(page: Page, title: string): Locator {
  const article = page.locator('article');
  return article.getByRole('note', {name: title}).or(article.getByRole('complementary', {name: title}));
}

/** The first task table on the page that has a filter box, with its box. */
async function filterableTable(page: Page): Promise<{box: Locator; table: Locator}> {
  const box = page.locator('article').getByRole('searchbox').or(page.locator('article').getByRole('textbox')).first();
  assert.equal(await box.count(), 1, 'a task table with more than 8 rows has a filter box');
  const handle = await box.evaluateHandle((input) => {
    for (let node: Element | null = input.parentElement; node; node = node.parentElement) {
      const table = node.querySelector('table');
      if (table) return table;
    }
    throw new Error('no table around the filter box');
  });
  const tableIndex = await handle.evaluate((table) => Array.from(document.querySelectorAll('article table')).indexOf(table as HTMLTableElement));
  return {box, table: page.locator('article table').nth(tableIndex)};
}

const visibleTaskIds = (table: Locator) =>
  table.locator('tr[id^="task-"]').evaluateAll((rows) =>
    rows.filter((row) => (row as HTMLElement).offsetParent !== null).map((row) => row.id.slice('task-'.length)),
  );

describe('seed pages: callouts and task tables', () => {
  const site = useSite();

  for (const locale of LOCALES) {
    test(`${locale} blocker page: callouts show with their translated titles`, async () => {
      await site.visit(localePath(locale, BLOCKER_PAGE.route), async (page) => {
        for (const {title, text} of CALLOUTS[locale]) {
          const box = callout(page, title);
          assert.equal(await box.count(), 1, `one "${title}" callout`);
          assert.ok(await box.isVisible(), `"${title}" is visible`);
          assert.match((await box.innerText()).trim(), new RegExp(`^${title}`), `"${title}" shows its title first`);
          assert.match(await box.innerText(), text);
        }
        assert.doesNotMatch(await page.locator('article').innerText(), /\[!/, 'no literal [! marker is left');
      });
    });

    test(`${locale} process page: #task-${SEED_TASK.id} deep-links to its row; all 15 tasks are anchored`, async () => {
      await site.visit(`${localePath(locale, PROCESS_PAGE.route)}#task-${SEED_TASK.id}`, async (page) => {
        assert.equal(await page.locator('article tr[id^="task-"]').count(), 15);
        const row = page.locator(`#task-${SEED_TASK.id}`);
        assert.ok(await row.isVisible());
        assert.ok(await row.evaluate((el) => el.matches(':target')), 'the row is the :target');
        const box = await row.boundingBox();
        const viewport = page.viewportSize();
        assert.ok(box && viewport && box.y >= 0 && box.y < viewport.height, 'the row is scrolled into view');
        const text = await row.innerText();
        assert.ok(text.includes(SEED_TASK.name[locale]), 'the row shows the task name');
        assert.match(text, REQUIRED_LABEL[locale], 'the requirement is written out, not colour alone');
      });
    });

    test(`${locale} process page: task rows sort by ID and by name`, async () => {
      await site.visit(localePath(locale, PROCESS_PAGE.route), async (page) => {
        const table = page.locator('article table').filter({has: page.locator('tr[id^="task-"]')}).first();
        const headers = table.locator('thead th');
        const idHeader = headers.nth(0);
        const nameHeader = headers.nth(1);
        const ids = () => table.locator('tr[id^="task-"]').evaluateAll((rows) => rows.map((r) => Number(r.id.slice(5))));
        const names = () => table.locator('tr[id^="task-"] > :nth-child(2)').allInnerTexts();

        await idHeader.getByRole('button').click();
        assert.equal(await idHeader.getAttribute('aria-sort'), 'ascending');
        const ascending = await ids();
        assert.deepEqual(ascending, [...ascending].sort((a, b) => a - b));
        await idHeader.getByRole('button').click();
        assert.equal(await idHeader.getAttribute('aria-sort'), 'descending');
        assert.deepEqual(await ids(), [...ascending].reverse());

        await nameHeader.getByRole('button').click();
        assert.equal(await nameHeader.getAttribute('aria-sort'), 'ascending');
        const byName = (await names()).map((n) => n.trim());
        assert.deepEqual(byName, [...byName].sort((a, b) => a.localeCompare(b, locale)));
      });
    });

    test(`${locale} process page: the filter box narrows a long task table, with the keyboard alone`, async () => {
      await site.visit(localePath(locale, PROCESS_PAGE.route), async (page) => {
        const {box, table} = await filterableTable(page);
        const all = await visibleTaskIds(table);
        assert.ok(all.length > 8);
        await tabTo(page, box);
        await page.keyboard.type('Intune');
        const filtered = await visibleTaskIds(table);
        assert.deepEqual(filtered, ['2271', '3680', '3681']);
        await page.keyboard.press('Control+A');
        await page.keyboard.press('Backspace');
        assert.deepEqual(await visibleTaskIds(table), all, 'clearing the box shows every row again');
      });
    });

    test(`${locale} process page: a task's copy-link button copies page#task-ID, with the keyboard alone`, async () => {
      const context = await site.browser.newContext();
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: site.url});
      try {
        await site.visit(
          localePath(locale, PROCESS_PAGE.route),
          async (page) => {
            const button = page.locator(`#task-${SEED_TASK.id}`).getByRole('button', {name: /link/i});
            assert.equal(await button.count(), 1, 'one copy-link button in the row');
            await tabTo(page, button);
            await page.keyboard.press('Enter');
            const copied = await page.evaluate(() => navigator.clipboard.readText());
            assert.equal(copied, `${site.url}${localePath(locale, PROCESS_PAGE.route)}#task-${SEED_TASK.id}`);
          },
          {context},
        );
      } finally {
        await context.close();
      }
    });
  }
});
