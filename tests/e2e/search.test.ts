import assert from 'node:assert/strict';
import {after, before, describe, test} from 'node:test';
import type {Browser, Page} from 'playwright-core';
import {serveBuild} from '../support/server';
import {BUILD_DIR, launchBrowser, requireBuild, screenshot, watchErrors} from '../support/browser';

const REMEDIATE = '/docs/lifecycle/remediate/remediate-address-technical-gaps';
const BLOCKED = '/docs/blockers/blocked/l1l2l3-blocked-customer-it-infrastructure-remediation';
const REMEDIATE_TITLE = {en: 'Address Technical Gaps', de: 'Adressieren von technischen Lücken'};
const TASK_3988 = {en: '3988 – AIP - Review the prerequisites', de: '3988 – AIP - Prüfen der Voraussetzungen'};
const prefixOf = (locale: 'en' | 'de') => (locale === 'de' ? '/de' : '');

const COMBOBOX = '.navbar input[role="combobox"]';
const LISTBOX = '.navbar [role="listbox"]';

describe('search', () => {
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

  /** A page of the built site, after React has taken over (keyboard shortcuts need it). */
  async function open(path: string): Promise<{page: Page; errors: string[]; searchRequests: string[]}> {
    const page = await browser.newPage();
    page.setDefaultTimeout(15_000);
    const errors = watchErrors(page);
    const searchRequests: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (/\/pagefind\/|tasks\.json$/.test(url.pathname)) searchRequests.push(url.pathname);
    });
    await page.goto(`${server.url}${path}`, {waitUntil: 'networkidle'});
    await page.waitForSelector('html[data-has-hydrated="true"]');
    return {page, errors, searchRequests};
  }

  /** Types into the navbar box (already focused) and waits for the suggestions for exactly that text. */
  async function typeQuery(page: Page, query: string): Promise<{label: string; kind: string}[]> {
    await page.keyboard.type(query);
    await page.waitForSelector(`${LISTBOX}[aria-busy="false"]`, {state: 'attached'});
    assert.equal(await page.inputValue(COMBOBOX), query);
    return page.$$eval(`${LISTBOX} [role="option"]`, (options) =>
      options.map((o) => ({
        label: o.querySelector('span')?.textContent ?? '',
        kind: o.closest('[role="group"]')?.querySelector('[role="presentation"]')?.textContent ?? 'all',
      })),
    );
  }

  /** The results include these pages, and every result is a page of the locale. */
  function assertPages(links: readonly {href: string}[], locale: 'en' | 'de', expected: readonly string[]): void {
    const hrefs = links.map((l) => l.href);
    for (const href of expected) assert.ok(hrefs.includes(href), `${href} in ${hrefs.join(', ')}`);
    assert.ok(hrefs.every((h) => (locale === 'de' ? h.startsWith('/de/') : !h.startsWith('/de/'))), `only ${locale} pages: ${hrefs.join(', ')}`);
  }

  /** The results page for a query, opened from its URL, once the results are in. */
  async function resultsPage(locale: 'en' | 'de', query: string, path = '/search?q=') {
    const opened = await open(`${prefixOf(locale)}${path}${encodeURIComponent(query)}`);
    await opened.page.waitForSelector('main [role="status"][aria-busy="false"]', {state: 'attached'});
    const links = (section: number) =>
      opened.page.$$eval(`main section:nth-of-type(${section}) > :is(ol, ul) > li > a`, (as) => as.map((a) => ({text: a.textContent ?? '', href: a.getAttribute('href') ?? ''})));
    const sections = await opened.page.$$eval('main section h2', (hs) => hs.map((h) => h.textContent?.replace(/\u200B/g, '').trim()));
    const pages = sections.indexOf(locale === 'de' ? 'Seiten' : 'Pages') + 1;
    const tasks = sections.indexOf(locale === 'de' ? 'FTOP-Aufgaben' : 'FTOP tasks') + 1;
    const pageMarks = await opened.page.$$eval('main section ol mark', (ms) => ms.map((m) => m.textContent ?? ''));
    return {...opened, pageLinks: pages ? await links(pages) : [], taskLinks: tasks ? await links(tasks) : [], pageMarks};
  }

  for (const locale of ['en', 'de'] as const) {
    const prefix = prefixOf(locale);

    test(`${locale}: typing 3988 offers the task first, and Enter on it opens page#task-3988`, async () => {
      const {page, errors, searchRequests} = await open(`${prefix}/`);
      assert.equal(searchRequests.length, 0, 'nothing search-related loads before the box is opened');
      await page.keyboard.press('Control+k');
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('role')), 'combobox');
      const options = await typeQuery(page, '3988');
      assert.deepEqual(options[0], {label: TASK_3988[locale], kind: locale === 'de' ? 'FTOP-Aufgaben' : 'FTOP tasks'});
      // The ID is also in the page index of this language.
      assert.ok(options.some((o) => o.label === REMEDIATE_TITLE[locale] && o.kind === (locale === 'de' ? 'Seiten' : 'Pages')), JSON.stringify(options));
      await screenshot(page, `search-suggestions-${locale}`);

      // The first suggestion is selected, so Enter opens it.
      const active = await page.getAttribute(COMBOBOX, 'aria-activedescendant');
      assert.ok(active);
      assert.equal(await page.getAttribute(`[id="${active}"]`, 'aria-selected'), 'true');
      assert.equal(await page.locator(`[id="${active}"] span`).first().textContent(), TASK_3988[locale]);
      await Promise.all([page.waitForURL(`**${prefix}${REMEDIATE}#task-3988`), page.keyboard.press('Enter')]);
      const row = page.locator('[id="task-3988"]');
      await row.waitFor();
      assert.ok(await row.evaluate((el) => {
        const box = el.getBoundingClientRect();
        return box.bottom > 0 && box.top < window.innerHeight;
      }), 'the task row is scrolled into view');
      assert.ok(searchRequests.every((p) => p.startsWith(`${prefix}/`) && !(locale === 'en' && p.startsWith('/de/'))), searchRequests.join('\n'));
      assert.deepEqual(errors, []);
      await page.close();
    });

    test(`${locale}: "3988" and Enter typed at once, before suggestions show, still open the task`, async () => {
      const {page, errors} = await open(`${prefix}/`);
      await page.keyboard.press('Control+k');
      await page.keyboard.type('3988');
      await Promise.all([page.waitForURL(`**${prefix}${REMEDIATE}#task-3988`), page.keyboard.press('Enter')]);
      await page.locator('[id="task-3988"]').waitFor();
      assert.deepEqual(errors, []);
      await page.close();
    });

    test(`${locale}: numeric task IDs are in the page index`, async () => {
      const {page, errors, pageLinks} = await resultsPage(locale, '3184');
      assertPages(pageLinks, locale, [`${prefix}${REMEDIATE}`]);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  const STEMMED = {
    // [query, a word on the page it must find]; the second query of each is no prefix of the page's word.
    en: [['prerequisite', 'prerequisites'], ['reviewing', 'Review']],
    de: [['Voraussetzung', 'Voraussetzungen'], ['Korrekturen', 'Korrektur']],
  } as const;
  for (const locale of ['en', 'de'] as const) {
    for (const [query, word] of STEMMED[locale]) {
      test(`${locale}: "${query}" finds "${word}" (stemming)`, async () => {
        const {page, errors, pageLinks, pageMarks} = await resultsPage(locale, query);
        assert.ok(pageLinks.some((l) => l.href === `${prefixOf(locale)}${REMEDIATE}`), JSON.stringify(pageLinks));
        assert.ok(pageMarks.some((m) => m.replace(/[.,:]$/, '') === word), `marked words: ${pageMarks.join(', ')}`);
        assert.deepEqual(errors, []);
        await page.close();
      });
    }
  }

  test('de: a German search returns only German pages, from the German index', async () => {
    const german = await resultsPage('de', 'Korrektur');
    assertPages(german.pageLinks, 'de', [`/de${BLOCKED}`, `/de${REMEDIATE}`]);
    assert.ok(german.searchRequests.filter((p) => p.includes('pagefind')).every((p) => p.startsWith('/de/pagefind/')), german.searchRequests.join('\n'));
    await german.page.close();

    // Words only the English pages have find nothing in German, and the other way round.
    const englishWordInGerman = await resultsPage('de', 'prerequisites');
    assert.deepEqual(englishWordInGerman.pageLinks, []);
    assert.match(await englishWordInGerman.page.locator('main').innerText(), /Keine Ergebnisse für „prerequisites“/);
    await englishWordInGerman.page.close();
    const germanWordInEnglish = await resultsPage('en', 'Voraussetzungen');
    assert.deepEqual(germanWordInEnglish.pageLinks, []);
    await germanWordInEnglish.page.close();
  });

  test('the results page works from its URL and keeps the query in it', async () => {
    const english = await resultsPage('en', 'prerequisites');
    assert.equal((await english.page.locator('main h1').innerText()).trim(), 'Search results for “prerequisites”');
    assertPages(english.pageLinks, 'en', [REMEDIATE]);
    assert.deepEqual(english.errors, []);
    await english.page.close();

    // The form with a slash works too.
    const {page, errors, pageLinks, taskLinks} = await resultsPage('de', '3988', '/search/?q=');
    assert.equal((await page.locator('main h1').innerText()).trim(), 'Suchergebnisse für „3988“');
    assert.equal(await page.getAttribute('html', 'lang'), 'de');
    assert.equal(await page.inputValue('main input[type="search"]'), '3988');
    assert.deepEqual(taskLinks[0], {text: TASK_3988.de, href: `/de${REMEDIATE}#task-3988`});
    assertPages(pageLinks, 'de', [`/de${REMEDIATE}`]);
    await screenshot(page, 'search-results-de');

    // A new query replaces the one in the URL, so the address can be shared.
    await page.fill('main input[type="search"]', 'Szenariostatus');
    await page.waitForURL(/\/de\/search\/\?q=Szenariostatus$/);
    await page.waitForSelector('main [role="status"][aria-busy="false"]', {state: 'attached'});
    const links = await page.$$eval('main section > ol > li > a', (as) => as.map((a) => ({text: a.textContent ?? '', href: a.getAttribute('href') ?? ''})));
    assertPages(links, 'de', [`/de${BLOCKED}`]);
    await Promise.all([page.waitForURL(`**/de${BLOCKED}`), page.click(`main section > ol > li > a[href="/de${BLOCKED}"]`)]);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('keyboard only: "/" opens search, Escape closes, arrows pick, Enter opens; the last option opens the results page', async () => {
    const {page, errors} = await open('/');
    await page.keyboard.press('/');
    const options = await typeQuery(page, 'reviewing');
    assert.equal(await page.getAttribute(COMBOBOX, 'aria-expanded'), 'true');
    assert.deepEqual(options[0], {label: REMEDIATE_TITLE.en, kind: 'Pages'});
    await page.keyboard.press('Escape');
    assert.equal(await page.getAttribute(COMBOBOX, 'aria-expanded'), 'false');
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.getAttribute(COMBOBOX, 'aria-expanded'), 'true');
    await Promise.all([page.waitForURL(`**${REMEDIATE}`), page.keyboard.press('Enter')]);
    await page.locator('article h1').waitFor();
    assert.equal(await page.inputValue(COMBOBOX), '', 'the box is cleared after choosing');

    await page.keyboard.press('Control+k');
    const remediation = await typeQuery(page, 'Remediation');
    assert.equal(remediation.at(-1)?.kind, 'all');
    await page.keyboard.press('ArrowUp');
    await Promise.all([page.waitForURL(/\/search\?q=Remediation$/), page.keyboard.press('Enter')]);
    await page.waitForSelector('main [role="status"][aria-busy="false"]', {state: 'attached'});
    assert.ok((await page.$$eval('main section > ol > li > a', (as) => as.length)) >= 2);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('search box and results page have no accessibility violations', async () => {
    const {page, errors} = await open('/de/');
    await page.keyboard.press('Control+k');
    await typeQuery(page, '3988');
    await page.keyboard.press('ArrowDown');
    await page.addScriptTag({path: require.resolve('axe-core/axe.min.js')});
    const check = (selector: string) =>
      page.evaluate(async (include) => {
        const axe = (window as unknown as {axe: {run: (ctx: unknown, opts: unknown) => Promise<{violations: {id: string; nodes: {target: string[]}[]}[]}>}}).axe;
        const {violations} = await axe.run({include: [include]}, {});
        return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      }, selector);
    assert.deepEqual(await check('.navbar'), []);
    await Promise.all([page.waitForURL(/\/de\/search\?q=3988$/), page.keyboard.press('Escape').then(() => page.keyboard.press('Enter'))]);
    await page.waitForSelector('main [role="status"][aria-busy="false"]', {state: 'attached'});
    await page.addScriptTag({path: require.resolve('axe-core/axe.min.js')});
    assert.deepEqual(await check('main'), []);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
