import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {parse} from 'yaml';
import {formatWorkflowFinding, lintWorkflow, lintWorkflows, listWorkflows} from '../actionlint';
import {localCallFindings} from '../localCalls';

const REPO = path.resolve(__dirname, '../../..');
const read = (file: string) => fs.readFileSync(path.join(REPO, file), 'utf8');

interface Job {
  permissions?: Record<string, string> | string;
  needs?: string | string[];
  uses?: string;
  with?: Record<string, unknown>;
  secrets?: unknown;
  steps?: {uses?: string; run?: string; with?: Record<string, unknown>}[];
}
interface Workflow {
  on: string | string[] | Record<string, unknown>;
  permissions?: Record<string, string> | string;
  jobs: Record<string, Job>;
}
const workflow = (file: string) => parse(read(file)) as Workflow;
/** The events a workflow runs on, whichever way `on:` is written. */
const events = (wf: Workflow) => (typeof wf.on === 'string' ? [wf.on] : Array.isArray(wf.on) ? wf.on : Object.keys(wf.on));
const BUILD_SITE = './.github/workflows/build-site.yml';
/** A workflow's jobs and the jobs of the local workflows it calls: everything that runs for it. */
const runningJobs = (wf: Workflow): Job[] =>
  Object.values(wf.jobs).flatMap((job) => (job.uses?.startsWith('./') ? [job, ...runningJobs(workflow(job.uses.slice(2)))] : [job]));
const stepsOf = (job: Job) => (job.steps ?? []).map((s) => s.run ?? s.uses ?? '');
/** The job that builds the site with build-site.yml (one job per locale, merged into one artifact). */
const siteBuildJob = (wf: Workflow) => Object.entries(wf.jobs).find(([, job]) => job.uses === BUILD_SITE);

test('actionlint finds nothing in any workflow', async () => {
  expect(listWorkflows(REPO)).toEqual(expect.arrayContaining(['.github/workflows/deploy.yml', '.github/workflows/pull-request.yml']));
  expect((await lintWorkflows(REPO)).map(formatWorkflowFinding)).toEqual([]);
  expect(localCallFindings(REPO).map(formatWorkflowFinding)).toEqual([]);
});

test('actionlint is real: it finds an unknown action input and untrusted text in a script', async () => {
  const broken = [
    'on: pull_request',
    'jobs:',
    '  a:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '        with: {fetch-depht: 0}',
    '      - run: echo "${{ github.event.pull_request.title }}"',
  ].join('\n');
  const findings = await lintWorkflow(broken, 'broken.yml');
  expect(findings.map((f) => [f.line, f.kind])).toEqual([[7, 'action'], [8, 'expression']]);
});

test('calls of local reusable workflows are checked: missing file, undeclared or missing input', () => {
  const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'workflows-'));
  try {
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(repo, file)), {recursive: true});
      fs.writeFileSync(path.join(repo, file), text);
    };
    write('.github/workflows/build.yml', 'on:\n  workflow_call:\n    inputs:\n      site-url: {type: string, required: true}\njobs:\n  a: {runs-on: ubuntu-latest, steps: [{run: echo}]}\n');
    write('.github/workflows/push.yml', 'on: push\njobs:\n  a: {runs-on: ubuntu-latest, steps: [{run: echo}]}\n');
    write('.github/workflows/pr.yml', [
      'on: pull_request',
      'jobs:',
      '  ok:',
      '    uses: ./.github/workflows/build.yml',
      '    with: {site-url: x}',
      '  wrong:',
      '    uses: ./.github/workflows/build.yml',
      '    with: {base-url: /}',
      '  gone:',
      '    uses: ./.github/workflows/nope.yml',
      '  push:',
      '    uses: ./.github/workflows/push.yml',
      '',
    ].join('\n'));
    expect(localCallFindings(repo).map((f) => `${f.file}:${f.line} ${f.message}`)).toEqual([
      '.github/workflows/pr.yml:7 job "wrong": input "base-url" is not declared by .github/workflows/build.yml (it declares site-url)',
      '.github/workflows/pr.yml:7 job "wrong": .github/workflows/build.yml requires input "site-url"',
      '.github/workflows/pr.yml:10 job "gone": .github/workflows/nope.yml does not exist',
      '.github/workflows/pr.yml:12 job "push": .github/workflows/push.yml has no "on: workflow_call", so it cannot be called',
    ]);
  } finally {
    fs.rmSync(repo, {recursive: true, force: true});
  }
});

describe('the pull-request workflow treats the pull request as untrusted', () => {
  const file = '.github/workflows/pull-request.yml';
  const wf = workflow(file);

  test('runs on pull_request only, never pull_request_target', () => {
    expect(events(wf)).toEqual(['pull_request']);
    for (const other of listWorkflows(REPO)) expect(events(workflow(other)), other).not.toContain('pull_request_target');
  });

  test('has a read-only token, no job asks for more, and it uses no secrets', () => {
    expect(wf.permissions).toEqual({contents: 'read'});
    for (const [name, job] of Object.entries(wf.jobs)) expect(job.permissions, name).toBeUndefined();
    for (const job of Object.values(wf.jobs)) expect(job.secrets).toBeUndefined();
    expect(read(file)).not.toMatch(/secrets\./);
    expect(read('.github/workflows/build-site.yml')).not.toMatch(/secrets/);
  });

  test('no checkout, its own or in the called build, leaves the token behind for npm scripts', () => {
    const checkouts = runningJobs(wf).flatMap((job) => job.steps ?? []).filter((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkouts.length).toBeGreaterThan(2);
    for (const step of checkouts) expect(step.with?.['persist-credentials']).toBe(false);
  });

  test('lints with annotations, builds the preview with build-site.yml and runs the browser tests on that build', () => {
    expect(Object.values(wf.jobs).flatMap(stepsOf)).toEqual(expect.arrayContaining([expect.stringMatching(/lint:content -- --format github/)]));
    const [buildName] = siteBuildJob(wf) ?? [];
    expect(buildName).toBeDefined();
    const tests = Object.values(wf.jobs).find((job) => stepsOf(job).some((r) => /npm run test:e2e/.test(r)))!;
    expect(tests.needs).toEqual(buildName);
    const steps = tests.steps ?? [];
    const download = steps.findIndex((s) => s.uses?.startsWith('actions/download-artifact@'));
    expect(steps[download]?.with).toEqual({name: `\${{ needs.${buildName}.outputs.artifact }}`, path: 'build/'});
    expect(download).toBeLessThan(steps.findIndex((s) => s.run === 'npm run test:e2e'));
    expect(stepsOf(tests)).toEqual(expect.arrayContaining([expect.stringMatching(/apt-get install .*chromium/)]));
  });

  test('the preview is the artifact site, kept 14 days', () => {
    expect(siteBuildJob(wf)![1].with).toEqual({'retention-days': 14});
    const buildSite = parse(read('.github/workflows/build-site.yml')) as {on: {workflow_call: {outputs: Record<string, {value: string}>}}};
    expect(buildSite.on.workflow_call.outputs.artifact?.value).toBe('site');
    const uploads = runningJobs(wf).flatMap((job) => job.steps ?? []).filter((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(uploads.map((s) => s.with?.name)).toContain('site');
  });
});

test('the deploy workflow builds main and deploys with the official Pages actions, writing only Pages', () => {
  const wf = workflow('.github/workflows/deploy.yml');
  expect(wf.on).toMatchObject({push: {branches: ['main']}});
  expect(wf.permissions).toEqual({contents: 'read'});
  const steps = Object.values(wf.jobs).flatMap((job) => job.steps ?? []).map((s) => s.uses ?? '');
  for (const action of ['actions/configure-pages@', 'actions/upload-pages-artifact@', 'actions/deploy-pages@']) {
    expect(steps.some((s) => s.startsWith(action)), action).toBe(true);
  }
  // build-site.yml builds for the address Pages serves the site at; the deploy job publishes that build.
  const [buildName, build] = siteBuildJob(wf)!;
  expect(build.with).toMatchObject({'site-url': '${{ needs.pages.outputs.origin }}', 'base-url': '${{ needs.pages.outputs.base-path }}/'});
  const deploySteps = wf.jobs.deploy!.steps ?? [];
  expect(wf.jobs.deploy!.needs).toEqual(buildName);
  expect(deploySteps.map((s) => s.uses?.replace(/@.*/, ''))).toEqual(['actions/download-artifact', 'actions/upload-pages-artifact', 'actions/deploy-pages']);
  expect(deploySteps[0]!.with?.path).toBe(deploySteps[1]!.with?.path);
  // Only the deploy job writes, and only to Pages; the job asking Pages where it serves the site only reads.
  const granted = Object.entries(wf.jobs).filter(([, job]) => job.permissions).map(([name, job]) => [name, job.permissions]);
  expect(granted).toEqual([['pages', {pages: 'read'}], ['deploy', {pages: 'write', 'id-token': 'write'}]]);
});
