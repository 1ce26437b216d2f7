/**
 * Temporary copies of the site for benchmark builds: the repository's own files (no
 * build output, no git), node_modules symlinked, so the repo's build/ is never touched.
 */
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type Variant = 'playbook' | 'stock';

/** Never copied: generated or machine-local. */
const SKIP = new Set(['node_modules', 'build', '.docusaurus', '.git', 'artifacts', 'test-results', '.cache-loader']);
const SKIP_PATHS = new Set(['bench/.work', 'bench/results.json']);

export function copySite(siteDir: string, into: string): string {
  fs.mkdirSync(into, {recursive: true});
  for (const entry of fs.readdirSync(siteDir, {withFileTypes: true})) {
    if (SKIP.has(entry.name)) continue;
    fs.cpSync(path.join(siteDir, entry.name), path.join(into, entry.name), {
      recursive: true,
      filter: (source) => !SKIP_PATHS.has(path.relative(siteDir, source).split(path.sep).join('/')),
    });
  }
  fs.symlinkSync(fs.realpathSync(path.join(siteDir, 'node_modules')), path.join(into, 'node_modules'), 'dir');
  return into;
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

/** A cold production build of both locales; throws with the build's output if it fails. */
export async function buildSite(copyDir: string, variant: Variant): Promise<BuildRun> {
  for (const dir of ['build', '.docusaurus']) fs.rmSync(path.join(copyDir, dir), {recursive: true, force: true});
  const cli = path.join(copyDir, 'node_modules', '@docusaurus', 'core', 'bin', 'docusaurus.mjs');
  const started = performance.now();
  const {code, output} = await new Promise<{code: number | null; output: string}>((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'build'], {
      cwd: copyDir,
      env: {
        ...process.env,
        PLAYBOOK_PLUGINS: variant === 'playbook' ? 'on' : 'off',
        // Cold builds: no bundler cache (it would also land in the shared node_modules).
        DOCUSAURUS_NO_PERSISTENT_CACHE: '1',
        NODE_ENV: 'production',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: string[] = [];
    child.stdout.on('data', (d: Buffer) => chunks.push(d.toString()));
    child.stderr.on('data', (d: Buffer) => chunks.push(d.toString()));
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({code: exitCode, output: chunks.join('')}));
  });
  const ms = performance.now() - started;
  if (code !== 0) throw new Error(`build of ${copyDir} (${variant}) failed with exit code ${code}:\n${output.slice(-4000)}`);
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

