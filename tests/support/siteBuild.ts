import {execFile} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';

const SITE_DIR = path.resolve(__dirname, '../..');
/** Never copied: dependencies (symlinked instead), build output and caches. */
const SKIP = new Set(['node_modules', 'build', '.docusaurus', '.git', 'artifacts', 'test-results', 'bench']);

export interface SiteBuild {
  /** The temporary copy of the site. */
  siteDir: string;
  /** Its `build/` directory (the default locale; other locales in `build/<locale>`). */
  outDir: string;
  /** Everything the build printed. */
  log: string;
  remove: () => void;
}

/**
 * Builds a copy of the site (both locales) with extra or replaced files, in a temp dir, so the
 * repo's own `build/` is left alone. `files` maps site-relative paths to contents.
 */
export async function buildSiteCopy(files: Record<string, string> = {}): Promise<SiteBuild> {
  const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'playbook-site-'));
  for (const entry of fs.readdirSync(SITE_DIR)) {
    if (SKIP.has(entry)) continue;
    fs.cpSync(path.join(SITE_DIR, entry), path.join(siteDir, entry), {recursive: true});
  }
  fs.symlinkSync(fs.realpathSync(path.join(SITE_DIR, 'node_modules')), path.join(siteDir, 'node_modules'), 'dir');
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(siteDir, rel)), {recursive: true});
    fs.writeFileSync(path.join(siteDir, rel), content);
  }
  const remove = () => fs.rmSync(siteDir, {recursive: true, force: true});
  try {
    const {stdout, stderr} = await promisify(execFile)('npx', ['docusaurus', 'build'], {cwd: siteDir, maxBuffer: 64 * 1024 * 1024, env: {...process.env, FORCE_COLOR: '0'}});
    return {siteDir, outDir: path.join(siteDir, 'build'), log: `${stdout}\n${stderr}`, remove};
  } catch (error) {
    const {stdout = '', stderr = ''} = error as {stdout?: string; stderr?: string};
    remove();
    throw new Error(`docusaurus build failed in a copy of the site:\n${stdout}\n${stderr}`);
  }
}
