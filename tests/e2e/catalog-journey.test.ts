/**
 * The task catalog as an engineer uses it: find a task by ID, narrow by service, share the
 * filtered URL, follow a task to its row on its page; with the keyboard alone.
 */
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import type {Locator, Page} from 'playwright-core';
import {useSite} from '../support/e2e';
import {tabTo} from '../support/keyboard';
import {LOCALES, PROCESS_PAGE, SEED_TASK, catalogRoute, localePath} from '../support/site';

function route(): string {
  const found = catalogRoute();
  assert.ok(found, 'the build has a catalog page');
  return found;
}

/** The free-text filter: the catalog's first search box. */
const textFilter = (page: Page): Locator => page.locator('main').getByRole('searchbox').or(page.locator('main').getByRole('textbox')).first();

/** Distinct visible links from the catalog to task rows, as `path#task-ID` hrefs. */
const taskLinks = async (page: Page): Promise<string[]> => [
  ...new Set(
    await page.locator('main a[href*="#task-"]').evaluateAll((links) => links.filter((a) => (a as HTMLElement).offsetParent !== null).map((a) => a.getAttribute('href') ?? '')),
  ),
];

describe('task catalog', () => {
  const site = useSite();

  for (const locale of LOCALES) {
    test(`${locale}: a task found by its ID links to its row on its page`, async () => {
      await site.visit(`${localePath(locale, route())}?q=${SEED_TASK.id}`, async (page) => {
        const links = await taskLinks(page);
        const target = `${localePath(locale, PROCESS_PAGE.route)}#task-${SEED_TASK.id}`;
        assert.ok(links.includes(target), `links ${target}`);
        await Promise.all([page.waitForURL((url) => url.hash === `#task-${SEED_TASK.id}`), page.locator(`main a[href="${target}"]`).first().click()]);
        const row = page.locator(`#task-${SEED_TASK.id}`);
        await row.waitFor({state: 'visible'});
        assert.equal(new URL(page.url()).pathname, localePath(locale, PROCESS_PAGE.route));
      });
    });

    test(`${locale}: typing an ID filters to that task and keeps the filter in the URL`, async () => {
      await site.visit(localePath(locale, route()), async (page) => {
        const box = textFilter(page);
        await tabTo(page, box);
        await page.keyboard.type(SEED_TASK.id);
        await page.waitForURL((url) => url.search.includes(SEED_TASK.id));
        const links = await taskLinks(page);
        assert.ok(links.length >= 1 && links.every((href) => href.endsWith(`#task-${SEED_TASK.id}`)), `only task ${SEED_TASK.id}: ${links.join(', ')}`);

        await page.reload({waitUntil: 'networkidle'});
        assert.equal(await textFilter(page).inputValue(), SEED_TASK.id, 'the filter survives a reload');
        assert.deepEqual(await taskLinks(page), links);
      });
    });

    test(`${locale}: ?service=Intune is a shareable filtered view`, async () => {
      await site.visit(`${localePath(locale, route())}?service=Intune`, async (page) => {
        const links = await taskLinks(page);
        const ids = links.map((href) => href.split('#task-')[1]).sort();
        assert.deepEqual(ids, ['2271', '3680', '3681']);
      });
    });

    test(`${locale}: the service filter works from the keyboard and writes the URL`, async () => {
      await site.visit(localePath(locale, route()), async (page) => {
        const service = page.locator('main').getByLabel(locale === 'de' ? 'Dienste' : 'Services', {exact: true});
        assert.equal(await service.count(), 1, 'a service filter');
        await tabTo(page, service);
        await page.keyboard.type('Intune');
        await page.waitForURL((url) => new URL(url).searchParams.get('service') === 'Intune');
        assert.equal((await taskLinks(page)).length, 3);
      });
    });
  }
});
