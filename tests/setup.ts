/**
 * The first step of `npm test` and `npm run test:corpus`: make sure Chromium and poppler-utils are
 * installed, installing the missing ones with apt-get (through sudo when not root), so that
 * `npm ci && npm test` works on a fresh machine with only Node. Says what to do when it cannot.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import {CHROMIUM, installPlan, missingPackages, systemTools} from './support/systemTools';

function succeeds(command: string, args: string[]): boolean {
  return spawnSync(command, args, {stdio: 'ignore'}).status === 0;
}

function fail(message: string): never {
  console.error(`\nnpm test needs Debian's chromium and poppler-utils for its browser and print tests.\n${message}\n`);
  process.exit(1);
}

if (process.env.CHROMIUM_PATH && !fs.existsSync(CHROMIUM)) fail(`CHROMIUM_PATH is ${CHROMIUM}, which does not exist. Point it at a Chromium binary, or unset it to use Debian's /usr/bin/chromium.`);

const missing = missingPackages();
if (missing.length > 0) {
  const plan = installPlan(missing, {
    hasAptGet: succeeds('sh', ['-c', 'command -v apt-get']),
    isRoot: os.userInfo().uid === 0,
    sudoWithoutPassword: succeeds('sh', ['-c', 'command -v sudo && sudo -n true']),
    interactive: Boolean(process.stdin.isTTY),
  });
  if ('cannot' in plan) fail(plan.cannot);
  console.log(`Installing ${missing.join(' and ')} with apt-get (once; needed by the browser tests)…`);
  for (const [command, ...args] of plan.run) {
    if (spawnSync(command!, args, {stdio: 'inherit'}).status !== 0) fail(`"${[command, ...args].join(' ')}" failed; fix the error above, or install ${missing.join(' and ')} yourself.`);
  }
  const still = systemTools().filter((t) => !fs.existsSync(t.file));
  if (still.length > 0) fail(`After installing, still not found: ${still.map((t) => t.file).join(', ')}. If Chromium lives elsewhere, set CHROMIUM_PATH.`);
}
