/**
 * "No build failure on an anchor the linter did not report": a page whose page-path links name
 * `#fragment`s its target lacks (Markdown links, link definitions by site path and by old file name, raw HTML,
 * quoted or not) — or whose definitions and raw HTML name no page — is reported by
 * lint:content at file:line, and the real build
 * (onBrokenAnchors: 'throw') reports the same finding, drops the fragment and passes; a fragment
 * that exists at the same place of the German page is carried there in the German build.
 * One locale is built (de): the English page is shown there too, so both checks run.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {buildSite, copySite, removeSite, type BuildResult} from '../support/siteCopy';

const PAGE = 'docs/fixtures/fragment-links.md';
const GAPS = '/docs/lifecycle/remediate/remediate-address-technical-gaps';
const TEXT = [
  '---',
  'title: Fragment links',
  '---',
  '',
  '# Fragment links',
  '',
  '## Here',
  '',
  `[Overview](${GAPS}#overview) and [a heading the page lacks](${GAPS}#no-such-heading).`,
  '',
  '[On this page](#here) and [not on this page](#not-here).',
  '',
  'Raw HTML: <a href="#raw-nope">raw</a>, [by reference][gone] and [by old file name][old].',
  '',
  `[gone]: ${GAPS}#ref-nope`,
  '[old]: remediate-address-technical-gaps-partner.md#old-nope',
  '',
  'More: <a href=#bare-nope>unquoted</a>, <a href="/docs/no-such-page">raw page</a> and [a missing page][nopage].',
  '',
  '[nopage]: /docs/no-such-page',
  '',
].join('\n');

const finding = (line: number, column: number, url: string, page: string, versions: string, consequence: string) =>
  `${PAGE}:${line}:${column}  warning  Link "${url}" goes to "#${url.split('#')[1]}", but page ${page} (${versions}) has no heading with that ID, nor one at the same place as in the linked version; ${consequence}.`;

describe('a broken page-path #fragment is reported first and never fails the build', () => {
  let siteDir: string;
  let build: BuildResult;
  let lint: {status: number | null; stdout: string};

  beforeAll(async () => {
    siteDir = copySite({[PAGE]: TEXT});
    lint = spawnSync(process.execPath, ['--import', 'tsx', 'tools/lint-content/cli.ts', '--site', siteDir], {cwd: siteDir, encoding: 'utf8'});
    build = await buildSite(siteDir, {}, ['--locale', 'de']);
  });
  afterAll(() => removeSite(siteDir));

  const missing = [
    finding(9, 85, `${GAPS}#no-such-heading`, 'lifecycle/remediate/remediate-address-technical-gaps.md', 'de', 'the link goes to the top of the page'),
    finding(11, 27, '#not-here', 'fixtures/fragment-links.md', 'en', 'it is shown as plain text'),
    finding(13, 11, '#raw-nope', 'fixtures/fragment-links.md', 'en', 'it is shown as plain text'),
    finding(15, 1, `${GAPS}#ref-nope`, 'lifecycle/remediate/remediate-address-technical-gaps.md', 'de', 'the link goes to the top of the page'),
    finding(16, 1, 'remediate-address-technical-gaps-partner.md#old-nope', 'lifecycle/remediate/remediate-address-technical-gaps.md', 'de', 'the link goes to the top of the page'),
    finding(18, 7, '#bare-nope', 'fixtures/fragment-links.md', 'en', 'it is shown as plain text'),
  ];
  // Targets Docusaurus's onBrokenLinks would fail the build on, in definitions and raw HTML: lint errors, build warnings.
  const unreached = [
    `${PAGE}:18:40  error  Link "/docs/no-such-page" is no page of this site; it is shown as plain text.`,
    `${PAGE}:20:1  error  Link definition [nopage] "/docs/no-such-page" is no page of this site; the links using it are shown as plain text.`,
  ];

  test('lint:content reports each at file:line with how to fix it', () => {
    const lines = lint.stdout.split('\n').filter((l) => l.startsWith(PAGE) && l.endsWith('link-anchor'));
    // The English reader and the German one (shown the English page) miss the same anchors.
    expect(lines.map((l) => l.slice(0, l.indexOf(' Link to a heading'))).sort()).toEqual([
      finding(9, 85, `${GAPS}#no-such-heading`, 'lifecycle/remediate/remediate-address-technical-gaps.md', 'en, de', 'the link goes to the top of the page'),
      missing[1],
      missing[2],
      finding(15, 1, `${GAPS}#ref-nope`, 'lifecycle/remediate/remediate-address-technical-gaps.md', 'en, de', 'the link goes to the top of the page'),
      finding(16, 1, 'remediate-address-technical-gaps-partner.md#old-nope', 'lifecycle/remediate/remediate-address-technical-gaps.md', 'en, de', 'the link goes to the top of the page'),
      missing[5],
    ].sort());
    for (const line of lines) expect(line).toMatch(/give the heading that ID with \{#[a-z-]+\}\.  link-anchor$/);
    const siteLinks = lint.stdout.split('\n').filter((l) => l.startsWith(PAGE) && l.endsWith('site-link'));
    expect(siteLinks.map((l) => l.slice(0, l.indexOf(' Fix the target')))).toEqual(unreached);
  });

  test('the build passes, reports the same findings and keeps no broken fragment', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).not.toMatch(/broken anchor/i);
    for (const line of missing) expect(build.output).toContain(line.slice(line.indexOf('Link "')));
    const html = fs.readFileSync(path.join(siteDir, 'build/de/docs/fixtures/fragment-links.html'), 'utf8');
    expect(html).not.toContain('no-such-heading');
    expect(html).not.toContain('#not-here');
    expect(html).not.toContain('raw-nope');
    expect(html).not.toContain('ref-nope');
    expect(html).not.toContain('old-nope');
    expect(html).not.toContain('bare-nope');
    expect(html).not.toContain('no-such-page');
    for (const line of unreached) expect(build.output).toContain(line.slice(line.indexOf('Link')));
    expect(html).toMatch(/<a href="?#here"?[ >]/);
    // The German page has the English page's "Overview" at the same place: "Übersicht".
    expect(html).toMatch(new RegExp(`href="?/de${GAPS}#%C3%BCbersicht"?[ >]`));
  });
});
