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

/**
 * Turns a site copy into stock Docusaurus on the same content files: no theme wrappers,
 * pages or components of the playbook, and (through PLAYBOOK_PLUGINS=off at build time)
 * no playbook remark/rehype or site plugins.
 */
export function stockify(copyDir: string): void {
  for (const dir of ['src/theme', 'src/pages', 'src/components']) {
    fs.rmSync(path.join(copyDir, dir), {recursive: true, force: true});
  }
}

export interface BuildRun {
  ms: number;
  output: string;
}

/** A cold production build of every locale, timed; throws with the build's output if it fails. */
export async function timedBuild(copyDir: string, variant: Variant): Promise<BuildRun> {
  const started = performance.now();
  const {status, output} = await buildSite(copyDir, {PLAYBOOK_PLUGINS: variant === 'playbook' ? 'on' : 'off', NODE_ENV: 'production'});
  const ms = performance.now() - started;
  if (status !== 0) throw new Error(`build of ${copyDir} (${variant}) failed with exit code ${status}:\n${output.slice(-4000)}`);
  return {ms, output};
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

