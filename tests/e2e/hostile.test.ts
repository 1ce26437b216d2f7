/**
 * The hostile-content suite (issue 12, SECURITY.md): a copy of the site with the pages of
 * tests/support/hostile.ts in English and German is built for real, once without and once
 * with PLAYBOOK_KEEP_GOING, and linted. Then: every vector has a file:line finding from the
 * build and from lint:content alike; no code ran in the build; nothing from outside the content
 * is in build/ or the log; and Chromium opens every page and every linked file with the
 * Content-Security-Policy bypassed (the sanitiser alone) and in force, and no script runs.
 */
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {after, before, describe, test} from 'node:test';
import type {Page} from 'playwright-core';
import {gateFindings} from '../../src/plugins/content-gate';
import {reportCspViolations} from '../support/browser';
import {useSite} from '../support/e2e';
import {SECRET, writeHostileSuite, type Vector} from '../support/hostile';
import {buildSite, copySite, removeSite, type BuildResult} from '../support/siteCopy';

const LOCALES = ['en', 'de'] as const;
const contentDir = (locale: string) => (locale === 'en' ? 'docs' : `i18n/${locale}/docusaurus-plugin-content-docs/current`);
const route = (locale: string, file: string) => `${locale === 'en' ? '' : `/${locale}`}/docs/hostile/${file.replace(/\.md$/, '')}`;

let siteDir = '';
let outsideDir = '';
let gate: BuildResult & {seconds: number};
let kept: BuildResult;
let lint: Array<{file: string; line: number; ruleId: string}> = [];
const vectors = new Map<string, Vector[]>();

/** Every file under `dir`, with its bytes. */
function filesOf(dir: string): Array<{file: string; bytes: Buffer}> {
  return fs.readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .map((file) => ({file, bytes: fs.readFileSync(file)}));
}

/** The secret as it would appear: plain, or a whole outside file base64-encoded (an inlined image, a logged import). */
function secretForms(): string[] {
  const outside = [path.join(siteDir, '.env'), path.join(outsideDir, 'secret.txt'), path.join(outsideDir, 'page.md'), path.join(outsideDir, 'payload.mdx')];
  const media = LOCALES.flatMap((l) => ['fake.png', '.env'].map((name) => path.join(siteDir, contentDir(l), 'hostile', 'media', name)));
  return [SECRET, ...[...outside, ...media].map((file) => fs.readFileSync(file).toString('base64'))];
}

before(async () => {
  siteDir = copySite({}, {prefix: 'playbook-hostile'});
  outsideDir = `${siteDir}-outside`;
  for (const locale of LOCALES) vectors.set(locale, writeHostileSuite(siteDir, locale, outsideDir));
  const args = LOCALES.flatMap((l) => ['--locale', l]);
  const started = Date.now();
  gate = {...(await buildSite(siteDir, {}, args)), seconds: (Date.now() - started) / 1000};
  kept = await buildSite(siteDir, {PLAYBOOK_KEEP_GOING: '1'}, args);
  const linted = spawnSync(process.execPath, ['--import', 'tsx', 'tools/lint-content/cli.ts', '--site', siteDir, '--format', 'json'], {encoding: 'utf8', maxBuffer: 64 << 20});
  assert.equal(linted.status, 1, `lint:content fails on the suite:\n${linted.stderr}`);
  const report = JSON.parse(linted.stdout) as {findings?: typeof lint} | typeof lint;
  lint = Array.isArray(report) ? report : (report.findings ?? []);
});
after(() => {
  if (!siteDir) return;
  removeSite(siteDir);
  fs.rmSync(outsideDir, {recursive: true, force: true});
});

describe('hostile content', () => {
  const site = useSite({buildDir: () => path.join(siteDir, 'build')});

  test('the content gate stops the build in seconds, before any page is read, listing every error file at file:line', () => {
    assert.equal(gate.status, 1, gate.output);
    assert.match(gate.output, /the build stops before reading any page/);
    assert.doesNotMatch(gate.output, /Compiled|\n\s+at .*:\d+:\d+|RangeError|Maximum call stack/, 'no page was compiled, no stack trace');
    for (const [locale, list] of vectors) {
      for (const vector of list.filter((v) => ['limit', 'front-matter-yaml', 'front-matter-value', 'markdown-only', 'symlink', 'text-encoding', 'empty-page'].includes(v.rule))) {
        assert.match(gate.output, new RegExp(`${contentDir(locale)}/hostile/${vector.file.replace('.', '\\.')}:\\d+:\\d+  error .*${vector.rule}`), `${locale} ${vector.file} (${vector.what})`);
      }
    }
    // The deep-nesting cases in particular: the gate measures raw text, never parses it.
    const cpu = process.cpuUsage();
    const findings = gateFindings(siteDir, LOCALES, 'en').filter((f) => f.ruleId === 'limit');
    const {user, system} = process.cpuUsage(cpu);
    assert.ok(findings.length >= 2 * 3, `${findings.length} limit findings`);
    assert.ok((user + system) / 1e6 < 10, `the gate took ${(user + system) / 1e6} s of CPU (the whole build run ${gate.seconds} s)`);
  });

  test('a build that keeps going prints every finding and fails at its end; no code of the content ran', () => {
    assert.equal(kept.status, 1, kept.output);
    assert.match(kept.output, /The build kept going past \d+ content error\(s\)/);
    assert.doesNotMatch(kept.output, /Pages carry inline scripts the site did not write/, 'no script got past the sanitiser into a built page');
    assert.doesNotMatch(kept.output, /RangeError|Maximum call stack|\n\s+at .*\(.*:\d+:\d+\)/, 'no stack trace');
    assert.equal(fs.existsSync(path.join(outsideDir, 'pwned-at-build')), false, 'an export of the content ran at build time');
  });

  for (const locale of LOCALES) {
    test(`${locale}: every vector has a file:line finding of its rule, from the build and from lint:content alike`, () => {
      const list = vectors.get(locale)!;
      assert.ok(list.length >= 20);
      for (const vector of list) {
        const file = `${contentDir(locale)}/hostile/${vector.file}`;
        const fromBuild = new RegExp(`${file.replace(/[.]/g, '\\.')}:(\\d+):\\d+  (error|warning)  .*  ${vector.rule}\\n`);
        assert.match(gate.output + kept.output, fromBuild, `build: ${file} (${vector.what})`);
        const fromLint = lint.filter((f) => f.file.endsWith(file) && f.ruleId === vector.rule && f.line >= 1);
        assert.ok(fromLint.length > 0, `lint:content: ${file} ${vector.rule} (${vector.what})`);
      }
    });
  }

  test('a task ID on two pages is listed once per page, by page title, in tasks.json; a repeated row is not, a lowercase code is flagged malformed', () => {
    for (const locale of LOCALES) {
      const json = path.join(siteDir, 'build', locale === 'en' ? '' : locale, 'tasks.json');
      const {tasks} = JSON.parse(fs.readFileSync(json, 'utf8')) as {tasks: Array<{id: string; name: string; malformed?: true; page: {title: string; url: string}}>};
      const listed = (id: string) => tasks.filter((t) => t.id === id).map((t) => `${t.malformed ? 'malformed ' : ''}${t.name} @ ${t.page.title} ${t.page.url}`).sort();
      assert.deepEqual(listed('9901'), [
        `Hostile task A @ Tasks A ${route(locale, 'task-twice-a.md')}`,
        `Hostile task B @ Tasks B ${route(locale, 'task-twice-b.md')}`,
      ]);
      assert.deepEqual(listed('9902'), [`Hostile task C @ Tasks B ${route(locale, 'task-twice-b.md')}`]);
      assert.deepEqual(listed('9903'), [`malformed Lowercase task @ Lowercase ${route(locale, 'lowercase-code.md')}`]);
    }
  });

  test('nothing from outside the content is in build/ or the build log, plain or base64-encoded; no refused file is published', () => {
    const forms = secretForms();
    const built = filesOf(path.join(siteDir, 'build'));
    assert.ok(built.length > 100);
    for (const {file, bytes} of built) {
      const text = bytes.toString('latin1');
      for (const form of forms) assert.ok(!text.includes(form), `${path.relative(siteDir, file)} holds a file from outside the content`);
      assert.doesNotMatch(path.basename(file), /^(\.env|package\.json|secret|payload|page\.mdx|evil|fake)/, `${file} is published`);
    }
    for (const form of forms) assert.ok(!(gate.output + kept.output).includes(form), 'the build log holds a file\'s content');
    assert.ok(built.some(({file}) => /\/assets\/files\/ok-[\w]+\.svg$/.test(file)), 'a passive SVG is still published');
  });

  /**
   * Opens each URL in one tab, with the policy bypassed (the sanitiser alone) or in force, and
   * returns the URLs where script of the content ran or the policy had to refuse something, and
   * the same-origin files the pages link or embed.
   */
  async function probe(urls: readonly string[], bypassCSP: boolean): Promise<{ran: string[]; links: Set<string>}> {
    const context = await site.browser.newContext({bypassCSP});
    const page: Page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (message) => void (message.type() === 'error' && message.text().startsWith('CSP violation') && violations.push(message.text())));
    await reportCspViolations(page);
    await page.route('**/*', (request) => (request.request().url().startsWith(site.url) ? request.continue() : request.abort()));
    const ran: string[] = [];
    const links = new Set<string>();
    try {
      for (const url of urls) {
        violations.length = 0;
        // 'load' waits for every image, so an onerror/onload handler has had its chance.
        await page.goto(url, {waitUntil: 'load'});
        const pwned = await page.evaluate(() => (window as unknown as {__pwned?: unknown}).__pwned);
        if (pwned !== undefined) ran.push(`${url}: __pwned = ${String(pwned)}`);
        if (violations.length > 0) ran.push(`${url}: ${violations.join('; ')}`);
        const found = await page.evaluate(() =>
          Array.from(document.querySelectorAll<HTMLAnchorElement | HTMLImageElement>('article a[href], article img[src]'), (e) => ('href' in e ? e.href : e.src)),
        );
        for (const link of found) if (link.startsWith(site.url) && /\/assets\/|\.(svg|png|txt|html|js|env)$/.test(link)) links.add(link);
      }
      return {ran, links};
    } finally {
      await context.close();
    }
  }

  for (const locale of LOCALES) {
    test(`${locale}: no script runs on any hostile page, nor in any file it links, with the CSP bypassed or in force`, async () => {
      const pages = vectors.get(locale)!.filter((v) => v.builds).map((v) => `${site.url}${route(locale, v.file)}`);
      const sanitised = await probe(pages, true);
      assert.deepEqual(sanitised.ran, [], 'script ran with the policy bypassed');
      assert.deepEqual((await probe(pages, false)).ran, [], 'script ran, or the policy had to refuse it');
      assert.ok(sanitised.links.size > 0, 'the pages link published files');
      assert.deepEqual((await probe([...sanitised.links], true)).ran, [], 'a linked file ran script');
    });
  }
});
