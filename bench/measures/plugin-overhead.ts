/**
 * 1. Plugin overhead: the same content built with the playbook's plugins and as stock
 * Docusaurus (PLAYBOOK_PLUGINS=off, no theme wrappers), and once more with the playbook but
 * DocSearch's variables set (no local Pagefind index): its ratio to stock is the cost of the
 * plugins alone, its difference to the full build the cost of search indexing. The content
 * is the real corpus (EN+DE) imported with `npm run import`; without ../shared, or in a quick
 * run, generated corpus-like pages of the same size. As the issue measures it, EN and DE are
 * built (`--locale en --locale de`, see BENCH_LOCALES); the site's es and ja would only build
 * stand-ins of the English pages.
 */
import path from 'node:path';
import type {Measure, MeasureResult, Row} from '../lib/measure';
import {median, alternate, round} from '../lib/stats';
import {benchCopy, DOCSEARCH_ENV, runScript, sharedDir, stockify, timedBuild, type Variant} from '../lib/site';
import {writeGeneratedPages} from '../lib/generate';

const CORPUS = {en: 'corpus/fasttrack-playbook/english-playbook', de: 'corpus/fasttrack-playbook/german-playbook'} as const;
/** The real corpus has about 80 pages per locale. */
const CORPUS_LIKE_PAGES = 80;
type Build = Variant | 'playbook-no-search';
const BUILDS: readonly Build[] = ['playbook', 'playbook-no-search', 'stock'];

const measure: Measure = {
  id: 'plugin-overhead',
  title: 'Plugin overhead: playbook vs stock Docusaurus, same files',
  async run(ctx): Promise<MeasureResult> {
    const notes: string[] = [];
    const content = benchCopy(ctx, 'content');
    const shared = sharedDir(ctx.siteDir);
    if (shared && !ctx.quick) {
      for (const [locale, folder] of Object.entries(CORPUS)) {
        ctx.log(`importing ${locale} corpus`);
        await runScript(content, 'import', [locale, path.join(shared, folder)]);
      }
      notes.push('content: the real corpus (EN+DE), imported with npm run import');
    } else {
      const pages = ctx.quick ? 20 : CORPUS_LIKE_PAGES;
      writeGeneratedPages(content, {pagesPerLocale: pages, tasksPerPage: 15, locales: ['en', 'de']});
      notes.push(
        ctx.quick
          ? `content: ${pages} generated pages per locale (quick run)`
          : `content: ${CORPUS_LIKE_PAGES} generated corpus-like pages per locale; the real corpus was not found (set PLAYBOOK_SHARED_DIR)`,
      );
    }

    const sites = {} as Record<Build, string>;
    for (const build of BUILDS) {
      sites[build] = benchCopy(ctx, build, content);
      if (build === 'stock') stockify(sites[build]);
    }
    // CPU seconds beside wall time: on a shared machine they vary far less (see timedBuild).
    const cpu = Object.fromEntries(BUILDS.map((b) => [b, [] as number[]])) as Record<Build, number[]>;
    const samples = await alternate(BUILDS, ctx.repetitions, async (build, repetition) => {
      ctx.log(`build ${build} #${repetition + 1}`);
      const run = build === 'playbook-no-search' ? await timedBuild(sites[build], 'playbook', {env: DOCSEARCH_ENV}) : await timedBuild(sites[build], build);
      if (run.cpuSeconds !== undefined) cpu[build].push(run.cpuSeconds);
      return run.ms;
    });
    for (const variant of ['playbook', 'stock'] as const) ctx.builtSites.set(`overhead:${variant}`, sites[variant]);
    ctx.builtSites.set('overhead:content', content);

    const playbook = median(samples.playbook);
    const noSearch = median(samples['playbook-no-search']);
    const stock = median(samples.stock);
    const seconds = (ms: number) => round(ms / 1000, 1);
    return {
      status: 'ok',
      notes: [...notes, 'search indexing = median of the full builds − median of the builds with DocSearch variables (no Pagefind); a difference of two noisy medians'],
      rows: [
        {metric: 'build, playbook plugins', value: seconds(playbook), unit: 's', samples: samples.playbook.map(seconds)},
        {metric: 'build, playbook without local search', value: seconds(noSearch), unit: 's', samples: samples['playbook-no-search'].map(seconds)},
        {metric: 'build, stock Docusaurus', value: seconds(stock), unit: 's', samples: samples.stock.map(seconds)},
        {metric: 'ratio, with search indexing', value: round(playbook / stock, 3), unit: '×', target: {kind: 'max', limit: 1.1, text: '≤ 1.10×'}},
        {metric: 'ratio, without search indexing', value: round(noSearch / stock, 3), unit: '×', target: {kind: 'max', limit: 1.05, text: '≤ 1.05×'}},
        {metric: 'search indexing (Pagefind), all locales', value: seconds(playbook - noSearch), unit: 's', target: {kind: 'max', limit: 1.5, text: '≤ 1.5 s'}},
        ...cpuRows(cpu),
      ],
    };
  },
};

/** The same comparison in CPU seconds (user + system), when every build was measured so. */
function cpuRows(cpu: Record<Build, number[]>): Row[] {
  if (BUILDS.some((b) => cpu[b].length === 0)) return [];
  const [playbook, noSearch, stock] = [median(cpu.playbook), median(cpu['playbook-no-search']), median(cpu.stock)];
  return [
    {metric: 'CPU, playbook plugins', value: round(playbook, 1), unit: 's', samples: cpu.playbook.map((s) => round(s, 1))},
    {metric: 'CPU, playbook without local search', value: round(noSearch, 1), unit: 's', samples: cpu['playbook-no-search'].map((s) => round(s, 1))},
    {metric: 'CPU, stock Docusaurus', value: round(stock, 1), unit: 's', samples: cpu.stock.map((s) => round(s, 1))},
    {metric: 'CPU ratio, with search indexing', value: round(playbook / stock, 3), unit: '×'},
    {metric: 'CPU ratio, without search indexing', value: round(noSearch / stock, 3), unit: '×'},
    {metric: 'CPU of search indexing, all locales', value: round(playbook - noSearch, 1), unit: 's'},
  ];
}

export default measure;
