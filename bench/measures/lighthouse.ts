/**
 * 7. Lighthouse (mobile, the default: simulated slow 4G and a 4× slower CPU) on the home page,
 * a process page and the task catalog, playbook and stock, each build served gzipped the way
 * a static host serves it. Reports performance, LCP, TBT and CLS. Stock Docusaurus has no
 * home page of its own here (src/pages is the playbook's) and no catalog: those rows are
 * the playbook's only. Lighthouse is pinned to 12.2.3 (13 needs Node 22).
 */
import path from 'node:path';
import type {Measure, MeasureResult, Row} from '../lib/measure';
import {median, round} from '../lib/stats';
import {builtSite, hasPage, type Variant} from '../lib/site';
import {serveBuild} from '../../tests/support/server';
import {CHROMIUM_ARGS} from '../../tests/support/browser';
import {requireChromium} from '../../tests/support/systemTools';
import {PAGE as PROCESS_PAGE} from './javascript';

const PAGES = [
  {name: 'home', route: '/'},
  {name: 'process page', route: PROCESS_PAGE},
  {name: 'catalog', route: '/tasks'},
] as const;
const VARIANTS: readonly Variant[] = ['playbook', 'stock'];
const MIN_SCORE = 90;

interface Run {
  score: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

type LighthouseModule = typeof import('lighthouse');
type ChromeLauncher = typeof import('chrome-launcher');

async function audit(lighthouse: LighthouseModule['default'], port: number, url: string): Promise<Run> {
  const result = await lighthouse(url, {port, output: 'json', logLevel: 'error', onlyCategories: ['performance']});
  const lhr = result?.lhr;
  if (!lhr || lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr?.runtimeError?.message ?? 'no result'}`);
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
  };
}

const measure: Measure = {
  id: 'lighthouse',
  title: 'Lighthouse mobile: home, a process page, the catalog (served gzipped), playbook vs stock',
  async run(ctx): Promise<MeasureResult> {
    const {default: lighthouse} = (await import('lighthouse')) as LighthouseModule;
    const chromeLauncher = (await import('chrome-launcher')) as ChromeLauncher;
    const runs = new Map<string, Run[]>();
    for (const variant of VARIANTS) {
      const site = await builtSite(ctx, variant, PROCESS_PAGE);
      const server = await serveBuild(path.join(site, 'build'), {compress: true});
      const chrome = await chromeLauncher.launch({chromePath: requireChromium(), chromeFlags: ['--headless=new', ...CHROMIUM_ARGS]});
      try {
        for (let repetition = 0; repetition < ctx.repetitions; repetition++) {
          for (const {name, route} of PAGES) {
            if (!hasPage(site, route)) continue;
            ctx.log(`lighthouse ${variant} ${name} #${repetition + 1}`);
            const key = `${variant}:${name}`;
            runs.set(key, [...(runs.get(key) ?? []), await audit(lighthouse, chrome.port, `${server.url}${route}`)]);
          }
        }
      } finally {
        chrome.kill();
        await server.close();
      }
    }
    const rows: Row[] = [];
    const notes: string[] = ['mobile preset (simulated throttling); median of the runs; LCP and TBT in ms'];
    for (const {name} of PAGES) {
      const playbook = runs.get(`playbook:${name}`);
      if (!playbook) throw new Error(`Lighthouse: the playbook build has no ${name}`);
      const stock = runs.get(`stock:${name}`);
      const of = (list: Run[], pick: (r: Run) => number) => median(list.map(pick));
      rows.push({metric: `${name}: performance, playbook`, value: of(playbook, (r) => r.score), unit: '', samples: playbook.map((r) => r.score), target: {kind: 'min', limit: MIN_SCORE, text: `≥ ${MIN_SCORE}`}});
      if (stock) {
        rows.push(
          {metric: `${name}: performance, stock`, value: of(stock, (r) => r.score), unit: '', samples: stock.map((r) => r.score)},
          {metric: `${name}: performance, playbook − stock`, value: of(playbook, (r) => r.score) - of(stock, (r) => r.score), unit: '', target: {kind: 'min', limit: 0, text: '≥ 0'}},
        );
      } else {
        notes.push(`${name}: stock Docusaurus has no such page`);
      }
      for (const [variant, list] of [['playbook', playbook], ['stock', stock]] as const) {
        if (!list) continue;
        rows.push(
          {metric: `${name}: LCP, ${variant}`, value: round(of(list, (r) => r.lcpMs), 0), unit: 'ms'},
          {metric: `${name}: TBT, ${variant}`, value: round(of(list, (r) => r.tbtMs), 0), unit: 'ms'},
          {metric: `${name}: CLS, ${variant}`, value: round(of(list, (r) => r.cls), 3), unit: ''},
        );
      }
    }
    return {status: 'ok', rows, notes};
  },
};

export default measure;
