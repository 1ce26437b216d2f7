/**
 * Throwaway copies of the site, and real production builds of them: the one site copier that
 * tests, the corpus test and the benchmark share, so the repo's own build/ is never touched.
 */
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const SITE_DIR = path.resolve(__dirname, '../..');

/** Never copied: dependencies (symlinked instead), build output, caches, machine-local files, the benchmark. */
const SKIP = new Set(['node_modules', 'build', '.docusaurus', '.cache-loader', '.git', 'artifacts', 'test-results', 'bench']);

export interface CopyOptions {
  /** The site to copy; this repository by default. */
  from?: string;
  /** Where to put the copy; a new temp dir by default. */
  into?: string;
  /** Temp dir name prefix. */
  prefix?: string;
}

/**
 * A copy of the site (node_modules symlinked) with extra or replaced files: `files` maps
 * site-relative paths to contents.
 */
export function copySite(files: Record<string, string> = {}, options: CopyOptions = {}): string {
  const from = options.from ?? SITE_DIR;
  const dir = options.into ?? fs.mkdtempSync(path.join(os.tmpdir(), `${options.prefix ?? 'playbook-site'}-`));
  fs.mkdirSync(dir, {recursive: true});
  for (const entry of fs.readdirSync(from)) {
    if (SKIP.has(entry)) continue;
    fs.cpSync(path.join(from, entry), path.join(dir, entry), {recursive: true});
  }
  fs.symlinkSync(fs.realpathSync(path.join(from, 'node_modules')), path.join(dir, 'node_modules'), 'dir');
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), {recursive: true});
    fs.writeFileSync(path.join(dir, rel), content);
  }
  return dir;
}

export interface BuildResult {
  status: number | null;
  output: string;
  /** The build process's peak resident memory (Linux's VmHWM), when the system reports it. */
  peakRssKiB?: number;
  /** CPU seconds (user + system) of the build and the processes it waited for, with `{cpu: true}` where /usr/bin/time exists. */
  cpuSeconds?: number;
}

export interface BuildSiteOptions {
  /**
   * Also measure the build's CPU time with /usr/bin/time (the benchmark: on a shared machine
   * CPU seconds vary far less than wall time). Peak memory then comes from it too.
   */
  cpu?: boolean;
}

const TIME = '/usr/bin/time';

/**
 * `/usr/bin/time -f '%U %S %M'` output: CPU seconds and peak resident KiB; undefined when it has
 * none (its last line; a failed command adds a "Command exited" line before it).
 */
export function parseTimeOutput(text: string): {cpuSeconds: number; peakRssKiB: number} | undefined {
  const match = /^(\d+(?:\.\d+)?) (\d+(?:\.\d+)?) (\d+)\s*$/m.exec(text.trim().split('\n').at(-1) ?? '');
  return match ? {cpuSeconds: Math.round((Number(match[1]) + Number(match[2])) * 100) / 100, peakRssKiB: Number(match[3])} : undefined;
}

function readTimeFile(file: string): {cpuSeconds: number; peakRssKiB: number} | undefined {
  try {
    return parseTimeOutput(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  } finally {
    fs.rmSync(file, {force: true});
  }
}

/** A process's peak resident memory so far, from /proc (Linux); undefined elsewhere. */
function peakRssOf(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs a real, cold production build of a site copy (all locales, or `args` such as
 * `--locale en --locale fr`); resolves with its exit status and everything it printed.
 * No persistent bundler cache: every page really goes through the plugins, and nothing
 * lands in the node_modules the copies share.
 */
export function buildSite(dir: string, env: Record<string, string> = {}, args: string[] = [], options: BuildSiteOptions = {}): Promise<BuildResult> {
  for (const generated of ['build', '.docusaurus']) fs.rmSync(path.join(dir, generated), {recursive: true, force: true});
  const command = [process.execPath, path.join(dir, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build', ...args];
  const timeFile = options.cpu && fs.existsSync(TIME) ? path.join(os.tmpdir(), `playbook-build-time-${process.pid}-${Date.now()}.txt`) : null;
  if (timeFile) command.unshift(TIME, '-f', '%U %S %M', '-o', timeFile);
  return new Promise((resolve, reject) => {
    const child = spawn(command[0]!, command.slice(1), {
      cwd: dir,
      env: {...process.env, DOCUSAURUS_NO_PERSISTENT_CACHE: '1', NO_UPDATE_NOTIFIER: '1', ...env, FORCE_COLOR: '0', NO_COLOR: '1'},
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    // The high-water mark only grows; read it until the process is gone (the bench reports it).
    let peakRssKiB: number | undefined;
    const sampler = setInterval(() => (peakRssKiB = peakRssOf(child.pid) ?? peakRssKiB), 250);
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => (clearInterval(sampler), reject(error)));
    child.on('close', (status) => {
      clearInterval(sampler);
      const timed = timeFile ? readTimeFile(timeFile) : undefined;
      if (timed) resolve({status, output, ...timed});
      else resolve({status, output, ...(peakRssKiB === undefined ? {} : {peakRssKiB})});
    });
  });
}

export function removeSite(dir: string): void {
  fs.rmSync(dir, {recursive: true, force: true});
}

export interface SiteBuild {
  /** The temporary copy of the site. */
  siteDir: string;
  /** Its `build/` directory (the default locale; other locales in `build/<locale>`). */
  outDir: string;
  /** Everything the build printed. */
  log: string;
  remove: () => void;
}

/** A copy of the site with `files`, built (every locale); throws with the build's output if it fails. */
export async function buildSiteCopy(files: Record<string, string> = {}): Promise<SiteBuild> {
  const siteDir = copySite(files);
  const remove = () => removeSite(siteDir);
  const {status, output} = await buildSite(siteDir);
  if (status !== 0) {
    remove();
    throw new Error(`docusaurus build failed in a copy of the site:\n${output}`);
  }
  return {siteDir, outDir: path.join(siteDir, 'build'), log: output, remove};
}
