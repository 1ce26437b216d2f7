/**
 * Every page kind in both locales: it loads in its locale, shows its heading, logs no
 * errors (checked by `visit`), and is saved as a screenshot in artifacts/. Counterpart
 * pages switch locale through the navbar's language menu.
 */
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import type {Page} from 'playwright-core';
import {screenshot} from '../support/browser';
import {useSite} from '../support/e2e';
import {LOCALES, SEED_PAGES, catalogRoute, localePath, pageKinds, type Locale} from '../support/site';

async function switchLocale(page: Page, to: Locale, expectedPath: string): Promise<void> {
  await page.locator('.navbar .dropdown > .navbar__link').first().hover();
  const target = page.locator(`.navbar .dropdown__menu a[lang="${to}"]`);
  await Promise.all([page.waitForURL((url) => url.pathname === expectedPath), target.click()]);
  assert.equal(await page.getAttribute('html', 'lang'), to);
}

const otherLocale = (locale: Locale): Locale => (locale === 'en' ? 'de' : 'en');

describe('page kinds in both locales', () => {
  const site = useSite();

  for (const locale of LOCALES) {
    for (const kind of pageKinds()) {
      test(`${locale} ${kind.name} page loads with its heading and no errors; screenshot`, async () => {
        assert.ok(kind.route, `the build has a ${kind.name} page`);
        await site.visit(localePath(locale, kind.route), async (page) => {
          assert.equal(await page.getAttribute('html', 'lang'), locale);
          const h1 = page.locator('h1').first();
          assert.ok(await h1.isVisible(), 'a visible h1');
          assert.notEqual((await h1.textContent())?.trim(), '', 'the h1 has text');
          await screenshot(page, `${kind.name}-${locale}`);
        });
      });
    }

    test(`${locale} home page is translated and leads to the seed pages`, async () => {
      await site.visit(localePath(locale, '/'), async (page) => {
        const h1 = await page.locator('h1').first().textContent();
        assert.match(h1 ?? '', locale === 'de' ? /FastTrack-Partner-Playbook/ : /FastTrack Partner Playbook/);
        // Process pages are linked from the home page; blocker pages through the blocker guide it links.
        for (const seed of SEED_PAGES.filter((s) => s.kind !== 'blocker')) {
          assert.ok((await page.locator(`main a[href="${localePath(locale, seed.route)}"]`).count()) > 0, `home links ${seed.route}`);
        }
        assert.ok((await page.locator(`main a[href="${localePath(locale, '/blockers')}"]`).count()) > 0, 'home links the blocker guide');
      });
      await site.visit(localePath(locale, '/blockers'), async (page) => {
        for (const seed of SEED_PAGES.filter((s) => s.kind === 'blocker')) {
          assert.ok((await page.locator(`main a[href="${localePath(locale, seed.route)}"]`).count()) > 0, `the blocker guide links ${seed.route}`);
        }
      });
    });

    for (const seed of SEED_PAGES) {
      test(`${locale} ${seed.kind} seed: title, sidebar entry, and the language menu leads to its counterpart`, async () => {
        await site.visit(localePath(locale, seed.route), async (page) => {
          assert.equal((await page.locator('article h1').first().textContent())?.trim(), seed.h1[locale]);
          assert.equal(await page.locator(`nav.menu a.menu__link:not(.menu__link--sublist)[href="${localePath(locale, seed.route)}"]`).count(), 1, 'sidebar link');
          const other = otherLocale(locale);
          await switchLocale(page, other, localePath(other, seed.route));
          assert.equal((await page.locator('article h1').first().textContent())?.trim(), seed.h1[other]);
        });
      });
    }

    test(`${locale} catalog: the language menu leads to the other locale's catalog`, async () => {
      const route = catalogRoute();
      assert.ok(route, 'the build has a catalog page');
      const other = otherLocale(locale);
      await site.visit(localePath(locale, route), (page) => switchLocale(page, other, localePath(other, route)));
    });
  }

  test('an unknown page answers 404 with the translated not-found page', async () => {
    const page = await site.browser.newPage();
    const response = await page.goto(`${site.url}/de/docs/no-such-page`, {waitUntil: 'networkidle'});
    assert.equal(response?.status(), 404);
    assert.equal(await page.getAttribute('html', 'lang'), 'de');
    assert.match((await page.locator('h1').first().textContent()) ?? '', /Seite nicht gefunden/);
    await screenshot(page, 'not-found-de');
    await page.close();
  });
});
