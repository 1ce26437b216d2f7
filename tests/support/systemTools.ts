/**
 * The two programs the tests need beyond npm: Debian's Chromium (browser tests) and poppler's
 * pdftotext/pdftoppm (print tests). `npm test` checks for them first (`tests/setup.ts`) and
 * installs the missing ones with apt-get, as `.ci/run` on a fresh machine relies on.
 */
import fs from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const POPPLER_TOOLS = ['pdftotext', 'pdftoppm'] as const;
export type PopplerTool = (typeof POPPLER_TOOLS)[number];

export interface SystemTool {
  file: string;
  /** The Debian package that brings it. */
  debianPackage: 'chromium' | 'poppler-utils';
}

export function systemTools(): SystemTool[] {
  return [{file: CHROMIUM, debianPackage: 'chromium'}, ...POPPLER_TOOLS.map((name): SystemTool => ({file: popplerPath(name), debianPackage: 'poppler-utils'}))];
}

function popplerPath(name: PopplerTool): string {
  return `/usr/bin/${name}`;
}

/** The Debian packages of the tools that are not installed, each once. */
export function missingPackages(exists: (file: string) => boolean = fs.existsSync): SystemTool['debianPackage'][] {
  return [...new Set(systemTools().filter((t) => !exists(t.file)).map((t) => t.debianPackage))];
}

export function popplerTool(name: PopplerTool): string {
  const file = popplerPath(name);
  if (!fs.existsSync(file)) throw new Error(`${name} not found at ${file}; install Debian's poppler-utils (npm test does so itself: see tests/setup.ts).`);
  return file;
}

export function requireChromium(): string {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}; install Debian's chromium (npm test does so itself: see tests/setup.ts) or set CHROMIUM_PATH.`);
  }
  return CHROMIUM;
}

export interface Machine {
  hasAptGet: boolean;
  isRoot: boolean;
  /** sudo runs without asking for a password. */
  sudoWithoutPassword: boolean;
  /** Someone is at the terminal to type a sudo password. */
  interactive: boolean;
}

export type InstallPlan = {run: string[][]} | {cannot: string};

/** How to install `packages` on this machine: commands to run, or why it cannot be done here. */
export function installPlan(packages: readonly string[], machine: Machine): InstallPlan {
  if (packages.length === 0) return {run: []};
  const manual = `sudo apt-get install -y ${packages.join(' ')}`;
  if (!machine.hasAptGet) {
    return {cannot: `This machine has no apt-get. Install ${packages.join(' and ')} with its package manager${packages.includes('chromium') ? ', and set CHROMIUM_PATH if Chromium is not at /usr/bin/chromium' : ''}.`};
  }
  const sudo = machine.isRoot ? [] : machine.sudoWithoutPassword ? ['sudo', '-n'] : machine.interactive ? ['sudo'] : null;
  if (!sudo) return {cannot: `Installing needs root, and sudo asks for a password with no terminal to type it. Run: ${manual}`};
  const env = ['env', 'DEBIAN_FRONTEND=noninteractive'];
  return {run: [[...sudo, ...env, 'apt-get', 'update', '-qq'], [...sudo, ...env, 'apt-get', 'install', '-y', '-qq', ...packages]]};
}
