import type {Locator, Page} from 'playwright-core';

/**
 * Presses Tab (from wherever focus is) until `target` has focus, as a keyboard user
 * would reach it; fails after `maxPresses`. Returns how many presses it took.
 */
export async function tabTo(page: Page, target: Locator, maxPresses = 80): Promise<number> {
  const handle = await target.elementHandle();
  if (!handle) throw new Error('tabTo: the target element is not on the page');
  for (let presses = 1; presses <= maxPresses; presses++) {
    await page.keyboard.press('Tab');
    if (await handle.evaluate((el) => el === document.activeElement || el.contains(document.activeElement))) return presses;
  }
  throw new Error(`tabTo: the target element was not reached with ${maxPresses} Tab presses`);
}
