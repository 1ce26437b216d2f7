/** The README's quick start is what CI runs, and its test command sets up its own system tools. */
import fs from 'node:fs';
import path from 'node:path';
import {expect, it} from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

it('the README gives two commands, and CI runs the second as written', () => {
  const block = /## Quick start[\s\S]*?```sh\n([\s\S]*?)```/.exec(read('README.md'))?.[1] ?? '';
  const commands = block.split('\n').map((line) => line.replace(/#.*/, '').trim()).filter(Boolean);
  expect(commands).toEqual(['npm ci && npm run serve-site', 'npm ci && npm test']);

  const ci = read('.ci/run').split('\n').map((line) => line.replace(/#.*/, '').trim()).filter(Boolean);
  const steps = commands[1]!.split('&&').map((step) => step.trim());
  const positions = steps.map((step) => ci.findIndex((line) => line === step || line.startsWith(`${step} `)));
  expect(positions.every((p) => p >= 0), `.ci/run runs ${steps.join(', ')}`).toBe(true);
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
  expect(ci.join('\n')).not.toMatch(/apt-get/);
});

it('npm test and test:corpus start by setting up Chromium and poppler-utils', () => {
  const {scripts} = JSON.parse(read('package.json')) as {scripts: Record<string, string>};
  expect(scripts.test).toMatch(/^tsx tests\/setup\.ts && /);
  expect(scripts['test:corpus']).toMatch(/^tsx tests\/setup\.ts && /);
});
