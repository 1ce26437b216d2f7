/**
 * `npm run bench [-- --quick] [-- --only id,id]`: runs the measures in order in this one
 * process, prints a table and writes bench/results.json. Not part of the test suite.
 * Every measure is a module in bench/measures/ exporting a default `Measure`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import type {BenchContext, Measure, MeasureResult} from './lib/measure';
import {formatTable} from './lib/report';

const SITE_DIR = path.resolve(__dirname, '..');
const RESULTS = path.join(__dirname, 'results.json');
/** The order of the table; measures found in bench/measures/ but not listed run last. */
const ORDER = ['plugin-overhead', 'scale', 'javascript', 'search', 'catalog-filter'];
/** Measures other branches bring, and which issue brings them. */
const EXPECTED: Record<string, string> = {search: 'issue 6: Pagefind search and bench/measures/search.ts'};

/** A module's default export, through the CommonJS wrapper tsx may add around it. */
function defaultExport(module: unknown): Measure | undefined {
  let value = module;
  for (let depth = 0; depth < 2 && value && typeof value === 'object' && !('run' in value) && 'default' in value; depth++) {
    value = (value as {default: unknown}).default;
  }
  return value as Measure | undefined;
}

async function loadMeasures(): Promise<Map<string, Measure>> {
  const dir = path.join(__dirname, 'measures');
  const measures = new Map<string, Measure>();
  for (const file of fs.readdirSync(dir).filter((f) => /\.ts$/.test(f) && !f.endsWith('.test.ts')).sort()) {
    const measure = defaultExport(await import(path.join(dir, file)));
    if (!measure || typeof measure.run !== 'function') throw new Error(`bench/measures/${file} must export a default Measure ({id, title, run})`);
    measures.set(measure.id, measure);
  }
  return measures;
}

async function main(): Promise<void> {
  const {values} = parseArgs({options: {quick: {type: 'boolean', default: false}, only: {type: 'string'}, repetitions: {type: 'string'}}});
  const quick = values.quick ?? false;
  const only = values.only ? new Set(values.only.split(',')) : null;
  const temps: string[] = [];
  const ctx: BenchContext = {
    quick,
    repetitions: values.repetitions ? Number(values.repetitions) : quick ? 1 : 3,
    siteDir: SITE_DIR,
    log: (message) => process.stderr.write(`  … ${message}\n`),
    builtSites: new Map(),
    tempDir: (dir) => (temps.push(dir), dir),
  };

  const measures = await loadMeasures();
  const ids = [...ORDER, ...[...measures.keys()].filter((id) => !ORDER.includes(id))].filter((id) => !only || only.has(id));
  const results: {id: string; title: string; seconds: number; result: MeasureResult}[] = [];
  try {
    for (const id of ids) {
      const measure = measures.get(id);
      const started = performance.now();
      process.stderr.write(`${id}\n`);
      let result: MeasureResult;
      if (!measure) {
        result = {status: 'not available', needs: EXPECTED[id] ?? `bench/measures/${id}.ts`};
      } else {
        try {
          result = await measure.run(ctx);
        } catch (error) {
          result = {status: 'failed', error: error instanceof Error ? error.message : String(error)};
        }
      }
      results.push({id, title: measure?.title ?? id, seconds: Math.round((performance.now() - started) / 1000), result});
    }
  } finally {
    for (const dir of temps) fs.rmSync(dir, {recursive: true, force: true});
  }

  process.stdout.write(`${formatTable(results)}\n`);
  const report = {
    date: new Date().toISOString(),
    quick,
    repetitions: ctx.repetitions,
    machine: {cpus: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: process.platform},
    measures: results,
  };
  fs.writeFileSync(RESULTS, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`\nwrote ${path.relative(process.cwd(), RESULTS)}\n`);
  if (results.some((r) => r.result.status === 'failed')) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
