/**
 * Blockers, as a partner uses them: the seed blocker page's statuses and questions, and the
 * blocker guide `/blockers` (tree, finder, keyboard, no JavaScript), in both locales. Without
 * the corpus the seed's invalid scenarios name an L2 page this repository lacks: plain text,
 * with a warning. (With the corpus, `npm run test:corpus` follows them to that page.)
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {describe, test} from 'node:test';
import type {Page} from 'playwright-core';
import {VFile} from 'vfile';
import {playbookMessages} from '../../src/diagnostics';
import {playbookPipeline} from '../../src/remark/pipeline';
import {SITE_PIPELINE} from '../../src/remark';
import {assertAxeClean} from '../support/axe';
import {useSite} from '../support/e2e';
import {tabTo} from '../support/keyboard';
import {BLOCKER_PAGE, LOCALES, blockersRoute, localePath, type Locale} from '../support/site';

const SEED_FILE: Record<Locale, string> = {
  en: 'docs/blockers/blocked/l1l2l3-blocked-customer-it-infrastructure-remediation.md',
  de: 'i18n/de/docusaurus-plugin-content-docs/current/blockers/blocked/l1l2l3-blocked-customer-it-infrastructure-remediation.md',
};

const WORDS = {
  en: {l1: 'Blocked', invalidStatus: 'IT Change Management and Resourcing', question: 'Is the customer waiting to deploy Exchange first?', search: 'bandwidth', none: 'Nothing matches'},
  de: {l1: 'Blockiert', invalidStatus: 'IT-Änderungsmanagement und Ressourcen', question: 'Wartet der Kunde, um zuerst Exchange bereitzustellen?', search: 'Bandbreite', none: 'Nichts passt'},
} as const;

/** The status column of the page's n-th scenario table: each cell's text and its link, if any. */
function statusCells(page: Page, table: number) {
  return page.locator('article table').nth(table).locator('tbody tr td:nth-child(2)').evaluateAll((cells) =>
    cells.map((cell) => {
      const link = cell.querySelector('a');
      return {text: cell.textContent?.trim() ?? '', href: link?.getAttribute('href') ?? null, current: link?.getAttribute('aria-current') ?? null};
    }),
  );
}

describe('blockers', () => {
  const site = useSite();

  for (const locale of LOCALES) {
    const words = WORDS[locale];
    const seedRoute = localePath(locale, BLOCKER_PAGE.route);

    test(`${locale} seed blocker page: valid statuses link the page itself, invalid ones (no such page here) are plain text with a warning`, async () => {
      await site.visit(seedRoute, async (page) => {
        const valid = await statusCells(page, 0);
        assert.equal(valid.length, 5);
        for (const cell of valid) assert.deepEqual(cell, {text: BLOCKER_PAGE.h1[locale], href: seedRoute, current: 'page'});
        assert.deepEqual(await statusCells(page, 1), [
          {text: words.invalidStatus, href: null, current: null},
          {text: words.invalidStatus, href: null, current: null},
        ]);
      });
      // The build's own pipeline says why, at file:line.
      const file = path.join(SITE_PIPELINE.siteDir, SEED_FILE[locale]);
      const vfile = new VFile({path: file, value: fs.readFileSync(file, 'utf8')});
      const pipeline = playbookPipeline(SITE_PIPELINE);
      await pipeline.run(pipeline.parse(vfile), vfile);
      const warnings = playbookMessages(vfile).filter((m) => m.ruleId === 'blocker-status').map((m) => `${m.line} ${m.actual}`);
      assert.deepEqual(warnings, [`35 ${words.invalidStatus}`, `36 ${words.invalidStatus}`]);
    });

    test(`${locale} seed blocker page: the indented workload questions read as numbered lists, not code`, async () => {
      await site.visit(seedRoute, async (page) => {
        const article = page.locator('article');
        assert.equal(await article.locator('pre').count(), 0, 'no code block is left');
        const lists = await article.locator('ol').evaluateAll((ols) => ols.map((ol) => Array.from(ol.querySelectorAll(':scope > li')).map((li) => li.textContent?.trim())));
        assert.deepEqual(lists.map((items) => items.length), [3, 4, 1]);
        assert.equal(lists[2]![0], words.question);
      });
    });

    test(`${locale} /blockers: the L1 → L2 tree with definitions; every scenario names the L2 to choose; no axe violation, light or dark`, async () => {
      const route = blockersRoute();
      assert.ok(route, 'the build has the blocker guide');
      await site.visit(localePath(locale, route), async (page) => {
        const l1 = page.locator('main section').filter({has: page.getByRole('heading', {level: 2, name: words.l1})});
        const l2 = l1.locator('li[data-l2]');
        assert.equal(await l2.count(), 1);
        const name = l2.getByRole('heading', {level: 3});
        assert.equal(await name.textContent(), BLOCKER_PAGE.h1[locale]);
        assert.equal(await name.getByRole('link').getAttribute('href'), seedRoute);
        assert.match((await l2.locator('p').first().textContent()) ?? '', /VPN/);
        const scenarios = l2.locator('li[data-valid]');
        assert.equal(await scenarios.count(), 7);
        assert.equal(await l2.locator('li[data-valid="true"] a').count(), 5, 'each valid scenario links its L2');
        assert.match((await l2.locator('li[data-valid="false"]').first().textContent()) ?? '', new RegExp(words.invalidStatus));
        await assertAxeClean(page);
      });
      await site.visit(localePath(locale, route), (page) => assertAxeClean(page), {colorMode: 'dark'});
    });

    test(`${locale} /blockers by keyboard alone: type a word, reach the hit, open its L2`, async () => {
      await site.visit(localePath(locale, blockersRoute()!), async (page) => {
        const box = page.getByRole('searchbox');
        await tabTo(page, box);
        await page.keyboard.type(words.search);
        await page.waitForURL(new RegExp(`[?&]q=${words.search}`));
        const hits = page.locator('li[data-valid]');
        assert.equal(await hits.count(), 1, `one scenario mentions "${words.search}"`);
        // …and one question to ask the customer.
        assert.match((await page.locator('main [role=status]').textContent()) ?? '', /^2 /);
        assert.equal(await page.locator('li[data-l2] ul:not([class*=scenarios]) li').count(), 1);
        await assertAxeClean(page);
        await tabTo(page, hits.getByRole('link'));
        await Promise.all([page.waitForURL((url) => url.pathname === seedRoute), page.keyboard.press('Enter')]);
      });
      await site.visit(`${localePath(locale, blockersRoute()!)}?q=zzzz`, async (page) => {
        assert.match((await page.locator('main [role=status]').textContent()) ?? '', new RegExp(words.none));
        assert.equal(await page.locator('li[data-l2]').count(), 0);
      });
    });

    test(`${locale} /blockers without JavaScript: the full list, no finder`, async () => {
      const context = await site.browser.newContext({javaScriptEnabled: false});
      try {
        await site.visit(`${localePath(locale, blockersRoute()!)}?q=zzzz`, async (page) => {
          assert.equal(await page.getByRole('searchbox').count(), 0, 'a text box that cannot filter is not shown');
          assert.equal(await page.locator('li[data-valid]').count(), 7);
        }, {context});
      } finally {
        await context.close();
      }
    });
  }

  test('the home page\'s blocker section leads to the guide, with the words typed there', async () => {
    await site.visit('/de/', async (page) => {
      const section = page.locator('#blocker-lookup');
      await section.getByRole('searchbox').fill('VPN');
      await Promise.all([page.waitForURL(/\/de\/blockers\/?\?q=VPN/), section.getByRole('button').click()]);
      assert.equal(await page.getByRole('searchbox').inputValue(), 'VPN');
      assert.equal(await page.locator('li[data-l2]').count(), 1);
      await page.goBack();
      await Promise.all([page.waitForURL(/\/de\/blockers\/?$/), section.getByRole('link', {name: /L1/}).click()]);
    });
  });
});
