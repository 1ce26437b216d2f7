/**
 * One real `docusaurus build` (both locales) of a copy of the site plus one page of broken task
 * rows: task anchors on the seed pages, the catalog pages, tasks.json and the build warnings.
 */
import fs from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import type {TasksJson} from '../../../tasks/catalog';
import {buildSiteCopy, type SiteBuild} from '../../../../tests/support/siteCopy';

const SEED_PAGE = '/docs/lifecycle/remediate/remediate-address-technical-gaps';
const SEED_IDS = ['3988', '2122', '3184', '2193', '2271', '3680', '3681', '3224', '4080', '3208', '3209', '3358', '3190', '1700', '2545'];
const BROKEN_PAGE = 'docs/zz-task-rows/broken-task-rows.md';
const BROKEN_ROWS = `---
title: Broken task rows
---

# Broken Task Rows

No phase line here: the phase comes from the sidebar category.

### Check Things

#### FTOP Tasks

| Task ID | Task Name | (M)andatory / (O)ptional | FastTrack Role | Services |
| ------- | --------- | :----------------------: | :------------: | -------- |
| 9001 | Good row with an [unsafe link](javascript:alert(1)) | M | SME | AIP |
| 9002 | Merged code and role | O FastTrack Engineer | Core Onboarding |
| TBD | Not a number | O | SME | AIP |
| 9003 | Unknown code | X | SME | AIP |
| 9001 | Same ID again | O | SME | AIP |
`;

const LOCALES = [
  {locale: 'en', prefix: '', title: 'Address Technical Gaps', phase: 'Remediate', allServices: 'All Services'},
  {locale: 'de', prefix: '/de', title: 'Adressieren von technischen Lücken', phase: 'Korrektur', allServices: 'Alle Dienste'},
] as const;

let build: SiteBuild;

/** A built page's HTML by its URL path. */
function html(urlPath: string): string {
  return fs.readFileSync(path.join(build.outDir, `${urlPath.replace(/^\//, '')}.html`), 'utf8');
}

/** `id="task-…"` values in minified or plain HTML. */
function taskAnchors(page: string): string[] {
  return [...page.matchAll(/\bid="?task-(\d+)/g)].map((m) => m[1]!);
}

function tasksJson(prefix: string): TasksJson {
  return JSON.parse(fs.readFileSync(path.join(build.outDir, prefix, 'tasks.json'), 'utf8')) as TasksJson;
}

beforeAll(async () => {
  // The page goes into the sidebar's "Remediate" category (German label "Korrektur").
  const sidebars = fs.readFileSync(path.resolve(__dirname, '../../../../sidebars.ts'), 'utf8');
  const seedItem = `'${SEED_PAGE.replace('/docs/', '')}'`;
  expect(sidebars).toContain(seedItem);
  build = await buildSiteCopy({
    [BROKEN_PAGE]: BROKEN_ROWS,
    'sidebars.ts': sidebars.replace(seedItem, `${seedItem}, '${BROKEN_PAGE.replace(/^docs\//, '').replace(/\.md$/, '')}'`),
  });
});

afterAll(() => build?.remove());

describe.each(LOCALES)('$locale build', ({prefix, title, phase, allServices}) => {
  test('the seed page anchors all 15 tasks, once each', () => {
    const anchors = taskAnchors(html(`${prefix}${SEED_PAGE}`));
    expect([...anchors].sort()).toEqual([...SEED_IDS].sort());
  });

  test('the catalog page lists every seed task with a link whose anchor exists', () => {
    const catalog = html(`${prefix}/tasks`);
    const links = [...catalog.matchAll(/href="?([^"\s>]+)#task-(\d+)/g)].map((m) => ({page: m[1]!, id: m[2]!}));
    const seedLinks = links.filter((link) => link.page === `${prefix}${SEED_PAGE}`);
    expect(new Set(seedLinks.map((link) => link.id))).toEqual(new Set(SEED_IDS));
    for (const link of links) expect(taskAnchors(html(link.page))).toContain(link.id);
    expect(catalog).not.toContain('javascript:');
    // Also served at `/tasks/` by static hosts.
    expect(fs.readFileSync(path.join(build.outDir, prefix, 'tasks', 'index.html'), 'utf8')).toBe(catalog);
  });

  test('tasks.json holds the seed tasks with requirement, role, services, phase and page', () => {
    const {tasks} = tasksJson(prefix);
    const seed = tasks.filter((t) => t.page.url === `${prefix}${SEED_PAGE}`);
    expect(seed.map((t) => t.id).sort()).toEqual([...SEED_IDS].sort());
    const byId = new Map(seed.map((t) => [t.id, t]));
    expect(byId.get('3988')).toMatchObject({requirement: 'required', role: 'SME', services: ['AIP'], url: `${prefix}${SEED_PAGE}#task-3988`});
    expect(byId.get('3358')).toMatchObject({requirement: 'optional', role: 'FastTrack Architect v2', services: ['Exchange', 'OneDrive for Business', 'SharePoint']});
    expect(byId.get('1700')).toMatchObject({requirement: 'required', role: 'FastTrack Manager', services: [allServices]});
    expect(tasksJson(prefix)).toMatchObject({$schema: `${prefix}/tasks.schema.json`, version: 2});
    expect(JSON.parse(fs.readFileSync(path.join(build.outDir, prefix, 'tasks.schema.json'), 'utf8')).properties.version.const).toBe(2);
    for (const task of seed) {
      expect(Object.keys(task)).toEqual(['id', 'name', 'requirement', 'role', 'services', 'phase', 'page', 'url']);
      expect(task).toMatchObject({phase, page: {title, url: `${prefix}${SEED_PAGE}`}});
    }
  });

  test('bad rows stay on their page, anchored where possible; every ID is in tasks.json, malformed rows flagged', () => {
    const page = html(`${prefix}/docs/zz-task-rows/broken-task-rows`);
    expect(taskAnchors(page).sort()).toEqual(['9001', '9002', '9003']);
    expect(page.match(/class="?task-row\b/g)).toHaveLength(5);
    expect(page).toContain('Same ID again');
    expect(page).not.toContain('javascript:');
    const tasks = tasksJson(prefix).tasks.filter((t) => t.page.url.endsWith('/broken-task-rows'));
    expect(tasks.map((t) => [t.id, t.name, t.phase, t.requirement, t.role, t.malformed ?? false])).toEqual([
      ['9001', 'Good row with an unsafe link', phase, 'required', 'SME', false],
      // Recovered from the merged requirement-and-role cell by the header's declared codes.
      ['9002', 'Merged code and role', phase, 'optional', 'FastTrack Engineer', false],
      ['9003', 'Unknown code', phase, null, null, true],
    ]);
    expect(tasks[2]!.cells).toEqual(['9003', 'Unknown code', 'X', 'SME', 'AIP']);
    // The catalog marks the malformed row visibly.
    expect(html(`${prefix}/tasks`)).toMatch(/data-malformed="?true"?[^>]*>(?:(?!<\/tr>).)*task-row__malformed/s);
  });
});

test('the build warns about each bad row with file:line:col', () => {
  const warnings = build.log.split('\n').filter((line) => line.includes(BROKEN_PAGE));
  const rules = (rule: string) => warnings.filter((line) => line.endsWith(rule)).map((line) => /broken-task-rows\.md:(\d+:\d+)/.exec(line)![1]);
  expect(rules('task-unsafe-link')).toContain('15:27');
  expect(rules('task-merged-cells')).toContain('16:31');
  expect(rules('task-id')).toContain('17:1');
  expect(rules('task-requirement')).toContain('18:23');
  expect(rules('task-duplicate-id')).toContain('19:1');
  // The shipped site's own warnings are unchanged: only the two known legacy links.
  expect(build.log.match(/legacy-link$/gm)).toHaveLength(2);
});
