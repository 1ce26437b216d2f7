/**
 * `npm run bench [-- --quick] [--only id,id] [--repetitions N] [--out file.json]`: runs the measures in order
 * in this one process, prints a table and writes bench/results.json, and the same as Markdown
 * beside it (`results.md`; a full run writes bench/RESULTS.md, the run on the record). Not part of
 * the test suite. Each measure is a module whose default export is a `Measure` (bench/lib/measure.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import type {BenchContext, Measure, MeasureResult} from './lib/measure';
import {formatMarkdown, formatTable} from './lib/report';

const SITE_DIR = path.resolve(__dirname, '..');
const RESULTS = path.join(__dirname, 'results.json');
/** The full run's table, committed (see CONTRIBUTING.md, "Benchmark"). */
const RECORD = path.join(__dirname, 'RESULTS.md');

/** The measures, in the order of the table. */
const MEASURES: readonly {id: string; load: () => Promise<unknown>}[] = [
  {id: 'plugin-overhead', load: () => import('./measures/plugin-overhead')},
  {id: 'scale', load: () => import('./measures/scale')},
  {id: 'javascript', load: () => import('./measures/javascript')},
  {id: 'search', load: () => import('./measures/search')},
  {id: 'catalog-filter', load: () => import('./measures/catalog-filter')},
  {id: 'task-functions', load: () => import('./measures/task-functions')},
  {id: 'lighthouse', load: () => import('./measures/lighthouse')},
  {id: 'alternative', load: () => import('./measures/alternative')},
];

/** A module's default export, through the CommonJS wrapper tsx may add around it. */
function defaultExport(module: unknown): Measure {
  let value = module;
  for (let depth = 0; depth < 2 && value && typeof value === 'object' && !('run' in value) && 'default' in value; depth++) {
    value = (value as {default: unknown}).default;
  }
  if (!value || typeof (value as Measure).run !== 'function') throw new Error('a bench measure module must export a default Measure ({id, title, run})');
  return value as Measure;
}

async function main(): Promise<void> {
  const {values} = parseArgs({
    options: {quick: {type: 'boolean', default: false}, only: {type: 'string'}, repetitions: {type: 'string'}, out: {type: 'string'}},
  });
  const resultsFile = values.out ? path.resolve(values.out) : RESULTS;
  const quick = values.quick ?? false;
  const only = values.only ? new Set(values.only.split(',')) : null;
  const selected = MEASURES.filter(({id}) => !only || only.has(id));
  if (only && selected.length !== only.size) throw new Error(`--only: unknown measure; choose from ${MEASURES.map((m) => m.id).join(', ')}`);
  const repetitions = values.repetitions ? Number(values.repetitions) : quick ? 1 : 3;
  if (!Number.isInteger(repetitions) || repetitions < 1) throw new Error(`--repetitions must be a whole number ≥ 1, not "${values.repetitions}"`);

  const runStarted = performance.now();
  const temps: string[] = [];
  const ctx: BenchContext = {
    quick,
    repetitions,
    siteDir: SITE_DIR,
    log: (message) => process.stderr.write(`  … ${message}\n`),
    builtSites: new Map(),
    tempDir: (dir) => (temps.push(dir), dir),
  };

  const results: {id: string; title: string; seconds: number; result: MeasureResult}[] = [];
  const removeTemps = () => temps.forEach((dir) => fs.rmSync(dir, {recursive: true, force: true}));
  // Results so far are on disk after each measure, so an interrupted long run keeps them.
  const writeResults = (complete: boolean) => {
    const report = {
      date: new Date().toISOString(),
      complete,
      quick,
      repetitions,
      machine: {cpus: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: process.platform},
      measures: results,
    };
    fs.writeFileSync(resultsFile, `${JSON.stringify(report, null, 2)}\n`);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      removeTemps();
      process.exit(130);
    });
  }
  try {
    for (const {id, load} of selected) {
      const measure = defaultExport(await load());
      process.stderr.write(`${id}\n`);
      const started = performance.now();
      let result: MeasureResult;
      try {
        result = await measure.run(ctx);
      } catch (error) {
        result = {status: 'failed', error: error instanceof Error ? error.message : String(error)};
      }
      results.push({id, title: measure.title, seconds: Math.round((performance.now() - started) / 1000), result});
      writeResults(false);
    }
  } finally {
    removeTemps();
  }

  process.stdout.write(`${formatTable(results)}\n`);
  writeResults(true);
  const fullRun = !quick && !only && !values.repetitions && !values.out;
  const markdownFile = fullRun ? RECORD : resultsFile.replace(/\.json$/, '') + '.md';
  const command = ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' ');
  const cpus = os.cpus();
  fs.writeFileSync(
    markdownFile,
    formatMarkdown(results, {
      date: new Date().toISOString(),
      command,
      machine: {cpus: cpus.length, cpuModel: cpus[0]?.model ?? 'unknown CPU', memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${process.platform} ${os.release()}`},
      repetitions,
      seconds: (performance.now() - runStarted) / 1000,
    }),
  );
  process.stdout.write(`\nwrote ${path.relative(process.cwd(), resultsFile)} and ${path.relative(process.cwd(), markdownFile)}\n`);
  if (results.some((r) => r.result.status === 'failed')) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
