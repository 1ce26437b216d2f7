/**
 * The locales with few translated pages in this repository (es, ja: the blocker seed page): their
 * UI is in their language, every English page shown through the fallback says so and keeps
 * `lang="en"` on its text, search finds both kinds of pages and suggests task IDs, and hreflang
 * names only the versions that exist.
 */
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import type {Page} from 'playwright-core';
import {axeViolations, formatViolations} from '../support/axe';
import {screenshot} from '../support/browser';
import {useSite} from '../support/e2e';
import {SEED_TASK} from '../support/site';

const FALLBACK_PAGE = '/docs/authoring/authoring-guide';
const SEED_PAGE = '/docs/lifecycle/remediate/remediate-address-technical-gaps';
/** Translated into every locale. */
const BLOCKER_PAGE = '/docs/blockers/blocked/l1l2l3-blocked-customer-it-infrastructure-remediation';

const UI = {
  es: {
    hero: 'Cuaderno de estrategias para partners de FastTrack',
    navbarTasks: 'Tareas',
    catalogTitle: 'Tareas de FTOP',
    catalogCount: '15 tareas',
    searchTitle: 'Resultados de la búsqueda de «Intune»',
    searchPlaceholder: 'Buscar',
    notice: 'Esta página aún no está traducida. Se muestra en inglés.',
    notFound: /Página no encontrada/,
    marker: '(en inglés)',
    blockerTitle: 'Infraestructura de TI del cliente y corrección',
    /** A word of the translated blocker page. */
    ownWord: 'ancho de banda',
  },
  ja: {
    hero: 'FastTrack パートナー プレイブック',
    navbarTasks: 'タスク',
    catalogTitle: 'FTOP タスク',
    catalogCount: '15 件のタスク',
    searchTitle: '「Intune」の検索結果',
    searchPlaceholder: '検索',
    notice: 'このページはまだ翻訳されていません。英語で表示しています。',
    notFound: /ページが見つかりません/,
    marker: '(英語)',
    blockerTitle: 'お客様の IT インフラストラクチャと展開準備',
    ownWord: '帯域幅',
  },
} as const;

/** hreflang → path of every alternate link in the live document (after hydration, as Helmet leaves it). */
async function alternates(page: Page): Promise<Record<string, string>> {
  await page.waitForSelector('html[data-has-hydrated="true"]');
  const links = await page.$$eval('head link[rel="alternate"][hreflang]', (ls) => ls.map((l) => [l.getAttribute('hreflang') ?? '', new URL(l.getAttribute('href') ?? '').pathname] as const));
  return Object.fromEntries(links);
}

/**
 * Waits for the results page's answer. The server-rendered page knows no query, so its status is
 * not busy: only after hydration does "not busy" mean the results are in.
 */
async function searchDone(page: Page): Promise<void> {
  await page.waitForSelector('html[data-has-hydrated="true"]');
  await page.waitForSelector('main [role="status"][aria-busy="false"]', {state: 'attached'});
}

describe('es and ja', () => {
  const site = useSite();

  for (const locale of ['es', 'ja'] as const) {
    const ui = UI[locale];

    test(`${locale}: home, navbar and footer are in ${locale}`, async () => {
      await site.visit(`/${locale}/`, async (page) => {
        assert.equal(await page.getAttribute('html', 'lang'), locale);
        assert.equal((await page.locator('h1').first().textContent())?.trim(), ui.hero);
        assert.equal(await page.locator('.navbar').getByRole('link', {name: ui.navbarTasks, exact: true}).count(), 1);
        assert.equal(await page.getAttribute('.navbar input[role="combobox"]', 'placeholder'), ui.searchPlaceholder);
        await screenshot(page, `home-${locale}`);
      });
    });

    test(`${locale}: the task catalog is in ${locale} and lists the tasks of the pages it shows`, async () => {
      await site.visit(`/${locale}/tasks`, async (page) => {
        await page.locator('h1', {hasText: ui.catalogTitle}).waitFor();
        assert.equal(await page.locator('main [role="status"]').textContent(), ui.catalogCount);
        await screenshot(page, `catalog-${locale}`);
      });
    });

    test(`${locale}: an English page shown through the fallback says so and keeps lang="en" on its text`, async () => {
      await site.visit(`/${locale}${FALLBACK_PAGE}`, async (page) => {
        assert.equal(await page.getAttribute('html', 'lang'), locale);
        const notice = page.locator('[data-untranslated-notice]');
        assert.equal((await notice.textContent())?.trim(), ui.notice);
        assert.equal(await notice.evaluate((n) => n.closest('[lang]')?.getAttribute('lang')), locale);
        // The text (title and body) and the table of contents are English.
        assert.equal(await page.locator('article h1').evaluate((h) => h.closest('[lang]')?.getAttribute('lang')), 'en');
        assert.equal(await page.locator('.markdown p').first().evaluate((p) => p.closest('[lang]')?.getAttribute('lang')), 'en');
        assert.equal(await page.locator('.table-of-contents').first().evaluate((t) => t.closest('[lang]')?.getAttribute('lang')), 'en');
        // The page's own UI stays in the reader's language.
        assert.equal(await page.locator('.theme-doc-footer, nav.pagination-nav').first().evaluate((n) => n.closest('[lang]')?.getAttribute('lang')), locale);
        assert.equal(formatViolations(await axeViolations(page)), '');
        await screenshot(page, `fallback-${locale}`);
      });
    });

    test(`${locale}: a translated page is shown in ${locale}, with no notice`, async () => {
      await site.visit(`/${locale}${BLOCKER_PAGE}`, async (page) => {
        assert.equal((await page.locator('article h1').textContent())?.trim(), ui.blockerTitle);
        assert.equal(await page.locator('article h1').evaluate((h) => h.closest('[lang]')?.getAttribute('lang')), locale);
        assert.equal(await page.locator('[data-untranslated-notice]').count(), 0);
        assert.deepEqual(await alternates(page), {
          en: BLOCKER_PAGE, de: `/de${BLOCKER_PAGE}`, es: `/es${BLOCKER_PAGE}`, ja: `/ja${BLOCKER_PAGE}`, 'x-default': BLOCKER_PAGE,
        });
        assert.equal(await page.getAttribute('head meta[property="og:locale"]', 'content'), locale);
      });
    });

    test(`${locale}: hreflang names only the language versions a page has`, async () => {
      // The seed and authoring pages exist in en and de only; under /es/ and /ja/ they are fallbacks.
      for (const route of [SEED_PAGE, FALLBACK_PAGE]) {
        await site.visit(`/${locale}${route}`, async (page) => {
          assert.deepEqual(await alternates(page), {en: route, de: `/de${route}`, 'x-default': route});
          assert.equal(await page.getAttribute('head meta[property="og:locale"]', 'content'), 'en');
        });
      }
      // The site's own pages exist in every locale.
      await site.visit(`/${locale}/tasks`, async (page) => {
        assert.deepEqual(await alternates(page), {en: '/tasks', de: '/de/tasks', es: '/es/tasks', ja: '/ja/tasks', 'x-default': '/tasks'});
      });
      // A translated page lists its versions, not the locales that lack it.
      await site.visit(`/de${SEED_PAGE}`, async (page) => {
        assert.deepEqual(await alternates(page), {en: SEED_PAGE, de: `/de${SEED_PAGE}`, 'x-default': SEED_PAGE});
      });
    });

    test(`${locale}: the search box suggests task IDs; search finds the locale's pages and untranslated ones, marked as English`, async () => {
      await site.visit(`/${locale}/`, async (page) => {
        await page.waitForSelector('html[data-has-hydrated="true"]');
        await page.locator('.navbar input[role="combobox"]').click();
        await page.keyboard.type(SEED_TASK.id);
        const listbox = page.locator('.navbar [role="listbox"][aria-busy="false"]');
        await listbox.locator('[role="option"]').first().waitFor();
        assert.equal((await listbox.locator('[role="option"]').first().locator('span').first().textContent())?.trim(), `${SEED_TASK.id} – ${SEED_TASK.name.en}`);
        await Promise.all([page.waitForURL(`**/${locale}/tasks/${SEED_TASK.id}`), page.keyboard.press('Enter')]);
        await page.locator(`main a[href="/${locale}${SEED_PAGE}#task-${SEED_TASK.id}"]`).first().waitFor();
      });
      // The locale's own pages, and the English ones shown through the fallback, in one search.
      const warnings: string[] = [];
      await site.visit(`/${locale}/search?q=Intune`, async (page) => {
        page.on('console', (message) => {
          if (message.type() === 'warning') warnings.push(message.text());
        });
        await searchDone(page);
        assert.equal((await page.locator('h1').textContent())?.trim(), ui.searchTitle);
        const results = page.locator('main section ol > li');
        assert.ok((await results.count()) > 0, 'pages found');
        const first = results.first();
        assert.ok((await first.locator('a').first().getAttribute('href'))?.startsWith(`/${locale}/docs/`));
        assert.equal(await first.locator('a').first().getAttribute('lang'), 'en');
        assert.match((await first.textContent()) ?? '', new RegExp(`EN\\s*${ui.marker.replace(/[()]/g, '\\$&')}`));
        await screenshot(page, `search-${locale}`);
      });
      await site.visit(`/${locale}/search?q=${encodeURIComponent(ui.ownWord)}`, async (page) => {
        await searchDone(page);
        const links = page.locator('main section ol > li > a');
        assert.equal(await links.first().getAttribute('href'), `/${locale}${BLOCKER_PAGE}`);
        assert.equal(await links.first().getAttribute('lang'), null, 'a page in the reader language is not marked');
      });
      assert.deepEqual(warnings.filter((w) => /pagefind/i.test(w)), []);
    });

    test(`${locale}: an unknown page answers 404 in ${locale}`, async () => {
      const page = await site.browser.newPage();
      const response = await page.goto(`${site.url}/${locale}/docs/no-such-page`, {waitUntil: 'networkidle'});
      assert.equal(response?.status(), 404);
      assert.equal(await page.getAttribute('html', 'lang'), locale);
      assert.match((await page.locator('h1').first().textContent()) ?? '', ui.notFound);
      await page.close();
    });
  }
});
