import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import type {Page} from 'playwright-core';
import {assertAxeClean} from '../support/axe';
import {screenshot} from '../support/browser';
import {useSite} from '../support/e2e';

const REMEDIATE = '/docs/lifecycle/remediate/remediate-address-technical-gaps';
const BLOCKED = '/docs/blockers/blocked/l1l2l3-blocked-customer-it-infrastructure-remediation';
const REMEDIATE_TITLE = {en: 'Address Technical Gaps', de: 'Adressieren von technischen Lücken'};
const TASK_3988 = {en: '3988 – AIP - Review the prerequisites', de: '3988 – AIP - Prüfen der Voraussetzungen'};
const prefixOf = (locale: 'en' | 'de') => (locale === 'de' ? '/de' : '');

const COMBOBOX = '.navbar input[role="combobox"]';
const LISTBOX = '.navbar [role="listbox"]';

describe('search', () => {
  const site = useSite();

  /**
   * A page of the built site, after React has taken over (keyboard shortcuts need it);
   * `searchRequests` lists the search files (index, tasks.json) it has loaded so far.
   */
  function open<T>(path: string, body: (page: Page, searchRequests: string[]) => Promise<T>): Promise<T> {
    const searchRequests: string[] = [];
    return site.visit(
      path,
      async (page) => {
        await page.waitForSelector('html[data-has-hydrated="true"]');
        return body(page, searchRequests);
      },
      {
        prepare: (page) => {
          page.setDefaultTimeout(15_000);
          page.on('request', (request) => {
            const url = new URL(request.url());
            if (/\/pagefind\/|tasks\.json$/.test(url.pathname)) searchRequests.push(url.pathname);
          });
        },
      },
    );
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

  interface Results {
    page: Page;
    searchRequests: string[];
    pageLinks: {text: string; href: string}[];
    taskLinks: {text: string; href: string}[];
    pageMarks: string[];
  }

  /** The results page for a query, opened from its URL, once the results are in. */
  function resultsPage<T>(locale: 'en' | 'de', query: string, body: (results: Results) => Promise<T>, path = '/search?q='): Promise<T> {
    return open(`${prefixOf(locale)}${path}${encodeURIComponent(query)}`, async (page, searchRequests) => {
      await page.waitForSelector('main [role="status"][aria-busy="false"]', {state: 'attached'});
      const links = (section: number) =>
        page.$$eval(`main section:nth-of-type(${section}) > :is(ol, ul) > li > a`, (as) => as.map((a) => ({text: a.textContent ?? '', href: a.getAttribute('href') ?? ''})));
      const sections = await page.$$eval('main section h2', (hs) => hs.map((h) => h.textContent?.replace(/\u200B/g, '').trim()));
      const pages = sections.indexOf(locale === 'de' ? 'Seiten' : 'Pages') + 1;
      const tasks = sections.indexOf(locale === 'de' ? 'FTOP-Aufgaben' : 'FTOP tasks') + 1;
      const pageMarks = await page.$$eval('main section ol mark', (ms) => ms.map((m) => m.textContent ?? ''));
      return body({page, searchRequests, pageLinks: pages ? await links(pages) : [], taskLinks: tasks ? await links(tasks) : [], pageMarks});
    });
  }

  for (const locale of ['en', 'de'] as const) {
    const prefix = prefixOf(locale);

    test(`${locale}: typing 3988 offers the task first, and Enter on it opens the task page, which links page#task-3988`, async () => {
      await open(`${prefix}/`, async (page, searchRequests) => {
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
        await Promise.all([page.waitForURL(`**${prefix}/tasks/3988`), page.keyboard.press('Enter')]);
        await Promise.all([page.waitForURL(`**${prefix}${REMEDIATE}#task-3988`), page.locator(`main a[href="${prefix}${REMEDIATE}#task-3988"]`).first().click()]);
        const row = page.locator('[id="task-3988"]');
        await row.waitFor();
        assert.ok(await row.evaluate((el) => {
          const box = el.getBoundingClientRect();
          return box.bottom > 0 && box.top < window.innerHeight;
        }), 'the task row is scrolled into view');
        assert.ok(searchRequests.every((p) => p.startsWith(`${prefix}/`) && !(locale === 'en' && p.startsWith('/de/'))), searchRequests.join('\n'));
      });
    });

    test(`${locale}: "3988" and Enter typed at once, before suggestions show, still open the task`, async () => {
      await open(`${prefix}/`, async (page) => {
        await page.keyboard.press('Control+k');
        await page.keyboard.type('3988');
        await Promise.all([page.waitForURL(`**${prefix}/tasks/3988`), page.keyboard.press('Enter')]);
        await page.locator(`main a[href="${prefix}${REMEDIATE}#task-3988"]`).first().waitFor();
      });
    });

    test(`${locale}: numeric task IDs are in the page index`, async () => {
      await resultsPage(locale, '3184', async ({pageLinks}) => {
        assertPages(pageLinks, locale, [`${prefix}${REMEDIATE}`]);
      });
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
        await resultsPage(locale, query, async ({pageLinks, pageMarks}) => {
          assert.ok(pageLinks.some((l) => l.href === `${prefixOf(locale)}${REMEDIATE}`), JSON.stringify(pageLinks));
          assert.ok(pageMarks.some((m) => m.replace(/[.,:]$/, '') === word), `marked words: ${pageMarks.join(', ')}`);
        });
      });
    }
  }

  test('de: a German search returns only German pages, from the German index', async () => {
    await resultsPage('de', 'Korrektur', async ({pageLinks, searchRequests}) => {
      assertPages(pageLinks, 'de', [`/de${BLOCKED}`, `/de${REMEDIATE}`]);
      assert.ok(searchRequests.filter((p) => p.includes('pagefind')).every((p) => p.startsWith('/de/pagefind/')), searchRequests.join('\n'));
    });

    // Words only the English pages have find nothing in German, and the other way round.
    await resultsPage('de', 'prerequisites', async ({page, pageLinks}) => {
      assert.deepEqual(pageLinks, []);
      assert.match(await page.locator('main').innerText(), /Keine Ergebnisse für „prerequisites“/);
    });
    await resultsPage('en', 'Voraussetzungen', async ({pageLinks}) => {
      assert.deepEqual(pageLinks, []);
    });
  });

  test('the results page works from its URL and keeps the query in it', async () => {
    await resultsPage('en', 'prerequisites', async ({page, pageLinks}) => {
      assert.equal((await page.locator('main h1').innerText()).trim(), 'Search results for “prerequisites”');
      assertPages(pageLinks, 'en', [REMEDIATE]);
    });

    // The form with a slash works too.
    await resultsPage('de', '3988', async ({page, pageLinks, taskLinks}) => {
      assert.equal((await page.locator('main h1').innerText()).trim(), 'Suchergebnisse für „3988“');
      assert.equal(await page.getAttribute('html', 'lang'), 'de');
      assert.equal(await page.inputValue('main input[type="search"]'), '3988');
      assert.deepEqual(taskLinks[0], {text: TASK_3988.de, href: '/de/tasks/3988'});
      assertPages(pageLinks, 'de', [`/de${REMEDIATE}`]);
      await screenshot(page, 'search-results-de');

      // A new query replaces the one in the URL, so the address can be shared.
      await page.fill('main input[type="search"]', 'Szenariostatus');
      await page.waitForURL(/\/de\/search\/\?q=Szenariostatus$/);
      await page.waitForSelector('main [role="status"][aria-busy="false"]', {state: 'attached'});
      const links = await page.$$eval('main section > ol > li > a', (as) => as.map((a) => ({text: a.textContent ?? '', href: a.getAttribute('href') ?? ''})));
      assertPages(links, 'de', [`/de${BLOCKED}`]);
      await Promise.all([page.waitForURL(`**/de${BLOCKED}`), page.click(`main section > ol > li > a[href="/de${BLOCKED}"]`)]);
    }, '/search/?q=');
  });

  test('the search box code loads when search opens, not with the page; the light box before it is named like the real one', async () => {
    // Scripts that hold the real box: only its code sets aria-activedescendant.
    const boxScripts: Promise<boolean>[] = [];
    await site.visit(
      '/de/',
      async (page) => {
        await page.waitForSelector('html[data-has-hydrated="true"]');
        const hasBox = async () => (await Promise.all(boxScripts)).some(Boolean);
        assert.equal(await hasBox(), false, 'no search box code before search opens');
        assert.equal(await page.locator(LISTBOX).count(), 0);
        const box = page.getByRole('combobox', {name: 'Playbook durchsuchen'});
        assert.equal(await box.getAttribute('placeholder'), 'Suchen');
        await box.click();
        await page.locator(LISTBOX).waitFor({state: 'attached'});
        assert.equal(await hasBox(), true, 'the box code loaded on opening');
        assert.equal(await page.evaluate(() => document.activeElement?.closest('.navbar') !== null && document.activeElement?.getAttribute('role')), 'combobox');
      },
      {
        prepare: (page) => {
          page.on('response', (response) => {
            if (response.request().resourceType() === 'script') boxScripts.push(response.text().then((body) => body.includes('aria-activedescendant'), () => false));
          });
        },
      },
    );
  });

  test('keyboard only: "/" opens search, Escape closes, arrows pick, Enter opens; the last option opens the results page', async () => {
    await open('/', async (page) => {
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
    });
  });

  test('search box and results page have no accessibility violations', async () => {
    await open('/de/', async (page) => {
      await page.keyboard.press('Control+k');
      await typeQuery(page, '3988');
      await page.keyboard.press('ArrowDown');
      await assertAxeClean(page, {include: ['.navbar']});
      await Promise.all([page.waitForURL(/\/de\/search\?q=3988$/), page.keyboard.press('Escape').then(() => page.keyboard.press('Enter'))]);
      await page.waitForSelector('main [role="status"][aria-busy="false"]', {state: 'attached'});
      await assertAxeClean(page, {include: ['main']});
    });
  });
});
