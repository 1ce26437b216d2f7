/**
 * A process page prints as a clean checklist: Chromium prints it to PDF and the printed
 * text is read back with pdftotext. No navbar, sidebar, table of contents or footer; the
 * page's content and tasks; an empty box per FTOP task; links followed by their URL.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import {describe, test} from 'node:test';
import type {Page} from 'playwright-core';
import {ARTIFACTS_DIR} from '../support/browser';
import {useSite} from '../support/e2e';
import {pdfPageImages, pdfText} from '../support/pdf';
import {LOCALES, PROCESS_PAGE, SEED_TASK, localePath, type Locale} from '../support/site';

/** Text that only the site's chrome shows, never the process page's content. */
const CHROME_TEXT: Record<Locale, {label: string; text: string}[]> = {
  en: [
    {label: 'navbar title', text: 'FastTrack Partner Playbook'},
    {label: 'sidebar category', text: 'Lifecycle Phases'},
    {label: 'table of contents', text: 'On this page'},
    {label: 'edit link', text: 'Edit this page'},
    {label: 'footer', text: 'FastTrack Partner Playbook Portal'},
  ],
  de: [
    {label: 'navbar title', text: 'FastTrack Partner Playbook'},
    {label: 'sidebar category', text: 'Lebenszyklusphasen'},
    {label: 'table of contents', text: 'Auf dieser Seite'},
    {label: 'edit link', text: 'Diese Seite bearbeiten'},
    {label: 'footer', text: 'FastTrack Partner Playbook Portal'},
  ],
};

const HOME_LINK = {en: 'Home', de: 'Startseite', url: 'http://partner-docs.microsoft.com'};

/** Task IDs as the page shows them, from the rows the build anchored. */
async function anchoredTaskIds(page: Page): Promise<string[]> {
  return page.locator('article tr[id^="task-"]').evaluateAll((rows) => rows.map((row) => row.id.slice('task-'.length)));
}

async function printToPdf(page: Page, name: string): Promise<string> {
  await page.emulateMedia({media: 'print'});
  const pdf = await page.pdf({format: 'A4', printBackground: false});
  pdfPageImages(pdf, path.join(ARTIFACTS_DIR, `print-${name}`));
  return pdfText(pdf);
}

/** Whitespace-insensitive, since printed lines wrap anywhere. */
const squeeze = (text: string) => text.replace(/[\s\u200B]+/g, '');

describe('print: a process page is a clean checklist', () => {
  const site = useSite();

  for (const locale of LOCALES) {
    const route = localePath(locale, PROCESS_PAGE.route);

    test(`${locale}: no site chrome, all of the content, links with their URL`, async () => {
      await site.visit(route, async (page) => {
        const text = await printToPdf(page, `process-${locale}`);
        assert.ok(text.includes(PROCESS_PAGE.h1[locale]), 'prints the page title');
        for (const {label, text: chrome} of CHROME_TEXT[locale]) {
          assert.ok(!text.includes(chrome), `does not print the ${label} ("${chrome}")`);
        }
        assert.ok(squeeze(text).includes(squeeze(`${SEED_TASK.id}`)), `prints task ${SEED_TASK.id}`);
        assert.ok(squeeze(text).includes(squeeze(`${HOME_LINK[locale]} (${HOME_LINK.url})`)), 'prints a link followed by its URL');
        const headings = await page.locator('article h2').allTextContents();
        for (const heading of headings) assert.ok(squeeze(text).includes(squeeze(heading)), `prints section "${heading}"`);
      });
    });

    test(`${locale}: every FTOP task prints with an empty checkbox`, async () => {
      await site.visit(route, async (page) => {
        const ids = await anchoredTaskIds(page);
        assert.equal(ids.length, 15, 'the seed has 15 anchored tasks');
        const text = await printToPdf(page, `process-${locale}-tasks`);
        const boxed = [...text.matchAll(/☐\s*\[?(\d+)/g)].map((m) => m[1]);
        assert.deepEqual([...boxed].sort(), [...ids].sort(), 'one box before each task ID, and only there');
      });
    });

    test(`${locale}: every table fits the printed page`, async () => {
      // A4 less the page margins is about 690 CSS pixels wide.
      await site.visit(
        route,
        async (page) => {
          await page.emulateMedia({media: 'print'});
          const overflowing = await page.evaluate(() => {
            const article = document.querySelector('article')!.getBoundingClientRect();
            return Array.from(document.querySelectorAll('article table'))
              .map((table, index) => ({index, right: Math.round(table.getBoundingClientRect().right), tallestRow: Math.max(...Array.from(table.querySelectorAll('tr')).map((tr) => tr.getBoundingClientRect().height))}))
              .filter((t) => t.right > article.right + 1 || t.tallestRow > 400);
          });
          assert.deepEqual(overflowing, [], 'tables wider than the page, or with rows taller than 400px');
        },
        {contextOptions: {viewport: {width: 690, height: 1000}}},
      );
    });

    test(`${locale}: prints black on white from dark mode`, async () => {
      await site.visit(
        route,
        async (page) => {
          await page.emulateMedia({media: 'print'});
          const colors = await page.evaluate(() => ({
            text: getComputedStyle(document.querySelector('article p')!).color,
            heading: getComputedStyle(document.querySelector('article h1')!).color,
          }));
          assert.deepEqual(colors, {text: 'rgb(0, 0, 0)', heading: 'rgb(0, 0, 0)'});
        },
        {colorMode: 'dark'},
      );
    });
  }

  test('a link to a site page prints with the site origin in front of its path', async () => {
    await site.visit(PROCESS_PAGE.route, async (page) => {
      await page.emulateMedia({media: 'print'});
      const printed = await page.evaluate(() => {
        const link = document.createElement('a');
        link.href = '/docs/lifecycle/remediate/remediate-address-technical-gaps';
        link.textContent = 'Address Technical Gaps';
        document.querySelector('article p')!.append(link);
        return getComputedStyle(link, '::after').content;
      });
      assert.equal(printed, '" (https://playbook.example.com/docs/lifecycle/remediate/remediate-address-technical-gaps)"');
    });
  });
});
