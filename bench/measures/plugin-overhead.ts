/**
 * 1. Plugin overhead: the same content built with the playbook's plugins and as stock
 * Docusaurus (PLAYBOOK_PLUGINS=off, no theme wrappers). The content is the real corpus
 * (EN+DE) imported with `npm run import`; without ../shared, or in a quick run, generated
 * corpus-like pages of the same size.
 */
import path from 'node:path';
import type {Measure, MeasureResult} from '../lib/measure';
import {median, alternate, round} from '../lib/stats';
import {benchCopy, runScript, sharedDir, stockify, timedBuild, type Variant} from '../lib/site';
import {writeGeneratedPages} from '../lib/generate';

const CORPUS = {en: 'corpus/fasttrack-playbook/english-playbook', de: 'corpus/fasttrack-playbook/german-playbook'} as const;
/** The real corpus has about 80 pages per locale. */
const CORPUS_LIKE_PAGES = 80;
const VARIANTS: readonly Variant[] = ['playbook', 'stock'];

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

    const sites = {} as Record<Variant, string>;
    for (const variant of VARIANTS) {
      sites[variant] = benchCopy(ctx, variant, content);
      if (variant === 'stock') stockify(sites[variant]);
    }
    const samples = await alternate(VARIANTS, ctx.repetitions, async (variant, repetition) => {
      ctx.log(`build ${variant} #${repetition + 1}`);
      return (await timedBuild(sites[variant], variant)).ms;
    });
    for (const variant of VARIANTS) ctx.builtSites.set(`overhead:${variant}`, sites[variant]);

    const playbook = median(samples.playbook);
    const stock = median(samples.stock);
    return {
      status: 'ok',
      notes,
      rows: [
        {metric: 'build, playbook plugins', value: round(playbook / 1000, 1), unit: 's', samples: samples.playbook.map((ms) => round(ms / 1000, 1))},
        {metric: 'build, stock Docusaurus', value: round(stock / 1000, 1), unit: 's', samples: samples.stock.map((ms) => round(ms / 1000, 1))},
        {metric: 'overhead ratio', value: round(playbook / stock, 3), unit: '×', target: {kind: 'max', limit: 1.05, text: '≤ 1.05×'}},
      ],
    };
  },
};

export default measure;
