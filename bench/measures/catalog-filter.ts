/**
 * 5. Catalog filter: with 10,000 tasks, the time from a keystroke in the catalog's text
 * filter until the page has painted its last DOM change for it (debounces count).
 */
import fs from 'node:fs';
import path from 'node:path';
import type {Page} from 'playwright-core';
import type {Measure, MeasureResult} from '../lib/measure';
import {median, round} from '../lib/stats';
import {benchCopy, timedBuild} from '../lib/site';
import {writeGeneratedPages} from '../lib/generate';
import {withServedBuild} from '../lib/browser';

const TASKS = {full: 10_000, quick: 1_000};
const TASKS_PER_PAGE = 25;
const QUERY = 'Intune';
/** A keystroke is done when the DOM has been quiet this long. */
const QUIET_MS = 250;

function catalogRoute(site: string): string | null {
  for (const [file, route] of [['tasks/index.html', '/tasks/'], ['tasks.html', '/tasks']] as const) {
    if (fs.existsSync(path.join(site, 'build', file))) return route;
  }
  return null;
}

/** Installs a probe that times keydown → paint after the last mutation it caused. */
async function installProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const probe = {start: 0, lastPaint: 0, lastMutation: 0};
    (window as unknown as {benchProbe: typeof probe}).benchProbe = probe;
    document.addEventListener('keydown', (event) => {
      probe.start = event.timeStamp;
      probe.lastPaint = 0;
    }, true);
    new MutationObserver(() => {
      probe.lastMutation = performance.now();
      requestAnimationFrame(() => setTimeout(() => (probe.lastPaint = performance.now())));
    }).observe(document.body, {subtree: true, childList: true, attributes: true, characterData: true});
  });
}

async function keystroke(page: Page, key: string): Promise<number> {
  await page.keyboard.press(key);
  await page.waitForFunction(
    (quiet) => {
      const probe = (window as unknown as {benchProbe: {lastMutation: number; lastPaint: number}}).benchProbe;
      return probe.lastPaint > 0 && performance.now() - probe.lastMutation > quiet;
    },
    QUIET_MS,
    {polling: 50},
  );
  return page.evaluate(() => {
    const probe = (window as unknown as {benchProbe: {start: number; lastPaint: number}}).benchProbe;
    return probe.lastPaint - probe.start;
  });
}

const measure: Measure = {
  id: 'catalog-filter',
  title: 'Catalog filter: time per keystroke with 10,000 tasks (Chromium)',
  async run(ctx): Promise<MeasureResult> {
    const tasks = ctx.quick ? TASKS.quick : TASKS.full;
    const site = benchCopy(ctx, 'catalog');
    writeGeneratedPages(site, {pagesPerLocale: tasks / TASKS_PER_PAGE, tasksPerPage: TASKS_PER_PAGE, locales: ['en']});
    ctx.log(`build with ${tasks} generated tasks`);
    await timedBuild(site, 'playbook');
    const route = catalogRoute(site);
    if (!route) throw new Error('the build has no task catalog page at /tasks/');

    const latencies = await withServedBuild(site, async (url, browser) => {
      const page = await browser.newPage();
      await page.goto(`${url}${route}`, {waitUntil: 'networkidle'});
      const filter = page.locator('main').getByRole('searchbox').or(page.locator('main').getByRole('textbox')).first();
      await filter.focus();
      await installProbe(page);
      const times: number[] = [];
      for (let repetition = 0; repetition < ctx.repetitions; repetition++) {
        for (const char of QUERY) times.push(await keystroke(page, char));
        for (let i = 0; i < QUERY.length; i++) times.push(await keystroke(page, 'Backspace'));
      }
      await page.close();
      return times;
    });
    return {
      status: 'ok',
      notes: [`${tasks} tasks (English catalog); typing "${QUERY}" and deleting it, ${latencies.length} keystrokes`],
      rows: [
        {metric: 'per keystroke, median', value: round(median(latencies), 1), unit: 'ms', samples: latencies.map((v) => round(v, 1)), target: {kind: 'max', limit: 16, text: '≤ 16 ms'}},
        {metric: 'per keystroke, slowest', value: round(Math.max(...latencies), 1), unit: 'ms', target: {kind: 'max', limit: 50, text: '≤ 50 ms'}},
      ],
    };
  },
};

export default measure;
