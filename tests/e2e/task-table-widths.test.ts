/**
 * Task tables read well at every common width, with and without the sidebar and table of
 * contents (Docusaurus shows both from 997 px): no word breaks inside (IDs, codes, role names,
 * service chips), no table is wider than its container, and axe finds nothing.
 */
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import type {Page} from 'playwright-core';
import {assertAxeClean} from '../support/axe';
import {useSite} from '../support/e2e';
import {LOCALES, SEED_PAGES, localePath} from '../support/site';

const WIDTHS = [390, 768, 1024, 1280, 1920] as const;

interface Layout {
  tables: number;
  /** Tables wider than their container: `widthpx > containerpx`. */
  overflowing: string[];
  /** Words laid out on more than one line, with the lines' count. */
  brokenWords: string[];
}

/** Measured in the page: each word's client rects (a word is text between spaces, or up to a hyphen, where a line may break). */
async function measure(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const result = {tables: 0, overflowing: [] as string[], brokenWords: [] as string[]};
    for (const wrapper of Array.from(document.querySelectorAll<HTMLElement>('article .task-table'))) {
      result.tables++;
      const table = wrapper.querySelector('table')!;
      const container = wrapper.parentElement!.getBoundingClientRect().width;
      const width = Math.max(table.getBoundingClientRect().width, table.scrollWidth);
      if (width > container + 0.5) result.overflowing.push(`${Math.round(width)}px > ${Math.round(container)}px`);
      const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/[^\s-]+-?/g)) {
          const range = document.createRange();
          range.setStart(node, match.index!);
          range.setEnd(node, match.index! + match[0].length);
          const lines = new Set(Array.from(range.getClientRects()).filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) result.brokenWords.push(`"${match[0]}" on ${lines.size} lines`);
        }
      }
    }
    return result;
  });
}

describe('task tables at every width', () => {
  const site = useSite();

  for (const locale of LOCALES) {
    for (const width of WIDTHS) {
      test(`${locale}, ${width} px: no word broken inside, every table fits, axe clean`, async () => {
        let tables = 0;
        for (const seed of SEED_PAGES) {
          await site.visit(localePath(locale, seed.route), async (page) => {
            await page.locator('article h1').waitFor();
            const layout = await measure(page);
            tables += layout.tables;
            assert.deepEqual(layout.overflowing, [], `${seed.route}: tables wider than their container`);
            assert.deepEqual(layout.brokenWords, [], `${seed.route}: words broken inside`);
            await assertAxeClean(page);
          }, {contextOptions: {viewport: {width, height: 900}}});
        }
        assert.ok(tables > 0, 'the seed pages have task tables');
      });
    }
  }
});
