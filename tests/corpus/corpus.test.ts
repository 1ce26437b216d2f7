/**
 * `npm run test:corpus`: imports the real DocFX playbook (read from ../shared at run time,
 * never committed) into a temporary copy of the site, builds it, and checks that nothing
 * was lost on the way.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {after, before, describe, test} from 'node:test';
import * as cheerio from 'cheerio';
import {pageUrlPath} from '../../src/content/contentTree';
import {readContentLayout} from '../../src/content/layout';
import {validateFrontMatter} from '../../src/frontmatter';
import {DEFAULT_LOCALE, LOCALE_CONFIGS} from '../../src/playbook/locales';
import {listsTasksOf} from '../../src/plugins/task-catalog';
import {importPlaybook, type ImportReport} from '../../tools/import/importPlaybook';
import {parsePage} from '../../src/content/parsePage';
import {pageTitle} from '../../tools/import/pageText';
import {formatSummary} from '../../tools/import/summary';
import {ARTIFACTS_DIR} from '../support/browser';
import {openBuild, type BuiltPage} from '../support/builtPage';
import {SITE_DIR, buildSite, copySite, removeSite, type BuildResult} from '../support/siteCopy';
import {CORPUS_EDITIONS} from '../support/corpus';
import {pageStructure} from './structure';
import {taskRows} from './taskRows';
import {newestPageDate, placeholderFiles, sameBody} from './pageDates';
import {builtHtml, corpusL2Pages, statusCells} from './blockers';
import {findInGuide, finderIndex} from '../../src/blockers/find';
import type {BlockerGuide} from '../../src/blockers/guide';
import {fallbackProblems, japaneseSearchProblems, localeUiProblems} from './localeUi';

/** ../shared beside the repo (or PLAYBOOK_SHARED_DIR); /work/shared where worktrees sit deeper. */
function sharedDir(): string {
  const candidates = [process.env.PLAYBOOK_SHARED_DIR, path.resolve(SITE_DIR, '../shared'), '/work/shared'].filter(Boolean) as string[];
  const found = candidates.find((dir) => fs.existsSync(path.join(dir, 'corpus')));
  if (!found) throw new Error(`The corpus is not there: looked for corpus/ in ${candidates.join(', ')}. Set PLAYBOOK_SHARED_DIR.`);
  return found;
}

const FOLDERS = CORPUS_EDITIONS.map(({locale, folder}) => ({locale, folder: `corpus/fasttrack-playbook/${folder}`}));
const LINK_RULES = /\s(legacy-link|site-link)$/;
const normalize = (text: string) => text.replace(/[\u200B-\u200D\u2060\uFEFF]/g, '').replace(/\s+/g, ' ').trim();

describe('the real corpus imports and builds with no page lost', () => {
  let siteDir: string;
  let build: BuildResult;
  const reports = new Map<string, ImportReport>();
  const sourceFiles = new Map<string, string[]>();
  let built: Awaited<ReturnType<typeof openBuild>> | undefined;

  before(async () => {
    const shared = sharedDir();
    siteDir = copySite();
    for (const {locale, folder} of FOLDERS) {
      const dir = path.join(shared, folder);
      sourceFiles.set(locale, fs.readdirSync(dir, {recursive: true, encoding: 'utf8'}).filter((f) => f.endsWith('.md')).sort());
      const report = importPlaybook({siteDir: siteDir, locale, folder: dir});
      reports.set(locale, report);
      console.log(`\n── npm run import -- ${locale} ${folder}\n${formatSummary(report)}`);
    }
    console.log(`\n── docusaurus build in ${siteDir}`);
    // Past content errors (the Japanese edition lacks some images), so every locale is built and checked.
    build = await buildSite(siteDir, {PLAYBOOK_KEEP_GOING: '1'});
    fs.mkdirSync(ARTIFACTS_DIR, {recursive: true});
    fs.writeFileSync(path.join(ARTIFACTS_DIR, 'corpus-build.log'), build.output);
    if (build.status !== 0) console.log(build.output.split('\n').slice(-80).join('\n'));
    if (fs.existsSync(path.join(siteDir, 'build', 'index.html'))) built = await openBuild(path.join(siteDir, 'build'));
  });

  after(async () => {
    await built?.close();
    if (process.env.KEEP_CORPUS_SITE) console.log(`Site copy kept at ${siteDir}`);
    else if (siteDir) removeSite(siteDir);
  });

  /** A built page's HTML, by its source path and locale. */
  function builtPageHtml(source: string, locale: string): string {
    const base = path.join(siteDir, 'build', pageUrlPath(source, locale, DEFAULT_LOCALE));
    return fs.readFileSync(fs.existsSync(`${base}.html`) ? `${base}.html` : path.join(base, 'index.html'), 'utf8');
  }

  function readPage(url: string): Promise<BuiltPage> {
    assert.ok(built, `the build made no site to read (exit code ${build.status}); see artifacts/corpus-build.log`);
    return built.read(url);
  }

  test('the build has no errors but the images the corpus itself lacks, each named at file:line as the import predicted', () => {
    const errors = build.output.split('\n').filter((l) => /\[ERROR\]|^\[playbook\] .*\serror\s/.test(l));
    const predicted = [...reports.values()].flatMap((r) => r.missingImages.map((f) => `${f.file}:${f.line}:`));
    console.log(`Images the corpus lacks (import summary): ${predicted.length}`);
    const unexpected = errors.filter((l) => !(/\simage$/.test(l) && predicted.some((at) => l.startsWith(`[playbook] ${at}`))));
    assert.deepEqual(unexpected, [], 'see artifacts/corpus-build.log');
    for (const at of predicted) assert.ok(errors.some((l) => l.startsWith(`[playbook] ${at}`)), `the build names the missing image at ${at}`);
    assert.equal(build.status, predicted.length > 0 ? 1 : 0, `docusaurus build exited with ${build.status}; see artifacts/corpus-build.log`);
  });

  for (const {locale} of FOLDERS) {
    test(`every ${locale} source page becomes a page of ${locale}, as many out as in`, async () => {
      const report = reports.get(locale)!;
      const files = sourceFiles.get(locale)!;
      // Every file is accounted for: a page, or a localized duplicate of one.
      assert.deepEqual([...report.pages.map((p) => p.source), ...report.duplicates.map((d) => d.source)].sort(), files);
      const expected = files.length - report.duplicates.length;

      const htmlLang = LOCALE_CONFIGS.find((l) => l.code === locale)?.htmlLang ?? locale;
      const built = new Set<string>();
      const wrong: string[] = [];
      for (const page of report.pages) {
        const url = pageUrlPath(page.target, locale, DEFAULT_LOCALE);
        const title = normalize(pageTitle(parsePage(fs.readFileSync(path.join(siteDir, page.file), 'utf8'))) ?? '');
        const shown = await readPage(url);
        if (shown.status === 200 && shown.lang === htmlLang && normalize(shown.h1) === title) built.add(url);
        else wrong.push(`${page.source} → ${url}: HTTP ${shown.status}, lang ${shown.lang}, h1 "${normalize(shown.h1)}" (source title "${title}")`);
      }
      console.log(`${locale}: ${files.length} source files, ${report.duplicates.length} localized duplicates, ${expected} pages in, ${built.size} pages out`);
      assert.deepEqual(wrong, []);
      assert.equal(built.size, expected);
    });
  }

  // Markers inside code blocks and inline code are source shown on purpose (the authoring guide).
  test('no literal [! marker is left in any built page', async () => {
    const buildDir = path.join(siteDir, 'build');
    assert.ok(fs.existsSync(buildDir), 'no build');
    const pages = fs.readdirSync(buildDir, {recursive: true, encoding: 'utf8'}).filter((f) => f.endsWith('.html') && !f.endsWith('404.html'));
    const offenders: string[] = [];
    for (const file of pages) {
      const url = `/${file.replace(/\\/g, '/').replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '')}`;
      const {prose: text} = await readPage(url);
      const at = text.indexOf('[!');
      if (at >= 0) offenders.push(`${url}: …${normalize(text.slice(Math.max(0, at - 20), at + 40))}…`);
    }
    console.log(`Checked ${pages.length} built pages for "[!"; ${offenders.length} still show one.`);
    assert.deepEqual(offenders, []);
  });

  for (const {locale} of FOLDERS) {
    test(`${locale} tasks.json holds every task ID of the pages ${locale} is built from, malformed or not; malformed rows are warned about`, () => {
      // The pages a locale's build renders (its own file where it has one, else the default
      // locale's) whose tasks the catalog lists.
      const layout = readContentLayout(siteDir);
      const docsDir = layout.docsDir(DEFAULT_LOCALE);
      const localeDir = layout.docsDir(locale);
      let rows = 0;
      let fromFallback = 0;
      const ids: number[] = [];
      const malformed: {at: string; problems: string[]; id: number | null; recovered: boolean}[] = [];
      for (const page of layout.pages(DEFAULT_LOCALE)) {
        const own = path.join(localeDir, page);
        const file = fs.existsSync(own) ? own : path.join(docsDir, page);
        const content = fs.readFileSync(file, 'utf8');
        if (!listsTasksOf(validateFrontMatter(content, file).frontMatter)) continue;
        const found = taskRows(content);
        rows += found.rows;
        if (file !== own) fromFallback += found.rows;
        ids.push(...found.ids);
        for (const m of found.malformed) malformed.push({...m, at: `${path.relative(siteDir, file)}:${m.line}:`});
      }
      console.log(`${locale}: ${rows} task rows in the source (${fromFallback} on ${DEFAULT_LOCALE} pages shown in ${locale}): ${ids.length} tasks, ${malformed.length} malformed rows`);
      for (const m of malformed) console.log(`  ${m.at} ${m.problems.join(', ')}`);

      const tasksFile = path.join(siteDir, 'build', ...(locale === DEFAULT_LOCALE ? [] : [locale]), 'tasks.json');
      assert.ok(fs.existsSync(tasksFile), `${path.relative(siteDir, tasksFile)} was not built`);
      const {tasks} = JSON.parse(fs.readFileSync(tasksFile, 'utf8')) as {tasks: {id: string; malformed?: true}[]};
      const byId = (list: number[]) => [...list].sort((a, b) => a - b);
      // Read rows (well-formed or recovered from a merged cell) are tasks; every other row with an ID is there flagged malformed.
      assert.deepEqual(byId(tasks.filter((t) => !t.malformed).map((t) => Number(t.id))), byId(ids));
      const unread = malformed.filter((m) => !m.recovered && m.id !== null).map((m) => m.id!);
      assert.deepEqual(byId(tasks.filter((t) => t.malformed).map((t) => Number(t.id))), byId(unread));
      // Every task ID in a task table of this locale's pages is in its catalog data.
      const listed = new Set(tasks.map((t) => Number(t.id)));
      assert.deepEqual([...new Set([...ids, ...unread])].filter((id) => !listed.has(id)), []);
      console.log(`${locale}: ${malformed.filter((m) => m.recovered).length} rows recovered from a merged requirement-and-role cell, ${unread.length} malformed rows listed as malformed`);
      // Nothing dropped silently: the build names each malformed row with file:line.
      const warned = build.output.split('\n').filter((l) => /\stask-[a-z-]+$/.test(l));
      for (const m of malformed) assert.ok(warned.some((l) => l.includes(` ${m.at}`)), `no build warning for the malformed task row at ${m.at}`);
    });
  }

  for (const {locale} of FOLDERS) {
    test(`${locale}: every update summary of its own pages is a revision history, and every phase line a phase fact`, () => {
      const layout = readContentLayout(siteDir);
      let summaries = 0;
      let phases = 0;
      const wrong: string[] = [];
      for (const source of layout.pages(locale)) {
        const file = path.join(layout.docsDir(locale), source);
        const expected = pageStructure(fs.readFileSync(file, 'utf8'));
        summaries += expected.updateSummaries;
        if (expected.phaseLine) phases++;
        const $ = cheerio.load(builtPageHtml(source, locale));
        const histories = $('article figure.playbook-revision-history').length;
        const phase = $('article dl.playbook-page-facts [data-fact="phase"]').length > 0;
        if (histories !== expected.updateSummaries) wrong.push(`${path.relative(siteDir, file)}: ${expected.updateSummaries} update summaries, ${histories} revision histories built`);
        if (expected.phaseLine && !phase) wrong.push(`${path.relative(siteDir, file)}: phase line under the H1, no phase fact built`);
      }
      console.log(`${locale}: ${summaries} update summaries and ${phases} phase lines on ${layout.pages(locale).length} own pages`);
      assert.deepEqual(wrong, []);
      assert.ok(summaries > 0 && phases > 0, `the ${locale} corpus has update summaries and phase lines`);
    });
  }

  test('/translations lists exactly the German pages older than their English page, with their number; each shows the notice', () => {
    // Computed here from the sources: a German page is outdated when its newest date (ms.date or
    // update-summary row) is older than its English page's, unless that page is an import
    // placeholder or the German file is an untranslated copy.
    const layout = readContentLayout(siteDir);
    const en = layout.docsDir(DEFAULT_LOCALE);
    const de = layout.docsDir('de');
    const placeholders = placeholderFiles(siteDir);
    const german = layout.pages('de');
    const expected = german.filter((source) => {
      const original = path.join(en, source);
      const own = path.join(de, source);
      if (!fs.existsSync(original) || placeholders.has(path.relative(siteDir, original).split(path.sep).join('/')) || sameBody(own, original)) return false;
      const reference = newestPageDate(original);
      const date = newestPageDate(own);
      return reference !== null && (date === null || date < reference);
    });
    console.log(`de: ${expected.length} of ${german.length} German pages are older than their English page`);
    assert.ok(expected.length > 0, 'the real corpus has outdated German pages');

    for (const file of ['translations.html', 'de/translations.html']) {
      const $ = cheerio.load(fs.readFileSync(path.join(siteDir, 'build', file), 'utf8'));
      const listed = $('tbody tr[data-locale="de"][data-state="outdated"]').map((_, row) => $(row).attr('data-source')).get().sort();
      assert.deepEqual(listed, [...expected].sort(), `${file} lists the outdated German pages`);
      assert.equal($('tr[data-locale="de"] td[data-state="outdated"]').text(), String(expected.length), `${file} counts them`);
    }
    const wrong = german.filter((source) => builtPageHtml(source, 'de').includes('data-translation-notice') !== expected.includes(source));
    assert.deepEqual(wrong, [], 'the notice shows on exactly the outdated German pages');
  });

  // Blockers (issue 14), on the same build.
  const SEED_BLOCKER = 'blockers/blocked/l1l2l3-blocked-customer-it-infrastructure-remediation.md';
  const CHANGE_MANAGEMENT = 'l1l2l3-blocked-it-change-management-resourcing.md';
  // English and German, whose seed blocker pages this repository has.
  for (const {locale} of FOLDERS.filter((f) => ['en', 'de'].includes(f.locale))) {
    test(`${locale}: one page per name; blockers.json and /blockers hold every L2 page with its definition; the finder finds "VPN"`, () => {
      const layout = readContentLayout(siteDir);
      const buildDir = path.join(siteDir, 'build');
      // The seeds' DocFX pages went to the seeds: neither title is shown twice. (The corpus has
      // other pages sharing a title, e.g. the L2 and the lifecycle page "Migration": reported.)
      const report = reports.get(locale)!;
      const homes = report.nameClashes.map((c) => c.home);
      assert.ok(homes.some((home) => home.endsWith(SEED_BLOCKER)), 'the import names the seed blocker page as the home of its DocFX name');
      assert.deepEqual(report.sameTitles.filter((t) => t.files.some((f) => homes.includes(f))), []);

      const expected = corpusL2Pages(layout, locale);
      const guide = JSON.parse(fs.readFileSync(path.join(buildDir, ...(locale === DEFAULT_LOCALE ? [] : [locale]), 'blockers.json'), 'utf8')) as BlockerGuide;
      const l2 = guide.l1.flatMap((l1) => l1.l2);
      console.log(`${locale}: ${expected.length} L2 pages in the corpus; /blockers lists ${l2.length} under ${guide.l1.length} L1s`);
      assert.deepEqual(l2.map((e) => e.url).sort(), expected.map((p) => pageUrlPath(p.source, locale, DEFAULT_LOCALE)).sort());
      for (const page of expected) {
        const entry = l2.find((e) => e.url === pageUrlPath(page.source, locale, DEFAULT_LOCALE))!;
        assert.equal(normalize(entry.name), normalize(page.title));
        assert.ok(entry.definition.length > 20, `${page.source} has its definition in blockers.json`);
      }
      // The page as served without JavaScript: every L2 with its definition.
      const $ = cheerio.load(builtHtml(buildDir, locale === DEFAULT_LOCALE ? '/blockers' : `/${locale}/blockers`));
      for (const entry of l2) {
        const item = $('li[data-l2]').filter((_, li) => $(li).attr('data-l2') === entry.name);
        assert.equal(item.length, 1, `/blockers lists ${entry.name}`);
        assert.ok(normalize(item.text()).includes(normalize(entry.definition)), `/blockers shows the definition of ${entry.name}`);
      }
      // The corpus names VPN in the definition and a question of the seed's L2.
      const vpn = (findInGuide(finderIndex(guide), 'VPN') ?? []).flatMap((l1) => l1.l2);
      const seedUrl = pageUrlPath(SEED_BLOCKER, locale, DEFAULT_LOCALE);
      assert.ok(vpn.some((h) => h.l2.url === seedUrl && h.definition && h.questions.length > 0), `the finder finds "VPN" in ${seedUrl}: ${JSON.stringify(vpn.map((h) => h.l2.url))}`);
    });

    test(`${locale}: every scenario status links its L2 page or is reported; the seed's invalid scenarios lead to the other L2`, () => {
      const layout = readContentLayout(siteDir);
      const buildDir = path.join(siteDir, 'build');
      const warnings = new Set(build.output.split('\n').filter((l) => /\sblocker-status$/.test(l)).map((l) => l.replace('[playbook] ', '').replace(/ {2}.*$/, '')));
      let cells = 0;
      let linked = 0;
      for (const page of corpusL2Pages(layout, locale)) {
        const shown = statusCells(builtHtml(buildDir, pageUrlPath(page.source, locale, DEFAULT_LOCALE)));
        const file = path.relative(siteDir, page.file).split(path.sep).join('/');
        const reported = [...warnings].filter((w) => w.startsWith(`${file}:`));
        cells += shown.length;
        linked += shown.filter((c) => c.href).length;
        assert.equal(shown.filter((c) => !c.href).length, reported.length, `${file}: each status shown as text is reported (${reported.join(', ')})`);
      }
      console.log(`${locale}: ${cells} scenario statuses, ${linked} linked, ${cells - linked} reported`);
      assert.ok(linked > cells / 2, 'most statuses name an L2 page of the corpus');
      const seed = statusCells(builtHtml(buildDir, pageUrlPath(SEED_BLOCKER, locale, DEFAULT_LOCALE)));
      const other = pageUrlPath(CHANGE_MANAGEMENT, locale, DEFAULT_LOCALE);
      assert.ok(seed.filter((c) => c.href === other).length >= 2, `the seed's invalid scenarios link ${other}: ${JSON.stringify(seed)}`);
    });
  }

  for (const {locale} of FOLDERS.filter((f) => f.locale !== DEFAULT_LOCALE)) {
    test(`the UI under /${locale}/ is in ${locale}; pages ${locale} lacks say so and keep their language`, () => {
      assert.deepEqual(localeUiProblems(siteDir, locale), []);
      const {problems, fallback, own} = fallbackProblems(siteDir, locale);
      console.log(`${locale}: ${own} pages of its own, ${fallback} shown through the fallback with the notice`);
      assert.deepEqual(problems, []);
    });
  }

  // Japanese search in the real corpus: 3184 "AAD Connect Health - システム要件の確認" (its row merges
  // code and role, read by the declared codes). Runs with the Japanese edition in FOLDERS.
  for (const {locale} of FOLDERS.filter((f) => (f.locale as string) === 'ja')) {
    test(`under /${locale}/, task ID 3184 and a Japanese word of its name find the task, in the search box and on /${locale}/search`, async () => {
      assert.deepEqual(await japaneseSearchProblems(siteDir, '3184', 'システム要件'), []);
    });
  }

  test('broken links are warnings with file:line, and their number is printed', () => {
    const warnings = [...new Set(build.output.split('\n').filter((l) => l.startsWith('[playbook] ') && LINK_RULES.test(l)))];
    console.log(`Broken links in the corpus: ${warnings.length} (build warnings, each shown as plain text)`);
    for (const w of warnings) console.log(`  ${w.replace('[playbook] ', '')}`);
    assert.ok(warnings.length > 0, 'the corpus has broken links; the build should have reported them');
    for (const w of warnings) assert.match(w, /^\[playbook\] \S+\.md:\d+:\d+ {2}warning {2}/);
    assert.doesNotMatch(build.output, /Docusaurus found broken links/);
  });
});
