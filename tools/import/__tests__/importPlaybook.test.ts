import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {copySite, removeSite} from '../../../tests/support/siteCopy';
import {ImportError, importPlaybook, type ImportReport} from '../importPlaybook';
import {formatSummary} from '../summary';
import {indexImportedFiles} from '../../../src/content/contentTree';
import {indexPages, pageNamedBy, readContentLayout} from '../../../src/content/layout';
import {parseLegacyLink} from '../../../src/playbook/legacyNames';

const FIXTURES = path.join(__dirname, '__fixtures__');
const EN = path.join(FIXTURES, 'en-playbook');
const DE = path.join(FIXTURES, 'de-playbook');
const DE_DOCS = 'i18n/de/docusaurus-plugin-content-docs/current';

let siteDir: string;
const run = (locale: string, folder: string): ImportReport => importPlaybook({siteDir, locale, folder});
const read = (rel: string) => fs.readFileSync(path.join(siteDir, rel), 'utf8');
const exists = (rel: string) => fs.existsSync(path.join(siteDir, rel));

/** Every file under the given site folders with its hash: what "touches nothing else" compares. */
function snapshot(...dirs: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const dir of dirs) {
    const abs = path.join(siteDir, dir);
    if (!fs.existsSync(abs)) continue;
    if (fs.statSync(abs).isFile()) {
      out[dir] = crypto.createHash('sha256').update(fs.readFileSync(abs)).digest('hex');
      continue;
    }
    for (const e of fs.readdirSync(abs, {withFileTypes: true, recursive: true})) {
      if (!e.isFile()) continue;
      const file = path.join(e.parentPath, e.name);
      out[path.relative(siteDir, file)] = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
    }
  }
  return out;
}

beforeEach(() => {
  siteDir = copySite();
});
afterEach(() => removeSite(siteDir));

describe('npm run import: the default locale', () => {
  test('pages land under docs/ by normalized name, byte for byte; media is copied', () => {
    const report = run('en', EN);
    expect(report.pages.map((p) => [p.source, p.file])).toEqual([
      ['getting-started-partner.md', 'docs/getting-started.md'],
      ['index.md', 'docs/index.md'],
      ['plan-pilot-partner.md', 'docs/plan-pilot.md'],
    ]);
    for (const page of report.pages) expect(read(page.file)).toBe(fs.readFileSync(path.join(EN, page.source), 'utf8'));
    expect(fs.readFileSync(path.join(siteDir, 'docs/media/rollout-overview.png'))).toEqual(fs.readFileSync(path.join(EN, 'media/rollout-overview.png')));
    expect(report.assets).toBe(2);
  });

  test('toc.yml becomes the sidebar, nested and with its labels; hrefs outside the folder are reported', () => {
    const report = run('en', EN);
    expect(JSON.parse(read('sidebars.imported.json'))).toEqual({
      playbook: [
        {
          type: 'category', label: 'Rollout Playbook', key: 'toc/index', collapsed: false, link: {type: 'doc', id: 'index'},
          items: [
            {type: 'doc', id: 'getting-started', label: 'Getting Started', key: 'getting-started'},
            {type: 'category', label: 'Pilot', key: 'toc/Rollout Playbook/Pilot', collapsed: true, items: [{type: 'doc', id: 'plan-pilot', label: 'Plan the Pilot', key: 'plan-pilot'}]},
          ],
        },
        {type: 'link', href: 'https://example.com/partners', label: 'Partner Portal'},
      ],
    });
    expect(report.toc).toEqual([{file: 'en-playbook/toc.yml', line: 10, message: 'toc entry "Archive" links "../archive/index.md", which is outside the imported folder; it is left out of the sidebar.'}]);
  });

  test('a broken toc.yml is reported with its line; pages are imported, the sidebar stays hand-written', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'en-playbook-'));
    fs.cpSync(EN, folder, {recursive: true});
    fs.writeFileSync(path.join(folder, 'toc.yml'), '- name: Rollout Playbook\n  href: index.md\n  items:\n  - name: [Getting Started\n');
    const report = run('en', folder);
    fs.rmSync(folder, {recursive: true});
    expect(report.pages).toHaveLength(3);
    expect(exists('sidebars.imported.json')).toBe(false);
    expect(report.toc[0]!.line).toBeGreaterThanOrEqual(4);
    expect(report.toc.map((f) => f.message)).toEqual([
      expect.stringMatching(/^toc.yml is not valid YAML/),
      'toc.yml gives no sidebar entries, so the sidebar stays as written in sidebars.ts and the imported pages are in no sidebar.',
    ]);
  });

  test('links the build cannot resolve are reported with file:line', () => {
    const report = run('en', EN);
    expect(report.unresolvedLinks.map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual(['docs/plan-pilot.md:18:9', 'docs/plan-pilot.md:18:51']);
    expect(report.unresolvedLinks[0]!.message).toMatch(/"\/legacy-portal\/pilot.md" names no page/);
    expect(report.unresolvedLinks[1]!.message).toMatch(/"team-wiki" is no page of this site/);
  });

  test('refuses to overwrite a page it did not create, and changes nothing', () => {
    fs.writeFileSync(path.join(siteDir, 'docs/getting-started.md'), '# Written by hand\n');
    const before = snapshot('docs', 'i18n', 'imports');
    expect(() => run('en', EN)).toThrow(ImportError);
    expect(() => run('en', EN)).toThrow(/\n {2}docs\/getting-started.md\nMove or delete them/);
    expect(snapshot('docs', 'i18n', 'imports')).toEqual(before);
    expect(exists('sidebars.imported.json')).toBe(false);
  });

  test('an unknown locale or a missing folder is a clear error', () => {
    expect(() => run('fr', EN)).toThrow(/Locale "fr" is not configured.*src\/playbook\/locales.ts/);
    expect(() => run('en', path.join(FIXTURES, 'nope'))).toThrow(/does not exist/);
  });
});

describe('npm run import: another locale', () => {
  test('pairs pages by normalized name, skips English duplicates, keeps both texts of one page', () => {
    run('en', EN);
    const report = run('de', DE);
    expect(report.pages.map((p) => [p.source, p.target])).toEqual([
      ['feldnotizen-partner-de.md', 'feldnotizen.md'],
      ['getting-started-partner-de.md', 'getting-started.md'],
      ['index.md', 'index.md'],
      ['plan-pilot-de.md', 'plan-pilot-2.md'],
      ['plan-pilot-partner-de.md', 'plan-pilot.md'],
    ]);
    expect(report.duplicates).toEqual([{source: 'getting-started.md', localized: 'getting-started-partner-de.md'}]);
    expect(report.renamed).toEqual([{source: 'plan-pilot-de.md', target: 'plan-pilot-2.md', sameNameAs: 'plan-pilot-partner-de.md'}]);
    expect(report.paired.map((p) => p.target)).toEqual(['getting-started.md', 'index.md', 'plan-pilot.md']);
    expect(report.onlyHere).toEqual(['feldnotizen.md', 'plan-pilot-2.md']);
    for (const page of report.pages) expect(read(page.file)).toBe(fs.readFileSync(path.join(DE, page.source), 'utf8'));
    expect(exists(`${DE_DOCS}/media/rollout-uebersicht.png`)).toBe(true);
  });

  test('a page only German has gets a marked English placeholder that links to it', () => {
    run('en', EN);
    const report = run('de', DE);
    expect(report.derived.placeholders).toEqual([
      {file: 'docs/feldnotizen.md', locales: ['de']},
      {file: 'docs/plan-pilot-2.md', locales: ['de']},
    ]);
    const placeholder = read('docs/feldnotizen.md');
    expect(placeholder).toContain('title: Notizen aus dem Feld');
    expect(placeholder).toContain('# Notizen aus dem Feld\n\n*This page is available only in German:* [Deutsch](pathname:///de/docs/feldnotizen).');
    expect(placeholder).not.toContain('Diese Seite gibt es nur auf Deutsch');
  });

  test('sidebar labels come from the German pages\' titles, in current.json, beside the hand-written ones', () => {
    run('en', EN);
    const report = run('de', DE);
    const labels = JSON.parse(read('i18n/de/docusaurus-plugin-content-docs/current.json')) as Record<string, {message: string}>;
    expect(labels['sidebar.playbook.category.toc/index']?.message).toBe('Rollout-Playbook');
    expect(labels['sidebar.playbook.doc.getting-started']?.message).toBe('Erste Schritte');
    expect(labels['sidebar.playbook.doc.plan-pilot']?.message).toBe('Pilot planen');
    expect(labels['sidebar.playbook.category.lifecycle']?.message).toBe('Lebenszyklusphasen');
    // Other locales with translation files (es, ja) have no import of their own: nothing written for them.
    expect(report.derived.labels.filter((l) => l.written > 0 || l.locale === 'de')).toEqual([{locale: 'de', written: 3, keptByHand: [], untranslated: ['Pilot']}]);
  });

  test('images only the English media has are listed as resolved through the fallback', () => {
    run('en', EN);
    const report = run('de', DE);
    expect(report.fallbackImages).toEqual([
      {file: `${DE_DOCS}/getting-started.md`, line: 15, column: 1, message: 'image "media/pilot-checklist.png" is shown from docs/media/pilot-checklist.png'},
    ]);
    expect(report.missingImages).toEqual([]);
  });

  test('the summary names every kind of finding', () => {
    run('en', EN);
    const summary = formatSummary(run('de', DE));
    expect(summary).toContain('Imported de-playbook as de: 5 pages, 0 include files, 1 media files.');
    expect(summary).toContain('Pages paired with another locale: 3');
    expect(summary).toContain('Localized duplicates, not imported: 1\n  getting-started.md: de has getting-started-partner-de.md');
    expect(summary).toContain('Pages only in de: 2\n  feldnotizen.md\n  plan-pilot-2.md');
    expect(summary).toContain('Images resolved through the English (default locale) fallback: 1\n  i18n/de/docusaurus-plugin-content-docs/current/getting-started.md:15:1');
    expect(summary).toMatch(/Links that could not be resolved \(shown as plain text\): 0/);
    // The default locale is named in its own language, not in an assumed one.
    expect(formatSummary({...run('de', DE), defaultLocale: 'de'})).toContain('Images resolved through the Deutsch (default locale) fallback: 1');
  });
});

describe('npm run import: running it again', () => {
  test('replaces what the last import of the locale brought and touches nothing else', () => {
    const seeds = snapshot(`${DE_DOCS}/lifecycle`, `${DE_DOCS}/blockers`, 'docs/lifecycle', 'docs/blockers');
    fs.writeFileSync(path.join(siteDir, DE_DOCS, 'handwritten.md'), '# Von Hand\n');
    fs.writeFileSync(path.join(siteDir, 'docs/handwritten.md'), '# By hand\n');
    run('en', EN);
    run('de', DE);
    const first = snapshot('docs', 'i18n', 'imports', 'sidebars.imported.json');
    run('de', DE);
    run('en', EN);
    expect(snapshot('docs', 'i18n', 'imports', 'sidebars.imported.json')).toEqual(first);

    // The folder loses a page: the next import removes it, and its placeholder.
    const smaller = fs.mkdtempSync(path.join(os.tmpdir(), 'de-playbook-'));
    fs.cpSync(DE, smaller, {recursive: true});
    fs.rmSync(path.join(smaller, 'feldnotizen-partner-de.md'));
    const report = run('de', smaller);
    fs.rmSync(smaller, {recursive: true});
    expect(report.removed).toEqual([`${DE_DOCS}/feldnotizen.md`]);
    expect(report.derived.removedPlaceholders).toEqual(['docs/feldnotizen.md']);
    expect(exists(`${DE_DOCS}/feldnotizen.md`)).toBe(false);
    expect(exists('docs/feldnotizen.md')).toBe(false);

    expect(read(`${DE_DOCS}/handwritten.md`)).toBe('# Von Hand\n');
    expect(read('docs/handwritten.md')).toBe('# By hand\n');
    expect(snapshot(`${DE_DOCS}/lifecycle`, `${DE_DOCS}/blockers`, 'docs/lifecycle', 'docs/blockers')).toEqual(seeds);
  });

  test('the order of imports does not matter: the default locale\'s pages replace placeholders', () => {
    const first = run('de', DE);
    expect(first.derived.placeholders.map((p) => p.file)).toEqual([
      'docs/feldnotizen.md', 'docs/getting-started.md', 'docs/index.md', 'docs/plan-pilot-2.md', 'docs/plan-pilot.md',
    ]);
    const en = run('en', EN);
    expect(read('docs/getting-started.md')).toBe(fs.readFileSync(path.join(EN, 'getting-started-partner.md'), 'utf8'));
    expect(en.derived.placeholders.map((p) => p.file)).toEqual(['docs/feldnotizen.md', 'docs/plan-pilot-2.md']);
    expect(en.derived.labels[0]?.written).toBe(3);
  });

  test('a page edited since the last import is replaced, and the summary says so', () => {
    run('en', EN);
    fs.appendFileSync(path.join(siteDir, 'docs/index.md'), '\nA local edit.\n');
    const report = run('en', EN);
    expect(report.edited).toEqual(['docs/index.md']);
    expect(read('docs/index.md')).toBe(fs.readFileSync(path.join(EN, 'index.md'), 'utf8'));
    expect(formatSummary(report)).toContain('Edited since the last import, replaced by the folder\'s version (recover edits from git): 1\n  docs/index.md');
  });

  test('a placeholder edited by hand is left alone', () => {
    run('en', EN);
    run('de', DE);
    fs.appendFileSync(path.join(siteDir, 'docs/feldnotizen.md'), '\nAn English summary, written by hand.\n');
    const report = run('de', DE);
    expect(report.derived.editedPlaceholders).toEqual(['docs/feldnotizen.md']);
    expect(read('docs/feldnotizen.md')).toContain('written by hand');
  });
});

describe('npm run import: a DocFX repository with docfx.json', () => {
  const REPO = path.join(FIXTURES, 'docfx-repo');

  test('include files come along as partials in include folders; each audience TOC becomes that audience\'s sidebar', () => {
    const report = run('en', path.join(REPO, 'playbook'));
    expect(report.docfx).toBe('../docfx.json');
    expect(report.pages.map((p) => p.file)).toEqual(['docs/index.md', 'docs/plan/internal-escalation.md', 'docs/plan/plan-rollout.md']);
    expect(report.partials).toEqual(['docs/includes/feedback.md', 'docs/includes/nested/contact.md']);
    expect(report.includeFolders).toEqual(['includes']);
    expect(read('docs/includes/feedback.md')).toBe(fs.readFileSync(path.join(REPO, 'playbook/includes/feedback.md'), 'utf8'));
    expect(JSON.parse(read('imports/en.json'))).toMatchObject({partials: ['includes/feedback.md', 'includes/nested/contact.md'], includeFolders: ['includes']});

    const sidebars = JSON.parse(read('sidebars.imported.json'));
    expect(Object.keys(sidebars)).toEqual(['audiences']);
    expect(sidebars.audiences.partner[0].items.map((i: {id: string}) => i.id)).toEqual(['plan/plan-rollout']);
    expect(sidebars.audiences.internal[0].items.map((i: {id: string}) => i.id)).toEqual(['plan/internal-escalation']);
    expect(report.sidebars).toEqual([{toc: 'toc--internal.yml', audience: 'internal'}, {toc: 'toc--partner.yml', audience: 'partner'}]);

    const summary = formatSummary(report);
    expect(summary).toContain('Imported playbook as en: 3 pages, 2 include files, 5 media files.\nFollowed ../docfx.json: its content, resource and exclude decide what is imported.');
    expect(summary).toContain('Include folders (no page is made from a file there): includes');
    expect(summary).toContain('Sidebar for PLAYBOOK_AUDIENCE=partner builds from toc--partner.yml');
    expect(summary).toContain('The folder has no toc.yml, so the sidebar stays as written in sidebars.ts and the imported pages are in no sidebar, except in builds for internal (PLAYBOOK_AUDIENCE=internal, from toc--internal.yml), partner (PLAYBOOK_AUDIENCE=partner, from toc--partner.yml).');
    expect(summary).toContain('Files not imported: 2\n  archive/old-rollout.md (excluded by docfx.json ("**/archive/**"), and no page includes it)\n  notes.txt (in neither "content" nor "resource" of docfx.json)');
    // Include files are no pages: nothing pairs them, and no link or image in them is unresolved.
    expect(report.onlyHere).toEqual(['index.md', 'plan/internal-escalation.md', 'plan/plan-rollout.md']);
    expect(report.missingImages).toEqual([]);
    expect(report.unresolvedLinks).toEqual([]);
  });

  test('a translation-only include folder is recorded for its locale', () => {
    run('en', path.join(REPO, 'playbook'));
    const report = run('de', path.join(REPO, 'playbook-de'));
    expect(report.partials).toEqual([`${DE_DOCS}/includes/nur-deutsch.md`]);
    expect(report.onlyElsewhere).toEqual([]);
    expect(report.missingImages).toEqual([]);
  });
});

describe('npm run import: one page per name', () => {
  const SEED = 'blockers/blocked/l1l2l3-blocked-customer-it-infrastructure-remediation.md';
  const PROCESS_SEED = 'lifecycle/remediate/remediate-address-technical-gaps.md';
  let folder: string;
  /** A DocFX folder holding pages named like the site's seed pages (written here, not the corpus's text). */
  function docfxFolder(suffix: string, titles: [string, string]): string {
    fs.writeFileSync(path.join(folder, `l1l2l3-blocked-customer-it-infrastructure-remediation-${suffix}.md`), `---\ntitle: x\n---\n\n# ${titles[0]}\n\nImported text.\n`);
    fs.writeFileSync(path.join(folder, `remediate-address-technical-gaps-partner-${suffix}.md`), `---\ntitle: y\n---\n\n# ${titles[1]}\n\nImported text.\n`);
    fs.writeFileSync(path.join(folder, 'links-partner.md'), '# Links\n\n[a](l1l2l3-blocked-customer-it-infrastructure-remediation-de.md)\n');
    return folder;
  }
  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'docfx-names-'));
  });
  afterEach(() => fs.rmSync(folder, {recursive: true, force: true}));

  test('a page named like a hand-written page goes to its path; this locale\'s hand-written file wins and stays byte for byte', () => {
    const before = snapshot(`${DE_DOCS}/${SEED}`, `${DE_DOCS}/${PROCESS_SEED}`);
    const report = run('de', docfxFolder('de', ['IT-Infrastruktur des Kunden, Korrektur', 'Adressieren von technischen Lücken']));
    expect(report.nameClashes).toEqual([
      {source: 'l1l2l3-blocked-customer-it-infrastructure-remediation-de.md', imported: `${DE_DOCS}/l1l2l3-blocked-customer-it-infrastructure-remediation.md`, home: `${DE_DOCS}/${SEED}`, kept: true},
      {source: 'remediate-address-technical-gaps-partner-de.md', imported: `${DE_DOCS}/remediate-address-technical-gaps.md`, home: `${DE_DOCS}/${PROCESS_SEED}`, kept: true},
    ]);
    // Nothing at the root, the seeds untouched, no title twice.
    expect(exists(`${DE_DOCS}/l1l2l3-blocked-customer-it-infrastructure-remediation.md`)).toBe(false);
    expect(exists(`${DE_DOCS}/remediate-address-technical-gaps.md`)).toBe(false);
    expect(snapshot(`${DE_DOCS}/${SEED}`, `${DE_DOCS}/${PROCESS_SEED}`)).toEqual(before);
    expect(report.sameTitles).toEqual([]);
    // Links by either DocFX name reach the one page.
    const layout = readContentLayout(siteDir);
    const pages = indexPages(layout);
    const imported = indexImportedFiles(siteDir, layout.locales, layout.defaultLocale);
    for (const url of ['l1l2l3-blocked-customer-it-infrastructure-remediation-de.md', 'l1l2l3-blocked-customer-it-infrastructure-remediation.md']) {
      expect(pageNamedBy(parseLegacyLink(url)!, pages, imported)?.source).toBe(SEED);
    }
    expect(formatSummary(report)).toContain(
      `Named like a hand-written page, which wins (links by either DocFX name reach it): 2\n  l1l2l3-blocked-customer-it-infrastructure-remediation-de.md: ${DE_DOCS}/${SEED} stays as written; not written to ${DE_DOCS}/l1l2l3-blocked-customer-it-infrastructure-remediation.md`,
    );
  });

  test('where only other locales have the hand-written page, the imported text is written at its path, beside them', () => {
    // Spanish has its own blocker page (it stays) but no process page (the import writes it where en and de have theirs).
    const ES_DOCS = 'i18n/es/docusaurus-plugin-content-docs/current';
    expect([exists(`${ES_DOCS}/${SEED}`), exists(`${ES_DOCS}/${PROCESS_SEED}`)]).toEqual([true, false]);
    const before = read(`${ES_DOCS}/${SEED}`);
    const report = run('es', docfxFolder('es', ['Infraestructura de TI del cliente', 'Abordar las brechas técnicas']));
    expect(report.nameClashes.map((c) => [c.home, c.kept])).toEqual([[`${ES_DOCS}/${SEED}`, true], [`${ES_DOCS}/${PROCESS_SEED}`, false]]);
    expect(read(`${ES_DOCS}/${SEED}`)).toBe(before);
    expect(read(`${ES_DOCS}/${PROCESS_SEED}`)).toBe(fs.readFileSync(path.join(folder, 'remediate-address-technical-gaps-partner-es.md'), 'utf8'));
    expect(exists(`${ES_DOCS}/remediate-address-technical-gaps.md`)).toBe(false);
  });

  test('two pages of one locale with one title are reported', () => {
    fs.writeFileSync(path.join(folder, 'copy-partner-de.md'), '# IT-Infrastruktur des Kunden, Korrektur\n\nA second page.\n');
    const report = run('de', docfxFolder('de', ['IT-Infrastruktur des Kunden, Korrektur', 'Adressieren von technischen Lücken']));
    expect(report.sameTitles).toEqual([{title: 'IT-Infrastruktur des Kunden, Korrektur', files: [`${DE_DOCS}/${SEED}`, `${DE_DOCS}/copy.md`]}]);
    expect(formatSummary(report)).toContain('Pages with the same title (readers see both; rename or remove one): 1');
  });
});
