import assert from 'node:assert/strict';
import {after, before, describe, test} from 'node:test';
import type {BrowserContext, Locator} from 'playwright-core';
import {assertAxeClean} from '../support/axe';
import {screenshot} from '../support/browser';
import {useSite} from '../support/e2e';

const SEED_PAGE = '/docs/lifecycle/remediate/remediate-address-technical-gaps';

const rowIds = (scope: Locator) => scope.locator('tbody tr.task-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-task-id')));

/** The catalog reads its filters from the URL once hydrated; wait for that render. */
async function expectRows(scope: Locator, expected: string[]): Promise<void> {
  let actual: (string | null)[] = [];
  for (let attempt = 0; attempt < 50; attempt += 1) {
    actual = await rowIds(scope);
    if (JSON.stringify(actual) === JSON.stringify(expected)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.deepEqual(actual, expected);
}

describe('task tables and the task catalog', () => {
  const site = useSite();
  // One context for every test: the copy-link test reads the clipboard.
  let context: BrowserContext;

  before(async () => {
    context = await site.browser.newContext({permissions: ['clipboard-read', 'clipboard-write']});
  });
  after(async () => {
    await context?.close();
  });

  test('de seed page: filter box on the 9-row table, filtering and sorting by ID and name', async () => {
    await site.visit(`/de${SEED_PAGE}`, async (page) => {
      const tables = page.locator('.task-table');
      assert.equal(await tables.count(), 4);
      const first = tables.first();
      // Only the table with more than 8 rows has a filter box.
      assert.equal(await page.locator('.task-table input[type="search"]').count(), 1);
      assert.deepEqual(await first.locator('thead th').allTextContents(), ['Aufgaben-ID↕', 'Name der Aufgabe↕', 'Erforderlich / Optional', 'FastTrack-Rolle', 'Dienste']);

      await first.getByLabel('Aufgaben filtern').fill('intune');
      assert.deepEqual(await rowIds(first), ['2271', '3680', '3681']);
      assert.equal(await first.locator('.task-table__filter [role="status"]').textContent(), '3 von 9 Aufgaben');
      await first.getByLabel('Aufgaben filtern').fill('');
      assert.equal((await rowIds(first)).length, 9);

      const idHeader = first.locator('thead th').nth(0);
      const nameHeader = first.locator('thead th').nth(1);
      await idHeader.getByRole('button').click();
      assert.equal(await idHeader.getAttribute('aria-sort'), 'ascending');
      assert.deepEqual(await rowIds(first), ['2122', '2193', '2271', '3184', '3224', '3680', '3681', '3988', '4080']);
      // Keyboard: the sort buttons are real buttons.
      await idHeader.getByRole('button').focus();
      await page.keyboard.press('Enter');
      assert.equal(await idHeader.getAttribute('aria-sort'), 'descending');
      assert.equal((await rowIds(first))[0], '4080');

      await nameHeader.getByRole('button', {name: 'Name der Aufgabe'}).click();
      assert.equal(await nameHeader.getAttribute('aria-sort'), 'ascending');
      assert.equal(await idHeader.getAttribute('aria-sort'), 'none');
      const names = await first.locator('tbody td.task-row__name').allTextContents();
      assert.deepEqual(names, [...names].sort((a, b) => a.localeCompare(b, 'de', {sensitivity: 'base', numeric: true})));
      assert.equal(names[0], 'AAD Connect Health - Überprüfen der Systemanforderungen');

      await assertAxeClean(page, {include: ['.task-table']});
      await screenshot(page, 'tasks-seed-de');
    }, {context});
  });

  test('copy-link button copies page#task-3988, by mouse and keyboard', async () => {
    await site.visit(`/de${SEED_PAGE}`, async (page) => {
      const button = page.getByRole('button', {name: 'Link zu Aufgabe 3988 kopieren'});
      await button.click();
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${site.url}/de${SEED_PAGE}#task-3988`);
      assert.equal(await page.locator('.task-table__announcement').first().textContent(), 'Link zu Aufgabe 3988 kopiert');

      await page.getByRole('button', {name: 'Link zu Aufgabe 2545 kopieren'}).focus();
      await page.keyboard.press('Space');
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${site.url}/de${SEED_PAGE}#task-2545`);
    }, {context});
  });

  test('#task-3988 deep-links to the row', async () => {
    await site.visit(`${SEED_PAGE}#task-3988`, async (page) => {
      assert.equal(await page.evaluate(() => document.querySelector(':target')?.id), 'task-3988');
      const row = page.locator('#task-3988');
      assert.equal(await row.getAttribute('data-task-id'), '3988');
      assert.match((await row.textContent()) ?? '', /AIP - Review the prerequisites.*Required.*SME.*AIP/);
      const box = await row.boundingBox();
      const viewport = page.viewportSize()!;
      assert.ok(box && box.y >= 0 && box.y + box.height <= viewport.height, `row is in view (${JSON.stringify(box)})`);
    }, {context});
  });

  test('print hides the controls and keeps every row', async () => {
    await site.visit(`${SEED_PAGE}`, async (page) => {
      await page.emulateMedia({media: 'print'});
      assert.equal(await page.locator('.task-table__filter').isVisible(), false);
      assert.equal(await page.locator('.task-row__copy').first().isVisible(), false);
      assert.equal(await page.locator('tr.task-row').count(), 15);
    }, {context});
  });

  test('dark mode: task tables stay axe-clean (contrast)', async () => {
    await site.visit(`${SEED_PAGE}#task-4080`, async (page) => {
      assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
      await assertAxeClean(page, {include: ['.task-table']});
      await screenshot(page, 'tasks-seed-en-dark');
    }, {context, prepare: (page) => page.emulateMedia({colorScheme: 'dark'})});
  });

  for (const {locale, prefix, title, all, service, count, navbar} of [
    {locale: 'en', prefix: '', title: 'FTOP tasks', all: '15 tasks', service: 'Services', count: '3 of 15 tasks', navbar: 'Tasks'},
    {locale: 'de', prefix: '/de', title: 'FTOP-Aufgaben', all: '15 Aufgaben', service: 'Dienste', count: '3 von 15 Aufgaben', navbar: 'Aufgaben'},
  ]) {
    test(`${locale} catalog: filters write the URL, the URL restores filters, links reach the row`, async () => {
      await site.visit(`${prefix}/`, async (page) => {
        await page.locator('.navbar').getByRole('link', {name: navbar, exact: true}).click();
        await page.waitForURL(`**${prefix}/tasks`);
        await page.locator('h1', {hasText: title}).waitFor();
        assert.equal(await page.locator('main [role="status"]').textContent(), all);
        assert.equal(await page.locator('main tbody tr.task-row').count(), 15);

        await page.getByLabel(service, {exact: true}).selectOption('Intune');
        await page.waitForURL(`**${prefix}/tasks?service=Intune`);
        assert.deepEqual(await rowIds(page.locator('main')), ['2271', '3680', '3681']);
        assert.equal(await page.locator('main [role="status"]').textContent(), count);

        await page.getByLabel(locale === 'de' ? 'ID oder Text' : 'ID or text').fill('3680');
        await page.waitForURL(`**${prefix}/tasks?q=3680&service=Intune`);
        assert.deepEqual(await rowIds(page.locator('main')), ['3680']);

        // A shared URL restores the same view, with or without a trailing slash.
        await page.goto(`${site.url}${prefix}/tasks/?service=Intune`, {waitUntil: 'networkidle'});
        await expectRows(page.locator('main'), ['2271', '3680', '3681']);
        await page.goto(`${site.url}${prefix}/tasks?service=Intune&requirement=required`, {waitUntil: 'networkidle'});
        await expectRows(page.locator('main'), ['2271']);
        assert.equal(await page.getByLabel(service, {exact: true}).inputValue(), 'Intune');

        await page.goto(`${site.url}${prefix}/tasks?phase=${locale === 'de' ? 'Korrektur' : 'Remediate'}&q=3988`, {waitUntil: 'networkidle'});
        await expectRows(page.locator('main'), ['3988']);
        await Promise.all([page.waitForURL(`**${prefix}/tasks/3988`), page.locator('main tbody tr.task-row').first().getByRole('link', {name: '3988'}).click()]);
        await Promise.all([page.waitForURL(`**${prefix}${SEED_PAGE}#task-3988`), page.locator(`main a[href="${prefix}${SEED_PAGE}#task-3988"]`).first().click()]);
        await page.locator('#task-3988').waitFor();
        assert.equal(await page.getAttribute('html', 'lang'), locale);

        await page.goto(`${site.url}${prefix}/tasks`, {waitUntil: 'networkidle'});
        await assertAxeClean(page, {include: ['main']});
        await screenshot(page, `tasks-catalog-${locale}`);
      }, {context});
    });
  }

  test('catalog: typing filters at once; the URL follows after a pause, in the same history entry; a link to the catalog resets it', async () => {
    await site.visit('/tasks', async (page) => {
      await page.waitForSelector('html[data-has-hydrated="true"]');
      const entries = await page.evaluate(() => history.length);
      await page.getByLabel('ID or text').pressSequentially('3680');
      await expectRows(page.locator('main'), ['3680']);
      await page.waitForURL('**/tasks?q=3680');
      assert.equal(await page.evaluate(() => history.length), entries, 'typing replaces the history entry');
      // The router still sets the filters when it navigates to the catalog.
      await page.locator('.navbar').getByRole('link', {name: 'Tasks', exact: true}).click();
      await page.waitForURL((url) => url.pathname === '/tasks' && url.search === '');
      await page.waitForFunction(() => document.querySelectorAll('main tbody tr.task-row').length === 15);
      assert.equal(await page.getByLabel('ID or text').inputValue(), '');
    }, {context});
  });

  test('home page task lookup lands on the catalog filtered by the ID', async () => {
    await site.visit(`/de/`, async (page) => {
      const lookup = page.locator('#task-lookup');
      assert.equal(await lookup.getByRole('link', {name: 'Alle FTOP-Aufgaben durchsuchen'}).getAttribute('href'), '/de/tasks');
      await lookup.getByLabel('Aufgaben-ID oder Name').fill('3988');
      await Promise.all([page.waitForURL('**/de/tasks?q=3988'), lookup.getByRole('button', {name: 'Suchen'}).click()]);
      await expectRows(page.locator('main'), ['3988']);
    }, {context});
  });
});
