import assert from 'node:assert/strict';
import {after, before, describe, test} from 'node:test';
import type {Browser} from 'playwright-core';
import {serveBuild} from '../support/server';
import {BUILD_DIR, launchBrowser, requireBuild, screenshot, watchErrors} from '../support/browser';

const SEEDS = [
  {en: '/docs/lifecycle/remediate/remediate-address-technical-gaps', h1: {en: 'Address Technical Gaps', de: 'Adressieren von technischen Lücken'}},
  {en: '/docs/blockers/blocked/l1l2l3-blocked-customer-it-infrastructure-remediation', h1: {en: 'Customer IT Infrastructure, Remediation', de: 'IT-Infrastruktur des Kunden, Korrektur'}},
];

describe('smoke: home and seed pages in both locales', () => {
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

  for (const locale of ['en', 'de'] as const) {
    const prefix = locale === 'de' ? '/de' : '';
    test(`${locale} home page loads without console errors`, async () => {
      const page = await browser.newPage();
      const errors = watchErrors(page);
      await page.goto(`${server.url}${prefix}/`, {waitUntil: 'networkidle'});
      assert.equal(await page.getAttribute('html', 'lang'), locale);
      const h1 = await page.locator('h1').first().textContent();
      assert.match(h1 ?? '', locale === 'de' ? /FastTrack-Partner-Playbook/ : /FastTrack Partner Playbook/);
      for (const seed of SEEDS) {
        assert.equal(await page.locator(`main a[href="${prefix}${seed.en}"]`).count() > 0, true, `home links ${seed.en}`);
      }
      await screenshot(page, `home-${locale}`);
      assert.deepEqual(errors, []);
      await page.close();
    });

    for (const seed of SEEDS) {
      test(`${locale} ${seed.en} loads, is in the sidebar, and switches locale`, async () => {
        const page = await browser.newPage();
        const errors = watchErrors(page);
        await page.goto(`${server.url}${prefix}${seed.en}`, {waitUntil: 'networkidle'});
        assert.equal(await page.getAttribute('html', 'lang'), locale);
        assert.equal((await page.locator('article h1').first().textContent())?.trim(), seed.h1[locale]);
        // After hydration, collapsible categories also link to their first doc: count the page's own item.
        assert.equal(await page.locator(`nav.menu .theme-doc-sidebar-item-link a[href="${prefix}${seed.en}"]`).count(), 1, 'sidebar link');

        const other = locale === 'en' ? 'de' : 'en';
        await page.locator('.navbar .dropdown > .navbar__link').first().hover();
        const target = page.locator(`.navbar .dropdown__menu a[lang="${other}"]`);
        await Promise.all([page.waitForURL(`**${other === 'de' ? '/de' : ''}${seed.en}`), target.click()]);
        assert.equal(await page.getAttribute('html', 'lang'), other);
        assert.equal((await page.locator('article h1').first().textContent())?.trim(), seed.h1[other]);
        assert.deepEqual(errors, []);
        await page.close();
      });
    }
  }
});
