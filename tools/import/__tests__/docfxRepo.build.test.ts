/**
 * A whole DocFX repository, written for this test (`__fixtures__/docfx-repo`): docfx.json with
 * excludes, `includes/` whose files use `../media` images and links, nested includes, two
 * audience TOCs with pages of both audiences, and every DocFX construct the portal reads
 * (:::image, checklists, ~/ paths, <a name> anchors). It is imported in English and German,
 * linted, and built once for partners (`PLAYBOOK_AUDIENCE=partner`, en + de).
 */
import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {openBuild} from '../../../tests/support/builtPage';
import {buildSite, copySite, removeSite, type BuildResult} from '../../../tests/support/siteCopy';
import {lintContent} from '../../lint-content/lint';
import type {Finding} from '../../lint-content/findings';
import {importPlaybook, type ImportReport} from '../importPlaybook';

const REPO = path.join(__dirname, '__fixtures__/docfx-repo');
const DE_DOCS = 'i18n/de/docusaurus-plugin-content-docs/current';

describe('a DocFX repository, imported and built for partners', () => {
  let siteDir: string;
  let build: BuildResult;
  let reports: Record<'en' | 'de', ImportReport>;
  let lint: Finding[];
  let pages: Awaited<ReturnType<typeof openBuild>>;
  const html = (rel: string) => cheerio.load(fs.readFileSync(path.join(siteDir, 'build', rel), 'utf8'));

  beforeAll(async () => {
    siteDir = copySite();
    reports = {
      en: importPlaybook({siteDir, locale: 'en', folder: path.join(REPO, 'playbook')}),
      de: importPlaybook({siteDir, locale: 'de', folder: path.join(REPO, 'playbook-de')}),
    };
    lint = await lintContent({siteDir});
    build = await buildSite(siteDir, {PLAYBOOK_AUDIENCE: 'partner'}, ['--locale', 'en', '--locale', 'de']);
    if (build.status !== 0) console.log(build.output);
    pages = await openBuild(path.join(siteDir, 'build'));
  });

  afterAll(async () => {
    await pages?.close();
    if (siteDir) removeSite(siteDir);
  });

  test('the build succeeds and says which pages it leaves out', () => {
    expect(build.output).not.toMatch(/\[ERROR\]|\serror\s/);
    expect(build.status).toBe(0);
    for (const locale of ['en', 'de']) {
      expect(build.output).toContain(`[playbook] PLAYBOOK_AUDIENCE=partner (${locale}): 2 page(s) for other audiences left out: authoring/authoring-guide.md, plan/internal-escalation.md.`);
    }
  });

  test('a link from a partner page to an internal one is reported at file:line and shown as plain text', async () => {
    const message = (url: string) => `Link "${url}" leads to a page only for internal (ft.audience), which the partner build leaves out; it is shown as plain text. Link a page for the same audience, or remove the link.  audience-link`;
    expect(build.output).toContain(`docs/plan/plan-rollout.md:31:28  warning  ${message('internal-escalation.md')}`);
    expect(build.output).toContain(`${DE_DOCS}/plan/plan-rollout.md:23:30  warning  ${message('internal-escalation-de.md')}`);
    const page = await pages.read('/docs/plan/plan-rollout');
    expect(page.prose).toContain('Escalations go through the internal escalation page.');
    // The linter and the import summary check every audience the site is built for (partner and
    // internal, from the imported TOCs): the internal build lacks the partner-only rollout page,
    // which the shared index, the feedback include and the internal page's contact include link.
    const internalBuild = 'the internal build leaves out';
    const found = lint.filter((f) => f.ruleId === 'audience-link');
    expect(found.map((f) => `${f.file}:${f.line}  ${f.message.includes(internalBuild) ? 'internal' : 'partner'}`)).toEqual([
      'docs/index.md:10  internal',
      'docs/index.md:12  internal',
      'docs/index.md:12  internal',
      'docs/plan/internal-escalation.md:12  internal',
      'docs/plan/plan-rollout.md:31  partner',
      `${DE_DOCS}/index.md:10  internal`,
      `${DE_DOCS}/index.md:12  internal`,
      `${DE_DOCS}/index.md:12  internal`,
      `${DE_DOCS}/plan/plan-rollout.md:23  partner`,
    ]);
    expect(found.filter((f) => f.file === 'docs/index.md').map((f) => f.message.replace(/^.*?; there it is shown as plain text\. Link a page for the same audience, or remove the link\./, ''))).toEqual([
      '',
      ' (in docs/includes/feedback.md:3)',
      ' (in docs/includes/nested/contact.md:1)',
    ]);
    expect(reports.en.audienceLinks.map((f) => `${f.file}:${f.line}`)).toEqual(found.filter((f) => !f.file.startsWith('i18n/')).map((f) => `${f.file}:${f.line}`));
  });

  test('a partner build holds no internal page and no link to one, in any file it wrote', () => {
    const files = fs.readdirSync(path.join(siteDir, 'build'), {recursive: true, encoding: 'utf8'})
      .filter((f) => fs.statSync(path.join(siteDir, 'build', f)).isFile() && /\.(html|json|xml|txt|js)$/.test(f));
    expect(files.length).toBeGreaterThan(20);
    expect(files.filter((f) => /internal-escalation/.test(f))).toEqual([]);
    // Docusaurus lists draft doc ids (no title, text or link) in its global data; nothing else may name the page.
    const drafts = /"draftIds":\[[^\]]*\]/g;
    const leaks = files.filter((f) => /internal-escalation|INTERNAL-ONLY-TEXT|NUR-INTERN-TEXT|Internal Escalation|Interne Eskalation/.test(fs.readFileSync(path.join(siteDir, 'build', f), 'utf8').replace(drafts, '')));
    expect(leaks).toEqual([]);
    const js = files.filter((f) => f.endsWith('.js')).map((f) => fs.readFileSync(path.join(siteDir, 'build', f), 'utf8')).join('\n');
    expect(js.match(drafts)).toContain('"draftIds":["authoring/authoring-guide","plan/internal-escalation"]');
  });

  test.each([['en', 'tasks.json'], ['de', 'de/tasks.json']] as const)('%s: the task catalog lists the partner page\'s task and not the internal page\'s', (_locale, file) => {
    const {tasks} = JSON.parse(fs.readFileSync(path.join(siteDir, 'build', file), 'utf8')) as {tasks: {id: string; page: {url: string}}[]};
    expect(tasks.filter((t) => t.id.startsWith('99')).map((t) => [t.id, t.page.url])).toEqual([['9900', `${_locale === 'de' ? '/de' : ''}/docs/plan/plan-rollout`]]);
  });

  test.each([['en', ''], ['de', '/de']] as const)('%s: the sidebar is the partner TOC\'s, without pages of other audiences', async (_locale, prefix) => {
    const page = await pages.read(`${prefix}/docs/plan/plan-rollout`);
    expect(page.status).toBe(200);
    expect(page.sidebar.slice(0, 2)).toEqual(_locale === 'de' ? ['Rollout-Playbook', 'Rollout planen'] : ['Rollout Playbook', 'Plan the Rollout']);
    expect(page.sidebar).not.toContain('Authoring Guide - Writing a Playbook Page');
  });

  test('include files are no pages, whatever their folder is called; a translation-only one fails nothing', () => {
    expect(fs.existsSync(path.join(siteDir, 'build/docs/includes/feedback.html'))).toBe(false);
    expect(fs.existsSync(path.join(siteDir, 'build/de/docs/includes/nur-deutsch.html'))).toBe(false);
    expect(fs.existsSync(path.join(siteDir, 'build/docs/archive'))).toBe(false);
  });

  test.each([
    ['en', '/docs', 'docs.html'],
    ['en', '/docs/plan/plan-rollout', 'docs/plan/plan-rollout.html'],
    ['de', '/de/docs', 'de/docs.html'],
  ] as const)('%s %s: images and links of included files resolve relative to them, at any depth', async (locale, url, file) => {
    const page = await pages.read(url);
    const $ = html(file);
    const alts = $('article img').map((_, img) => $(img).attr('alt')).get();
    expect(alts).toEqual(expect.arrayContaining(['Feedback icon', 'Contact card']));
    expect(page.images.length).toBeGreaterThan(0);
    expect(page.images.filter((i) => !i.ok)).toEqual([]);
    const prefix = locale === 'de' ? '/de' : '';
    // includes/feedback.md's ../plan/… and nested/contact.md's ~/plan/… both reach the page.
    expect(page.links).toContainEqual([`${prefix}/docs/plan/plan-rollout#before-you-start`, 'rollout page']);
    expect(page.links).toContainEqual([`${prefix}/docs/plan/plan-rollout`, 'how to plan the rollout']);
    const form = page.links.find(([, text]) => text === 'feedback form');
    expect(form?.[0]).toMatch(new RegExp(`^${prefix}/assets/files/feedback-form-\\w+\\.pdf$`));
  });

  test('en: :::image (alone, in a list), ~/ paths, the checklist and the <a name> anchor', async () => {
    const page = await pages.read('/docs/plan/plan-rollout');
    const $ = html('docs/plan/plan-rollout.html');
    expect($('article img[alt="Rollout overview diagram"]').length).toBe(1);
    expect($('article li img[alt="The tenant settings page"]').length).toBe(1);
    expect($('article img[alt="Overview from the content root"]').length).toBe(1);
    expect(page.images.filter((i) => !i.ok)).toEqual([]);
    expect($('article .checklist li').map((_, li) => $(li).text()).get()).toEqual(['Tenant prepared', 'Pilot users invited']);
    expect($('article a#before-you-start').length).toBe(1);
    expect(page.links).toContainEqual(['#before-you-start', 'the checklist']);
    expect(page.links).toContainEqual(['/docs', 'overview']);
    expect(page.prose).not.toMatch(/:::image|\[!div/);
  });

  test('de: the German page has its own image block, checklist and translation-only include', async () => {
    const page = await pages.read('/de/docs/plan/plan-rollout');
    const $ = html('de/docs/plan/plan-rollout.html');
    expect([page.status, page.lang, page.h1]).toEqual([200, 'de', 'Rollout planen']);
    expect($('article img[alt="Übersicht des Rollouts"]').length).toBe(1);
    expect($('article .checklist li').length).toBe(2);
    expect(page.prose).toContain('Diesen Hinweis gibt es nur auf Deutsch.');
    // The German-only include file's ../media image comes from the English media folder.
    expect($('article img[alt="Feedback-Symbol"]').length).toBe(1);
    expect(page.images.filter((i) => !i.ok)).toEqual([]);
  });

  test('the linter resolves includes like the build: no image or include finding', () => {
    expect(lint.filter((f) => ['image', 'include', 'site-link', 'legacy-link', 'content-path', 'docfx-image', 'checklist'].includes(f.ruleId))).toEqual([]);
  });
});
