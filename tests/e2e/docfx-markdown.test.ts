import assert from 'node:assert/strict';
import {createRequire} from 'node:module';
import {after, before, describe, test} from 'node:test';
import type {Browser, Page} from 'playwright-core';
import {serveBuild} from '../support/server';
import {BUILD_DIR, launchBrowser, requireBuild, screenshot, watchErrors} from '../support/browser';

const AXE = createRequire(__filename).resolve('axe-core/axe.min.js');
const KITCHEN_SINK = '/docs/authoring/kitchen-sink';
const TITLES = {
  en: ['Note', 'Tip', 'Important', 'Warning', 'Caution'],
  de: ['Hinweis', 'Tipp', 'Wichtig', 'Warnung', 'Vorsicht'],
} as const;

/** Opens a page with the outside world cut off (no video host is reachable in tests). */
async function open(browser: Browser, url: string): Promise<{page: Page; errors: string[]}> {
  const page = await browser.newPage();
  const origin = new URL(url).origin;
  await page.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
  const errors = watchErrors(page);
  await page.goto(url, {waitUntil: 'networkidle'});
  return {page, errors};
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({path: AXE});
  return page.evaluate(async () => {
    const axe = (window as unknown as {axe: {run: (c: unknown, o: unknown) => Promise<{violations: Array<{id: string; nodes: Array<{target: unknown}>}>}>}}).axe;
    // Code blocks are left out: their colours are the Prism theme's (site config), not this page's.
    const result = await axe.run({include: [['article']], exclude: [['.theme-code-block']]}, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa']});
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

describe('DocFX Markdown on the kitchen sink page', () => {
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

    test(`${locale}: callouts are notes named by their translated titles, each kind with its own look`, async () => {
      const {page, errors} = await open(browser, `${server.url}${prefix}${KITCHEN_SINK}`);
      for (const title of TITLES[locale]) {
        assert.ok(await page.getByRole('note', {name: title, exact: true}).count() >= 1, `a note named ${title}`);
      }
      const firstFive = page.locator('article [role="note"]');
      const looks = await firstFive.evaluateAll((notes) =>
        notes.slice(0, 5).map((n) => `${getComputedStyle(n).borderLeftColor} ${getComputedStyle(n).backgroundColor}`),
      );
      assert.equal(new Set(looks).size, 5, `five distinct looks: ${looks.join(' | ')}`);
      const icons = await firstFive.evaluateAll((notes) => notes.slice(0, 5).map((n) => n.querySelector('svg')?.innerHTML));
      assert.equal(new Set(icons).size, 5, 'five distinct icons');
      // Markers show only in the source examples (code), never in rendered text.
      const prose = await page.locator('article .theme-doc-markdown').evaluate((el) => {
        const copy = el.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('pre, code').forEach((c) => c.remove());
        return copy.textContent ?? '';
      });
      assert.doesNotMatch(prose, /\[!/);
      await screenshot(page, `kitchen-sink-${locale}`);
      assert.deepEqual(errors, []);
      await page.close();
    });

    test(`${locale}: the next-step button leads to the page in the same locale`, async () => {
      const {page, errors} = await open(browser, `${server.url}${prefix}${KITCHEN_SINK}`);
      const button = page.locator('.nextstepaction a');
      assert.equal(await button.count(), 1);
      const background = await button.evaluate((a) => getComputedStyle(a).backgroundColor);
      assert.notEqual(background, 'rgba(0, 0, 0, 0)', 'styled as a button');
      await Promise.all([page.waitForURL(`**${prefix}/docs/lifecycle/remediate/remediate-address-technical-gaps`), button.click()]);
      assert.equal(await page.getAttribute('html', 'lang'), locale);
      assert.deepEqual(errors, []);
      await page.close();
    });

    test(`${locale}: the video is a titled 16:9 frame, the image loads, the details open`, async () => {
      const {page, errors} = await open(browser, `${server.url}${prefix}${KITCHEN_SINK}`);
      const frame = page.locator('article figure iframe');
      assert.equal(await frame.count(), 1);
      assert.match((await frame.getAttribute('title')) ?? '', locale === 'de' ? /Beispielplayer/ : /Sample player/);
      const box = (await frame.boundingBox())!;
      assert.ok(Math.abs(box.width / box.height - 16 / 9) < 0.02, `16:9, got ${box.width}×${box.height}`);

      const image = page.locator('article img[alt*="lifecycle" i], article img[alt*="Lebenszyklus" i]');
      await image.scrollIntoViewIfNeeded();
      // Lazy: it loads once scrolled into view.
      await image.evaluate((img: HTMLImageElement) => img.decode());
      assert.equal(await image.evaluate((img: HTMLImageElement) => img.naturalWidth), 480);

      const details = page.locator('article details').first();
      await details.locator('summary').click();
      await page.waitForFunction(() => document.querySelector('article details')?.hasAttribute('open'));
      assert.deepEqual(errors, []);
      await page.close();
    });

    test(`${locale}: the page passes axe (WCAG 2.1 AA) in light and dark mode`, async () => {
      const {page} = await open(browser, `${server.url}${prefix}${KITCHEN_SINK}`);
      assert.deepEqual(await axeViolations(page), []);
      // Colours change with a transition; axe must see the final ones.
      await page.addStyleTag({content: '*, *::before, *::after { transition: none !important; }'});
      await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
      assert.deepEqual(await axeViolations(page), []);
      await screenshot(page, `kitchen-sink-${locale}-dark`);
      await page.close();
    });
  }
});
