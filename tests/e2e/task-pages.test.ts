/**
 * The page per task (`/tasks/3988`, `/de/tasks/3988`): a static HTML file per task, reached
 * from a task table's ID, a catalog row and a search suggestion; it names the task in the
 * page's language, links the other languages and every row that lists it, and passes axe.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {describe, test} from 'node:test';
import type {Page} from 'playwright-core';
import {TASK_PAGE_ELEMENT} from '../../src/components/TaskPage/ids';
import {assertAxeClean} from '../support/axe';
import {BUILD_DIR} from '../support/browser';
import {useSite} from '../support/e2e';
import {LOCALES, PROCESS_PAGE, SEED_TASK, catalogRoute, localePath, type Locale} from '../support/site';

const other = (locale: Locale): Locale => (locale === 'en' ? 'de' : 'en');
const taskPage = (locale: Locale) => localePath(locale, `/tasks/${SEED_TASK.id}`);

/** What a task page shows, checked wherever the reader came from. */
async function assertTaskPage(page: Page, locale: Locale): Promise<void> {
  await page.waitForURL((url) => url.pathname === taskPage(locale));
  // Client-side navigation changes the URL first and shows the previous page until the task's
  // content is in: wait for the task page's own heading, not any h1.
  const h1 = page.locator(`#${TASK_PAGE_ELEMENT} h1`);
  await h1.waitFor({state: 'visible'});
  assert.equal((await h1.innerText()).replace(/\s+/g, ' ').trim(), `${SEED_TASK.id} ${SEED_TASK.name[locale]}`);
  // The head's title follows the content a frame later after a client-side navigation.
  await page.waitForFunction((id) => document.title.startsWith(`${id} – `), SEED_TASK.id).catch(() => undefined);
  assert.match(await page.title(), new RegExp(`^${SEED_TASK.id} – `));
  // Requirement, role, service and phase.
  const facts = (await page.locator('main dl').innerText()).replace(/\s+/g, ' ');
  assert.match(facts, locale === 'de' ? /Erforderlich.*SME.*AIP.*Korrektur/ : /Required.*SME.*AIP.*Remediate/);
  // The row on the seed page, and the same task in the other language.
  const row = `${localePath(locale, PROCESS_PAGE.route)}#task-${SEED_TASK.id}`;
  assert.ok(await page.locator(`main a[href="${row}"]`).count() > 0, `links its row ${row}`);
  const there = page.locator(`main a[href="${taskPage(other(locale))}"]`);
  assert.equal(await there.count(), 1, `links ${taskPage(other(locale))}`);
  assert.match(await page.locator('main').innerText(), new RegExp(SEED_TASK.name[other(locale)]));
  await assertAxeClean(page);
}

describe('task pages', () => {
  const site = useSite();

  test('every task page is a real HTML file; the route template is gone', () => {
    for (const locale of LOCALES) {
      const dir = path.join(BUILD_DIR, ...(locale === 'en' ? [] : [locale]), 'tasks');
      const html = fs.readFileSync(path.join(dir, `${SEED_TASK.id}.html`), 'utf8');
      assert.match(html, new RegExp(`<h1><span class="task-page__id">${SEED_TASK.id}</span> `));
      assert.ok(!fs.readdirSync(dir).some((f) => f.includes(':id') || f.includes('%3Aid')), 'no template file left');
      assert.doesNotMatch(html, /task-page-title-placeholder/);
    }
  });

  for (const locale of LOCALES) {
    test(`${locale}: from a task table's ID`, async () => {
      await site.visit(localePath(locale, PROCESS_PAGE.route), async (page) => {
        await page.locator(`#task-${SEED_TASK.id} a[href="${taskPage(locale)}"]`).click();
        await assertTaskPage(page, locale);
      });
    });

    test(`${locale}: from a catalog row`, async () => {
      const catalog = catalogRoute();
      assert.ok(catalog, 'the build has a catalog page');
      await site.visit(`${localePath(locale, catalog)}?q=${SEED_TASK.id}`, async (page) => {
        await page.locator(`main tr[data-task-id="${SEED_TASK.id}"] a[href="${taskPage(locale)}"]`).first().click();
        await assertTaskPage(page, locale);
      });
    });

    test(`${locale}: from a search suggestion (client-side navigation loads the same page)`, async () => {
      await site.visit(localePath(locale, PROCESS_PAGE.route), async (page) => {
        await page.keyboard.press('Control+K');
        await page.locator('input:focus').waitFor({state: 'visible'});
        await page.keyboard.type(SEED_TASK.id);
        const first = page.getByRole('option').first();
        await first.waitFor({state: 'visible'});
        assert.match(await first.innerText(), new RegExp(SEED_TASK.id));
        await page.keyboard.press('Enter');
        await assertTaskPage(page, locale);
      });
    });
  }
});
