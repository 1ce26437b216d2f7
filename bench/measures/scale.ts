/**
 * 2. Scale: generated pages shaped like the seeds at a small and a large size per locale,
 * two locales, built with the playbook's plugins. Linear growth keeps ms per page flat.
 */
import type {Measure, MeasureResult} from '../lib/measure';
import {alternate, median, round} from '../lib/stats';
import {benchCopy, timedBuild} from '../lib/site';
import {writeGeneratedPages} from '../lib/generate';

const SIZES = {full: [400, 4000], quick: [10, 50]} as const;
const TASKS_PER_PAGE = 15;

const measure: Measure = {
  id: 'scale',
  title: 'Scale: generated seed-shaped pages, small vs large, two locales',
  async run(ctx): Promise<MeasureResult> {
    const [small, large] = ctx.quick ? SIZES.quick : SIZES.full;
    const sizes = [`${small}`, `${large}`] as const;
    const sites: Record<string, {dir: string; pages: number}> = {};
    for (const size of sizes) {
      const dir = benchCopy(ctx, `scale-${size}`);
      const generated = writeGeneratedPages(dir, {pagesPerLocale: Number(size), tasksPerPage: TASKS_PER_PAGE, locales: ['en', 'de']});
      sites[size] = {dir, pages: generated};
    }
    const samples = await alternate(sizes, ctx.repetitions, async (size, repetition) => {
      ctx.log(`build ${size} pages per locale #${repetition + 1}`);
      return (await timedBuild(sites[size]!.dir, 'playbook')).ms / sites[size]!.pages;
    });
    const perPage = Object.fromEntries(sizes.map((size) => [size, median(samples[size])])) as Record<(typeof sizes)[number], number>;
    return {
      status: 'ok',
      notes: [`${TASKS_PER_PAGE} tasks, 2 callouts and an update summary per page; ms per page counts the whole build (both locales)`],
      rows: [
        {metric: `ms per page at ${small} pages/locale`, value: round(perPage[sizes[0]], 1), unit: 'ms', samples: samples[sizes[0]].map((v) => round(v, 1))},
        {metric: `ms per page at ${large} pages/locale`, value: round(perPage[sizes[1]], 1), unit: 'ms', samples: samples[sizes[1]].map((v) => round(v, 1))},
        {metric: 'growth (large / small, per page)', value: round(perPage[sizes[1]] / perPage[sizes[0]], 3), unit: '×', target: {kind: 'max', limit: 1.2, text: '≤ 1.2×'}},
      ],
    };
  },
};

export default measure;
