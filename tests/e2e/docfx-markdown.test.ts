import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {assertAxeClean} from '../support/axe';
import {screenshot} from '../support/browser';
import {useSite} from '../support/e2e';

const KITCHEN_SINK = '/docs/authoring/kitchen-sink';
const TITLES = {
  en: ['Note', 'Tip', 'Important', 'Warning', 'Caution'],
  de: ['Hinweis', 'Tipp', 'Wichtig', 'Warnung', 'Vorsicht'],
} as const;

describe('DocFX Markdown on the kitchen sink page', () => {
  const site = useSite();

  for (const locale of ['en', 'de'] as const) {
    const prefix = locale === 'de' ? '/de' : '';

    test(`${locale}: callouts are notes named by their translated titles, each kind with its own look`, async () => {
      await site.visit(`${prefix}${KITCHEN_SINK}`, async (page) => {
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
      }, {offline: true});
    });

    test(`${locale}: the next-step button leads to the page in the same locale`, async () => {
      await site.visit(`${prefix}${KITCHEN_SINK}`, async (page) => {
        const button = page.locator('.nextstepaction a');
        assert.equal(await button.count(), 1);
        const background = await button.evaluate((a) => getComputedStyle(a).backgroundColor);
        assert.notEqual(background, 'rgba(0, 0, 0, 0)', 'styled as a button');
        await Promise.all([page.waitForURL(`**${prefix}/docs/lifecycle/remediate/remediate-address-technical-gaps`), button.click()]);
        assert.equal(await page.getAttribute('html', 'lang'), locale);
      }, {offline: true});
    });

    test(`${locale}: the video is a titled 16:9 frame, the image loads, the details open`, async () => {
      await site.visit(`${prefix}${KITCHEN_SINK}`, async (page) => {
        const frame = page.locator('article figure iframe');
        assert.equal(await frame.count(), 1);
        assert.match((await frame.getAttribute('title')) ?? '', locale === 'de' ? /Beispielplayer/ : /Sample player/);
        const box = (await frame.boundingBox())!;
        assert.ok(Math.abs(box.width / box.height - 16 / 9) < 0.02, `16:9, got ${box.width}×${box.height}`);

        const image = page.locator('article img[alt^="The six lifecycle" i], article img[alt^="Die sechs Lebenszyklus" i]');
        await image.scrollIntoViewIfNeeded();
        // Lazy: it loads once scrolled into view.
        await image.evaluate((img: HTMLImageElement) => img.decode());
        assert.equal(await image.evaluate((img: HTMLImageElement) => img.naturalWidth), 480);

        const details = page.locator('article details').first();
        await details.locator('summary').click();
        await page.waitForFunction(() => document.querySelector('article details')?.hasAttribute('open'));
      }, {offline: true});
    });

    test(`${locale}: image blocks, ~/ paths, include-relative links, checklists and <a name> anchors`, async () => {
      await site.visit(`${prefix}${KITCHEN_SINK}`, async (page) => {
        const alts = locale === 'de'
          ? ['Lebenszyklus-Diagramm als Bildblock', 'Lebenszyklus-Diagramm in einer Liste', 'Lebenszyklus-Diagramm ab dem Inhaltsstamm']
          : ['Lifecycle diagram as an image block', 'Lifecycle diagram in a list', 'Lifecycle diagram from the content root'];
        for (const alt of alts) {
          const image = page.locator(`article img[alt="${alt}"]`);
          assert.equal(await image.count(), 1, alt);
          await image.scrollIntoViewIfNeeded();
          await image.evaluate((img: HTMLImageElement) => img.decode());
          assert.equal(await image.evaluate((img: HTMLImageElement) => img.naturalWidth), 480, alt);
        }
        assert.equal(await page.locator(`article li img[alt="${alts[1]}"]`).count(), 1, 'the indented block stays in its list item');
        assert.doesNotMatch(await page.locator('article .theme-doc-markdown').evaluate((el) => {
          const copy = el.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('pre, code').forEach((c) => c.remove());
          return copy.textContent ?? '';
        }), /:::image/);

        // The include file's ../media path reached the file beside the page's media, as a bundled asset.
        const fromInclude = page.locator('article a', {hasText: locale === 'de' ? 'das Lebenszyklus-Diagramm' : 'the lifecycle diagram'});
        const href = await fromInclude.getAttribute('href');
        assert.match(href ?? '', new RegExp(`^${prefix}/assets/files/kitchen-sink-lifecycle-\\w+\\.png$`));
        const asset = await page.request.get(`${site.url}${href}`);
        assert.equal(asset.status(), 200);
        assert.equal(asset.headers()['content-type'], 'image/png');
        assert.equal(await page.locator(`article a[href="${prefix}/docs/lifecycle/remediate/remediate-address-technical-gaps"]`, {hasText: locale === 'de' ? 'Adressieren von technischen Lücken' : 'Address Technical Gaps'}).count() >= 1, true, '~/ link to the seed page');

        const items = page.locator('article .checklist li');
        assert.deepEqual(await items.allTextContents(), locale === 'de' ? ['Voraussetzungen geprüft', 'Pilotbenutzer eingeladen'] : ['Prerequisites reviewed', 'Pilot users invited']);
        assert.match(await items.first().evaluate((li) => getComputedStyle(li, '::before').content), /✓/);

        const anchor = page.locator('article a#kitchen-sink-anchor');
        assert.equal(await anchor.count(), 1);
        await page.locator('article a[href$="#kitchen-sink-anchor"]').click();
        await page.waitForFunction(() => location.hash === '#kitchen-sink-anchor');
        assert.ok(await anchor.evaluate((a) => {
          const {top} = a.getBoundingClientRect();
          return top >= 0 && top < window.innerHeight;
        }), 'the anchor is scrolled into view');
      }, {offline: true});
    });

    test(`${locale}: the page passes axe in light and dark mode`, async () => {
      await site.visit(`${prefix}${KITCHEN_SINK}`, async (page) => {
        await assertAxeClean(page, {include: ['article']});
        // Colours change with a transition; axe must see the final ones.
        await page.addStyleTag({content: '*, *::before, *::after { transition: none !important; }'});
        await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
        await assertAxeClean(page, {include: ['article']});
        await screenshot(page, `kitchen-sink-${locale}-dark`);
      }, {offline: true});
    });
  }
});
