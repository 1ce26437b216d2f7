/**
 * 4. Search: bytes a first query transfers, at corpus size and 10×, per locale
 * (`measureSearch` in bench/lib/search.ts), on the plugin-overhead build (the corpus).
 */
import fs from 'node:fs';
import path from 'node:path';
import type {BenchContext, Measure, MeasureResult, Row} from '../lib/measure';
import {measureSearch, SEARCH_BUDGET} from '../lib/search';
import {round} from '../lib/stats';
import {benchCopy, makeTempDir, timedBuild} from '../lib/site';

const FIRST_QUERY_LIMIT_KB = SEARCH_BUDGET.firstQueryBytes / 1024;
const GROWTH_LIMIT = SEARCH_BUDGET.growthAt10x;

/** The build to measure: the plugin-overhead build (the corpus) when that measure ran. */
async function corpusBuild(ctx: BenchContext): Promise<{buildDir: string; content: string}> {
  const known = ctx.builtSites.get('overhead:playbook');
  if (known && fs.existsSync(path.join(known, 'build', 'index.html'))) {
    return {buildDir: path.join(known, 'build'), content: 'the plugin-overhead content'};
  }
  const site = benchCopy(ctx, 'search');
  ctx.log('build the repository content for search');
  await timedBuild(site, 'playbook');
  return {buildDir: path.join(site, 'build'), content: "the repository's own pages"};
}

const measure: Measure = {
  id: 'search',
  title: 'Search: bytes for a first query, corpus size and 10×',
  async run(ctx): Promise<MeasureResult> {
    const {buildDir, content} = await corpusBuild(ctx);
    const workDir = ctx.tempDir(makeTempDir('search-scaled'));
    const measurements = await measureSearch(buildDir, {scales: [1, 10], workDir});
    const rows: Row[] = [];
    for (const language of [...new Set(measurements.map((m) => m.language))]) {
      const at = (scale: number) => measurements.find((m) => m.language === language && m.scale === scale);
      const base = at(1);
      const scaled = at(10);
      if (!base || !scaled) throw new Error(`search: no 1× and 10× measurement for ${language}`);
      const kb = (bytes: number) => round(bytes / 1024, 1);
      const limit = {kind: 'max' as const, limit: FIRST_QUERY_LIMIT_KB, text: `≤ ${FIRST_QUERY_LIMIT_KB} KB`};
      rows.push(
        {metric: `${language}: index at 1× (${base.pages} pages)`, value: kb(base.index.bytes), unit: 'KB'},
        {metric: `${language}: first query at 1×`, value: kb(base.firstQuery.bytes), unit: 'KB', target: limit},
        {metric: `${language}: first query at 10× (${scaled.pages} pages)`, value: kb(scaled.firstQuery.bytes), unit: 'KB', target: limit},
        {
          metric: `${language}: growth 1× → 10×`,
          value: round(scaled.firstQuery.bytes / base.firstQuery.bytes, 2),
          unit: '×',
          target: {kind: 'max', limit: GROWTH_LIMIT, text: `≤ ${GROWTH_LIMIT}×`},
        },
      );
    }
    return {status: 'ok', rows, notes: [`content: ${content}; bytes as transferred, gzip where a host compresses`]};
  },
};

export default measure;
