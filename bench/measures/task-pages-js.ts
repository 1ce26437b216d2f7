/**
 * 7. Task pages: a doc page's JavaScript must not grow with the number of tasks, although every
 * task has its own page (they are static files written after the build, behind one route).
 * Builds generated sites with about 300 and about 10,000 tasks (English) and compares the
 * gzipped JavaScript the seed page loads.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {Measure, MeasureResult} from '../lib/measure';
import {round} from '../lib/stats';
import {benchCopy, timedBuild} from '../lib/site';
import {writeGeneratedPages} from '../lib/generate';
import {scriptsLoaded, withServedBuild} from '../lib/browser';

const PAGE = '/docs/lifecycle/remediate/remediate-address-technical-gaps';
const TASKS_PER_PAGE = 15;
/** Generated pages for about 300 and about 10,000 tasks; quick: 30 and 300 tasks. */
const SIZES = {full: [20, 667], quick: [2, 20]} as const;

const measure: Measure = {
  id: 'task-pages-js',
  title: 'Task pages: JavaScript of a doc page at ~300 vs ~10,000 tasks',
  async run(ctx): Promise<MeasureResult> {
    const sizes = ctx.quick ? SIZES.quick : SIZES.full;
    const results: {tasks: number; taskPages: number; gzipBytes: number}[] = [];
    for (const pages of sizes) {
      const dir = benchCopy(ctx, `task-pages-${pages}`);
      writeGeneratedPages(dir, {pagesPerLocale: pages, tasksPerPage: TASKS_PER_PAGE, locales: ['en']});
      ctx.log(`build with ${pages * TASKS_PER_PAGE} generated tasks`);
      await timedBuild(dir, 'playbook');
      const build = path.join(dir, 'build');
      const tasks = (JSON.parse(fs.readFileSync(path.join(build, 'tasks.json'), 'utf8')) as {tasks: unknown[]}).tasks.length;
      const taskPages = fs.readdirSync(path.join(build, 'tasks')).filter((f) => /^\d+\.html$/.test(f)).length;
      const loaded = await withServedBuild(dir, (url, browser) => scriptsLoaded(browser, `${url}${PAGE}`));
      results.push({tasks, taskPages, gzipBytes: loaded.gzipBytes});
    }
    const [small, large] = results as [(typeof results)[0], (typeof results)[0]];
    const kb = (n: number) => round(n / 1024, 2);
    return {
      status: 'ok',
      notes: [`page: ${PAGE}, every script it loads until the network is idle; ${small.taskPages} and ${large.taskPages} task pages written`],
      rows: [
        {metric: `JS of a doc page, ${small.tasks} tasks`, value: kb(small.gzipBytes), unit: 'KB gz'},
        {metric: `JS of a doc page, ${large.tasks} tasks`, value: kb(large.gzipBytes), unit: 'KB gz'},
        {metric: 'growth with the number of tasks', value: kb(large.gzipBytes - small.gzipBytes), unit: 'KB gz', target: {kind: 'max', limit: 1, text: '≤ 1 KB'}},
      ],
    };
  },
};

export default measure;
