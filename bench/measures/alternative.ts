/**
 * 8. The alternative a user would pick: stock Docusaurus plus @easyops-cn/docusaurus-search-local
 * (a local lunr index) and remark-github-admonitions-to-directives (`> [!TIP]` callouts), on the
 * same content, side by side with the playbook: build time, JavaScript a doc page loads, and
 * bytes a first search transfers (open the search box with Ctrl+K on the process page, type a
 * query at 100 ms per key, until the network is idle; served gzipped like a static host).
 * The playbook must beat it on all three.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {Browser} from 'playwright-core';
import type {BenchContext, Measure, MeasureResult} from '../lib/measure';
import {alternate, median, round} from '../lib/stats';
import {BENCH_LOCALE_ARGS, benchCopy, stockify, timedBuild} from '../lib/site';
import {scriptsLoaded} from '../lib/browser';
import {launchBrowser} from '../../tests/support/browser';
import {serveBuild} from '../../tests/support/server';
import {PAGE} from './javascript';

type Stack = 'playbook' | 'alternative';
const STACKS: readonly Stack[] = ['playbook', 'alternative'];
const CONFIG = 'docusaurus.alternative.config.ts';
const QUERY = 'Intune';

/** The stock site's config plus the two packages, as their READMEs set them up (async: both are ESM). */
const ALTERNATIVE_CONFIG = `import type {Config} from '@docusaurus/types';
import base from './docusaurus.config';

export default async function createConfig(): Promise<Config> {
  const admonitions = (await import('remark-github-admonitions-to-directives')).default;
  const presets = (base.presets ?? []).map((preset) => {
    if (!Array.isArray(preset) || preset[0] !== 'classic') return preset;
    const options = preset[1] as {docs: {beforeDefaultRemarkPlugins?: unknown[]}};
    return ['classic', {...options, docs: {...options.docs, beforeDefaultRemarkPlugins: [...(options.docs.beforeDefaultRemarkPlugins ?? []), admonitions]}}];
  });
  return {
    ...base,
    presets: presets as Config['presets'],
    themes: [[require.resolve('@easyops-cn/docusaurus-search-local'), {hashed: true, language: ['en', 'de'], indexBlog: false, docsRouteBasePath: 'docs'}]],
  };
}
`;

/** The content the other measures built (the corpus) when plugin-overhead ran, else the repository's. */
function contentDir(ctx: BenchContext): string {
  return ctx.builtSites.get('overhead:content') ?? ctx.siteDir;
}

async function firstSearchBytes(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  await page.goto(url, {waitUntil: 'networkidle'});
  await page.waitForSelector('html[data-has-hydrated="true"]');
  const sizes: Promise<number>[] = [];
  page.on('requestfinished', (request) => sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize)));
  await page.keyboard.press('Control+k');
  await page.keyboard.type(QUERY, {delay: 100});
  await page.waitForLoadState('networkidle');
  // A box that debounces may ask once more after the last key.
  await page.waitForTimeout(500);
  await page.waitForLoadState('networkidle');
  const total = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  await context.close();
  return total;
}

const measure: Measure = {
  id: 'alternative',
  title: 'Alternative stack (stock + docusaurus-search-local + GitHub admonitions) vs playbook',
  async run(ctx): Promise<MeasureResult> {
    const content = contentDir(ctx);
    const sites: Record<Stack, string> = {playbook: benchCopy(ctx, 'alt-playbook', content), alternative: benchCopy(ctx, 'alt-alternative', content)};
    stockify(sites.alternative);
    fs.writeFileSync(path.join(sites.alternative, CONFIG), ALTERNATIVE_CONFIG);
    const samples = await alternate(STACKS, ctx.repetitions, async (stack, repetition) => {
      ctx.log(`build ${stack} #${repetition + 1}`);
      return stack === 'playbook'
        ? (await timedBuild(sites.playbook, 'playbook')).ms
        : (await timedBuild(sites.alternative, 'stock', {args: [...BENCH_LOCALE_ARGS, '--config', CONFIG]})).ms;
    });

    const js = {} as Record<Stack, number>;
    const search = {} as Record<Stack, number>;
    const browser = await launchBrowser();
    try {
      for (const stack of STACKS) {
        const server = await serveBuild(path.join(sites[stack], 'build'), {compress: true});
        try {
          js[stack] = (await scriptsLoaded(browser, `${server.url}${PAGE}`)).gzipBytes;
          search[stack] = await firstSearchBytes(browser, `${server.url}${PAGE}`);
        } finally {
          await server.close();
        }
      }
    } finally {
      await browser.close();
    }
    const seconds = (ms: number) => round(ms / 1000, 1);
    const kb = (bytes: number) => round(bytes / 1024, 1);
    const beats = {kind: 'max' as const, limit: 0.999, text: '< 1× (beats it)'};
    const playbook = median(samples.playbook);
    const alternative = median(samples.alternative);
    return {
      status: 'ok',
      notes: [
        `content: ${content === ctx.siteDir ? "the repository's own pages" : 'the plugin-overhead content (the corpus)'}; page: ${PAGE}; query "${QUERY}"`,
      ],
      rows: [
        {metric: 'build, playbook', value: seconds(playbook), unit: 's', samples: samples.playbook.map(seconds)},
        {metric: 'build, alternative', value: seconds(alternative), unit: 's', samples: samples.alternative.map(seconds)},
        {metric: 'build time, playbook / alternative', value: round(playbook / alternative, 3), unit: '×', target: beats},
        {metric: 'JS a doc page loads, playbook', value: kb(js.playbook), unit: 'KB gz'},
        {metric: 'JS a doc page loads, alternative', value: kb(js.alternative), unit: 'KB gz'},
        {metric: 'JS, playbook / alternative', value: round(js.playbook / js.alternative, 3), unit: '×', target: beats},
        {metric: 'first search, playbook', value: kb(search.playbook), unit: 'KB'},
        {metric: 'first search, alternative', value: kb(search.alternative), unit: 'KB'},
        {metric: 'first search bytes, playbook / alternative', value: round(search.playbook / search.alternative, 3), unit: '×', target: beats},
      ],
    };
  },
};

export default measure;
