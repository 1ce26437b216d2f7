/**
 * 2. Scale: generated pages shaped like the seeds at a small and a large size per locale,
 * two locales, built with the playbook's plugins and as stock Docusaurus on the same files,
 * side by side. Linear growth keeps ms per page flat; at the large size the playbook's cost
 * per page and its peak memory are compared with stock's.
 */
import type {Measure, MeasureResult, Row} from '../lib/measure';
import {alternate, median, round} from '../lib/stats';
import {BENCH_LOCALES as LOCALES, benchCopy, stockify, timedBuild, type Variant} from '../lib/site';
import {writeGeneratedPages} from '../lib/generate';

const SIZES = {full: [400, 4000], quick: [10, 50]} as const;
const TASKS_PER_PAGE = 15;
const VARIANTS: readonly Variant[] = ['playbook', 'stock'];
/**
 * One build per variant and size: a 4,000-page build takes many minutes, and the growth and
 * the ratio to stock are read within one run, side by side.
 */
const REPETITIONS = 1;

const measure: Measure = {
  id: 'scale',
  title: 'Scale: generated seed-shaped pages, small vs large, two locales, playbook vs stock',
  async run(ctx): Promise<MeasureResult> {
    const [small, large] = ctx.quick ? SIZES.quick : SIZES.full;
    const sizes = [small, large] as const;
    const builds = sizes.flatMap((size) => VARIANTS.map((variant) => `${variant}@${size}` as const));
    const sites: Record<string, {dir: string; pages: number; variant: Variant}> = {};
    for (const size of sizes) {
      const content = benchCopy(ctx, `scale-${size}`);
      const pages = writeGeneratedPages(content, {pagesPerLocale: size, tasksPerPage: TASKS_PER_PAGE, locales: [...LOCALES]});
      for (const variant of VARIANTS) {
        const dir = variant === 'playbook' ? content : benchCopy(ctx, `scale-${size}-stock`, content);
        if (variant === 'stock') stockify(dir);
        sites[`${variant}@${size}`] = {dir, pages, variant};
      }
    }
    const rss: Record<string, number[]> = Object.fromEntries(builds.map((build) => [build, []]));
    const samples = await alternate(builds, REPETITIONS, async (build, repetition) => {
      ctx.log(`build ${build} pages per locale #${repetition + 1}`);
      const site = sites[build]!;
      const run = await timedBuild(site.dir, site.variant);
      if (run.peakRssMiB !== undefined) rss[build]!.push(run.peakRssMiB);
      return run.ms / site.pages;
    });
    const perPage = (build: string) => median(samples[build as (typeof builds)[number]]);
    const ms = (v: number) => round(v, 1);
    const rows: Row[] = [];
    for (const size of sizes) {
      for (const variant of VARIANTS) {
        const build = `${variant}@${size}`;
        rows.push({metric: `${variant}: ms per page at ${size} pages/locale`, value: ms(perPage(build)), unit: 'ms', samples: samples[build as (typeof builds)[number]].map(ms)});
      }
    }
    rows.push(
      {metric: 'playbook growth (large / small, per page)', value: round(perPage(`playbook@${large}`) / perPage(`playbook@${small}`), 3), unit: '×', target: {kind: 'max', limit: 1.2, text: '≤ 1.2×'}},
      {metric: `playbook / stock per page at ${large} pages/locale`, value: round(perPage(`playbook@${large}`) / perPage(`stock@${large}`), 3), unit: '×', target: {kind: 'max', limit: 1.1, text: '≤ 1.10×'}},
    );
    const notes = [
      `${TASKS_PER_PAGE} tasks, 2 callouts and an update summary per page; builds of ${LOCALES.join(' and ')} (--locale), ${REPETITIONS} per variant and size; ms per page counts the whole build`,
    ];
    if (rss[`playbook@${large}`]!.length > 0 && rss[`stock@${large}`]!.length > 0) {
      const peak = (build: string) => median(rss[build]!);
      const mib = (v: number) => round(v, 0);
      rows.push(
        {metric: `playbook: peak RSS at ${large} pages/locale`, value: mib(peak(`playbook@${large}`)), unit: 'MiB', samples: rss[`playbook@${large}`]!.map(mib)},
        {metric: `stock: peak RSS at ${large} pages/locale`, value: mib(peak(`stock@${large}`)), unit: 'MiB', samples: rss[`stock@${large}`]!.map(mib)},
        {metric: 'peak RSS, playbook / stock', value: round(peak(`playbook@${large}`) / peak(`stock@${large}`), 3), unit: '×', target: {kind: 'max', limit: 1.1, text: '≤ 1.10× (stock + 10 %)'}},
      );
    } else {
      notes.push('peak RSS not measured: /proc/<pid>/status is not available on this system');
    }
    return {status: 'ok', notes, rows};
  },
};

export default measure;
