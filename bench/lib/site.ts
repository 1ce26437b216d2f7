/**
 * Temporary copies of the site for benchmark builds: the repository's own files (no
 * build output, no git), node_modules symlinked, so the repo's build/ is never touched.
 */
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {buildSite, copySite} from '../../tests/support/siteCopy';
import type {BenchContext} from './measure';

export type Variant = 'playbook' | 'stock';

/** A copy of `from` (the repository by default) for a measure's builds, removed when the run ends. */
export function benchCopy(ctx: BenchContext, name: string, from = ctx.siteDir): string {
  return ctx.tempDir(copySite({}, {from, prefix: `playbook-bench-${name}`}));
}

export function makeTempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `playbook-bench-${prefix}-`));
}

/** What {@link stockify} removes: the theme wrappers and the playbook's own pages. */
export const STOCK_REMOVES = ['src/theme', 'src/pages'] as const;

/**
 * Turns a site copy into stock Docusaurus on the same content files: no theme wrappers or
 * pages of the playbook, and (through PLAYBOOK_PLUGINS=off at build time) no playbook
 * remark/rehype or site plugins. `src/components` stays: the config still imports the plugin
 * modules (some read constants of a component, e.g. TaskPage/ids), and with the plugins off
 * no route uses a component, so none reaches the stock build.
 */
export function stockify(copyDir: string): void {
  for (const dir of STOCK_REMOVES) {
    fs.rmSync(path.join(copyDir, dir), {recursive: true, force: true});
  }
}

export interface BuildRun {
  ms: number;
  output: string;
  /** Peak resident memory of the build process (MiB), where the system reports it. */
  peakRssMiB?: number;
  /** CPU seconds (user + system) of the build, where /usr/bin/time exists: steadier than `ms` on a busy machine. */
  cpuSeconds?: number;
}

export interface BuildOptions {
  /** Extra environment, e.g. DocSearch's variables (a build without the local search index). */
  env?: Record<string, string>;
  /** `docusaurus build` arguments; `--locale en --locale de` (BENCH_LOCALE_ARGS) by default. */
  args?: string[];
}

/**
 * The locales the measures build: the corpus and the generated pages are English and German
 * (the measure); the site's other locales (es, ja) would only build stand-ins of them.
 */
export const BENCH_LOCALES = ['en', 'de'] as const;
export const BENCH_LOCALE_ARGS: readonly string[] = BENCH_LOCALES.flatMap((locale) => ['--locale', locale]);

/** DocSearch variables: the site then ships Algolia's box and builds no Pagefind index (src/search/config.ts). */
export const DOCSEARCH_ENV = {DOCSEARCH_APP_ID: 'BENCH', DOCSEARCH_API_KEY: 'bench', DOCSEARCH_INDEX_NAME: 'bench'} as const;

/** A cold production build of every locale, timed; throws with the build's output if it fails. */
export async function timedBuild(copyDir: string, variant: Variant, options: BuildOptions = {}): Promise<BuildRun> {
  const started = performance.now();
  const env = {PLAYBOOK_PLUGINS: variant === 'playbook' ? 'on' : 'off', NODE_ENV: 'production', ...options.env};
  const {status, output, peakRssKiB, cpuSeconds} = await buildSite(copyDir, env, [...(options.args ?? BENCH_LOCALE_ARGS)], {cpu: true});
  const ms = performance.now() - started;
  if (status !== 0) throw new Error(`build of ${copyDir} (${variant}) failed with exit code ${status}:\n${output.slice(-4000)}`);
  return {ms, output, ...(peakRssKiB === undefined ? {} : {peakRssMiB: peakRssKiB / 1024}), ...(cpuSeconds === undefined ? {} : {cpuSeconds})};
}

/** Runs an npm script in a site copy (e.g. the importer); throws with its output if it fails. */
export async function runScript(copyDir: string, script: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', script, '--', ...args], {cwd: copyDir, stdio: ['ignore', 'pipe', 'pipe']});
    const chunks: string[] = [];
    child.stdout.on('data', (d: Buffer) => chunks.push(d.toString()));
    child.stderr.on('data', (d: Buffer) => chunks.push(d.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(chunks.join('')) : reject(new Error(`npm run ${script} ${args.join(' ')} failed (${code}):\n${chunks.join('').slice(-4000)}`)),
    );
  });
}

/** The shared material (corpus), from PLAYBOOK_SHARED_DIR, `<repo>/../shared`, or /work/shared. */
export function sharedDir(siteDir: string): string | null {
  const candidates = [process.env.PLAYBOOK_SHARED_DIR, path.resolve(siteDir, '../shared'), '/work/shared'];
  return candidates.find((dir): dir is string => !!dir && fs.existsSync(path.join(dir, 'corpus'))) ?? null;
}


/**
 * A built site of `variant` that has `page` (a route such as `/docs/x`): the plugin-overhead
 * build (the corpus) when that measure ran, else a build of the repository's own content.
 */
export async function builtSite(ctx: BenchContext, variant: Variant, page: string): Promise<string> {
  const pageFile = (dir: string) => path.join(dir, 'build', page === '/' ? 'index.html' : `${page.slice(1)}.html`);
  const known = ctx.builtSites.get(`overhead:${variant}`) ?? ctx.builtSites.get(`repo:${variant}`);
  if (known && fs.existsSync(pageFile(known))) return known;
  const site = benchCopy(ctx, `repo-${variant}`);
  if (variant === 'stock') stockify(site);
  ctx.log(`build ${variant} (the repository's content)`);
  await timedBuild(site, variant);
  ctx.builtSites.set(`repo:${variant}`, site);
  if (!fs.existsSync(pageFile(site))) throw new Error(`the ${variant} build has no ${page}`);
  return site;
}

/** Whether a built site has a page at `route`. */
export function hasPage(site: string, route: string): boolean {
  const rel = route === '/' ? 'index.html' : `${route.replace(/^\/|\/$/g, '')}.html`;
  return fs.existsSync(path.join(site, 'build', rel)) || fs.existsSync(path.join(site, 'build', route.replace(/^\/|\/$/g, ''), 'index.html'));
}
