/**
 * Readers of an outdated translation are told so, in their language, with a link to the
 * original; authors find every translation's state on `/translations` (every locale), which
 * the authoring guide links and the navbar does not. What is outdated comes from the sources.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import {describe, test} from 'node:test';
import {useSite} from '../support/e2e';
import {localePath, PROCESS_PAGE} from '../support/site';
import {formatPlaybookDate} from '../../src/playbook/dates';
import {translationStatus} from '../../src/translations/status';
import {DEFAULT_LOCALE, LOCALES} from '../../src/playbook/locales';

const SITE_DIR = path.resolve(__dirname, '../..');
const report = translationStatus({siteDir: SITE_DIR, locales: LOCALES, defaultLocale: DEFAULT_LOCALE});
/** Rows of a state, in one locale or (null) in every translated locale, as the page lists them. */
const statusOf = (locale: string | null, state: string) =>
  report.pages.flatMap((page) =>
    page.locales.filter((l) => (locale === null ? l.locale !== DEFAULT_LOCALE : l.locale === locale) && l.state === state).map((status) => ({page, status})),
  );
const outdated = statusOf('de', 'outdated');
const upToDate = statusOf('de', 'up-to-date');
const englishDate = (source: string) => report.pages.find((p) => p.source === source)!.locales[0]!.updated!;

describe('outdated translations', () => {
  const site = useSite();

  test('the shipped content has an outdated German page and up-to-date ones (the kitchen sink is older on purpose)', () => {
    assert.ok(outdated.some(({page}) => page.source === 'authoring/kitchen-sink.md'), 'the German kitchen sink is outdated');
    assert.ok(upToDate.some(({page}) => `/${page.route}` === PROCESS_PAGE.route), 'the German process seed is up to date');
  });

  for (const {page} of outdated) {
    test(`de /${page.route}: a German notice with the English page's date links to the English page`, async () => {
      const iso = englishDate(page.source);
      await site.visit(localePath('de', `/${page.route}`), async (tab) => {
        const notice = tab.locator('article [data-translation-notice]');
        assert.equal(await notice.count(), 1);
        assert.ok(await notice.isVisible());
        const text = ((await notice.textContent()) ?? '').replace(/\s+/g, ' ').trim();
        assert.equal(
          text,
          `Die Seite auf Englisch wurde am ${formatPlaybookDate(iso, 'de')} aktualisiert; diese Übersetzung ist möglicherweise nicht mehr aktuell. Seite auf Englisch lesen`,
        );
        assert.equal(await notice.locator('time').getAttribute('datetime'), iso);
        // Right below the title, before the page's own text.
        assert.equal(await tab.locator('article .theme-doc-markdown > header:has(h1) + [data-translation-notice]').count(), 1);
        const link = notice.getByRole('link', {name: 'Seite auf Englisch lesen'});
        await Promise.all([tab.waitForURL((url) => url.pathname === `/${page.route}`), link.click()]);
        assert.equal(await tab.getAttribute('html', 'lang'), 'en');
        assert.equal(await tab.locator('[data-translation-notice]').count(), 0, 'the English page has no notice');
      });
    });
  }

  test('an up-to-date German page shows no notice', async () => {
    for (const {page} of upToDate) {
      await site.visit(localePath('de', `/${page.route}`), async (tab) => {
        assert.equal(await tab.locator('h1').first().isVisible(), true);
        assert.equal(await tab.locator('[data-translation-notice]').count(), 0, `/de/${page.route}`);
      });
    }
  });
});

describe('the translation status page', () => {
  const site = useSite();

  for (const locale of ['en', 'de'] as const) {
    test(`${locale}: lists every page's German translation with its state, totals and edit link; the filters narrow it`, async () => {
      await site.visit(localePath(locale, '/translations'), async (tab) => {
        assert.equal((await tab.locator('h1').first().textContent())?.trim(), locale === 'de' ? 'Übersetzungsstand' : 'Translation status');
        assert.equal(await tab.locator('meta[name="robots"][content="noindex"]').count(), 1);
        const totals = tab.locator('table tr[data-locale="de"]');
        for (const state of ['outdated', 'missing', 'placeholder', 'up-to-date'] as const) {
          assert.equal(await totals.locator(`td[data-state="${state}"]`).textContent(), String(report.totals.de![state]), state);
        }
        const rows = tab.locator('tbody tr[data-source][data-locale="de"]');
        assert.equal(await rows.count(), report.pages.length);
        for (const {page, status} of outdated) {
          const row = tab.locator(`tbody tr[data-source="${page.source}"][data-locale="de"]`);
          assert.equal(await row.getAttribute('data-state'), 'outdated');
          assert.equal(await row.getByRole('link', {name: locale === 'de' ? 'Bearbeiten' : 'Edit'}).getAttribute('href'), status.editUrl);
          assert.equal(await row.locator('a[hreflang="de"]').getAttribute('href'), `/de/${page.route}`);
          assert.equal(await row.locator('time').last().getAttribute('datetime'), englishDate(page.source));
        }

        // Every locale's rows: es and ja have translated pages too.
        await tab.selectOption('#translations-state', 'outdated');
        assert.equal(await tab.locator('tbody tr[data-source]').count(), statusOf(null, 'outdated').length);
        await tab.selectOption('#translations-state', 'up-to-date');
        assert.equal(await tab.locator('tbody tr[data-source]').count(), statusOf(null, 'up-to-date').length);
      });
    });

    test(`${locale}: the authoring guide links it; the navbar does not`, async () => {
      await site.visit(localePath(locale, '/docs/authoring/authoring-guide'), async (tab) => {
        const target = localePath(locale, '/translations');
        assert.equal(await tab.locator(`.navbar a[href="${target}"]`).count(), 0);
        const link = tab.locator(`article a[href="${target}"]`).first();
        await Promise.all([tab.waitForURL((url) => url.pathname === target), link.click()]);
        assert.equal(await tab.locator('h1').first().isVisible(), true);
      });
    });
  }
});
