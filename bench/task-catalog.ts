/**
 * Speed targets for FTOP tasks (`npm run bench`): the catalog must stay responsive with 10,000
 * tasks, and extracting tasks from the whole playbook corpus must be cheap per build.
 */
import fs from 'node:fs';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {parsePage} from '../src/content/parsePage';
import {extractPageTasks} from '../src/tasks/extract';
import {EMPTY_TASK_QUERY, filterOptions, filterTasks, searchTextOf, type CatalogTask} from '../src/tasks/catalog';

const TASKS = 10_000;
const SERVICES = ['Exchange', 'Intune', 'AIP', 'SharePoint', 'OneDrive for Business', 'Teams', 'MDATP', 'Core Onboarding'];
const ROLES = ['FastTrack Engineer', 'SME', 'FastTrack Manager', 'FastTrack Architect v2'];
const PHASES = ['Initiate', 'Assess', 'Remediate', 'Enable', 'Migrate', 'Success'];

function syntheticCatalog(): CatalogTask[] {
  return Array.from({length: TASKS}, (_, i) => {
    const url = `/docs/phase-${i % 6}/page-${i % 400}`;
    const id = String(1000 + i);
    return {
      id, name: `${SERVICES[i % 8]} - Task number ${i} with a longer descriptive name`, requirement: i % 3 === 0 ? 'required' : 'optional',
      role: ROLES[i % 4]!, services: [SERVICES[i % 8]!, SERVICES[(i + 3) % 8]!], phase: PHASES[i % 6]!,
      page: {title: `Page ${i % 400}`, url}, url: `${url}#task-${id}`, locale: 'en', method: `Method ${i % 50}`,
    };
  });
}

/** Median milliseconds of `runs` calls. */
function time(fn: () => unknown, runs = 21): number {
  const samples = Array.from({length: runs}, () => {
    const start = performance.now();
    fn();
    return performance.now() - start;
  }).sort((a, b) => a - b);
  return samples[Math.floor(runs / 2)]!;
}

const results: {name: string; ms: number; target: number}[] = [];
const tasks = syntheticCatalog();
let texts: string[] = [];
results.push({name: `index ${TASKS} tasks for search (once per page load)`, ms: time(() => (texts = tasks.map(searchTextOf))), target: 100});
results.push({name: 'filter options (once per page load)', ms: time(() => filterOptions(tasks, 'de')), target: 100});
for (const [label, query] of [
  ['keystroke: text "task 39"', {q: 'task 39'}],
  ['keystroke: ID "1234"', {q: '1234'}],
  ['select: service + phase', {service: 'Intune', phase: 'Enable'}],
] as const) {
  results.push({name: `${label} over ${TASKS} tasks`, ms: time(() => filterTasks(tasks, {...EMPTY_TASK_QUERY, ...query}, texts)), target: 16});
}

const corpus = path.resolve(process.env.PLAYBOOK_SHARED_DIR ?? path.resolve(__dirname, '../../shared'), 'corpus/fasttrack-playbook');
const corpusDir = fs.existsSync(corpus) ? corpus : '/work/shared/corpus/fasttrack-playbook';
if (fs.existsSync(corpusDir)) {
  const files = ['english-playbook', 'german-playbook'].flatMap((dir) =>
    fs.readdirSync(path.join(corpusDir, dir)).filter((f) => f.endsWith('.md')).map((f) => fs.readFileSync(path.join(corpusDir, dir, f), 'utf8')));
  let found = 0;
  // What the catalog plugin does for each page of a build: parse and extract.
  const extractAll = () => (found = files.reduce((n, md) => n + extractPageTasks(parsePage(md)).tables.reduce((m, t) => m + t.rows.length, 0), 0));
  const ms = time(extractAll, 3);
  results.push({name: `catalog extraction, per page (${files.length} corpus pages, ${found} task rows)`, ms: ms / files.length, target: 100});
} else {
  console.warn(`Corpus not found at ${corpus}; skipping the extraction benchmark.`);
}

let failed = false;
for (const {name, ms, target} of results) {
  const ok = ms <= target;
  failed ||= !ok;
  console.log(`${ok ? 'ok  ' : 'SLOW'}  ${ms.toFixed(1).padStart(8)} ms  (target ${target} ms)  ${name}`);
}
process.exitCode = failed ? 1 : 0;
