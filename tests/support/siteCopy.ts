import {spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const SITE_DIR = path.resolve(__dirname, '../..');

/** Not part of a site copy: installs, build output, caches, test output, VCS. */
const LEFT_OUT = new Set(['node_modules', 'build', '.docusaurus', '.git', 'artifacts', 'test-results', 'bench']);

/**
 * A temporary copy of the site (node_modules symlinked), so tests can import content and
 * build without disturbing the repo's own files or `build/`.
 */
export function copySite(prefix = 'playbook-site-'): {dir: string; remove: () => void} {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const entry of fs.readdirSync(SITE_DIR)) {
    if (LEFT_OUT.has(entry)) continue;
    fs.cpSync(path.join(SITE_DIR, entry), path.join(dir, entry), {recursive: true});
  }
  fs.symlinkSync(fs.realpathSync(path.join(SITE_DIR, 'node_modules')), path.join(dir, 'node_modules'), 'dir');
  return {dir, remove: () => fs.rmSync(dir, {recursive: true, force: true})};
}

export interface BuildResult {
  code: number;
  output: string;
}

/** `docusaurus build` in a site copy; resolves with the exit code and everything it printed. */
export function buildSite(dir: string, args: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(dir, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build', ...args], {
      cwd: dir,
      env: {...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1'},
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({code: code ?? 1, output}));
  });
}
