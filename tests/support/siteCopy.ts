import {spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const SITE_DIR = path.resolve(__dirname, '../..');
// Generated or machine-local; everything else is the site.
const SKIP = new Set(['node_modules', 'build', '.docusaurus', '.git', 'artifacts', 'test-results', 'bench']);

/**
 * A throwaway copy of the site (node_modules symlinked) with extra or replaced files,
 * so a test can build a modified site without touching the repo's own build/.
 */
export function copySite(files: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'playbook-site-'));
  for (const entry of fs.readdirSync(SITE_DIR)) {
    if (SKIP.has(entry)) continue;
    fs.cpSync(path.join(SITE_DIR, entry), path.join(dir, entry), {recursive: true});
  }
  fs.symlinkSync(fs.realpathSync(path.join(SITE_DIR, 'node_modules')), path.join(dir, 'node_modules'), 'dir');
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), {recursive: true});
    fs.writeFileSync(path.join(dir, rel), content);
  }
  return dir;
}

export interface BuildResult {
  status: number | null;
  output: string;
}

/**
 * Runs a real production build (all locales, or `args` such as `--locale en --locale fr`);
 * resolves with its exit status and everything it printed. Asynchronous, so the test
 * runner stays responsive meanwhile.
 */
export function buildSite(dir: string, env: Record<string, string> = {}, args: string[] = []): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(dir, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build', ...args], {
      cwd: dir,
      env: {...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1'},
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({status, output}));
  });
}

export function removeSite(dir: string): void {
  fs.rmSync(dir, {recursive: true, force: true});
}
