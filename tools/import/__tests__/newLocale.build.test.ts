/**
 * "Adding a language" as CONTRIBUTING.md describes it, done for real: French is configured in
 * src/playbook/locales.ts of a site copy, a small French playbook is imported beside an
 * English one, and Docusaurus builds en + fr.
 */
import fs from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {openBuild} from '../../../tests/support/builtPage';
import {buildSite, copySite, removeSite, type BuildResult} from '../../../tests/support/siteCopy';
import {importPlaybook, type ImportReport} from '../importPlaybook';

const FIXTURES = path.join(__dirname, '__fixtures__');
const LOCALES = ['en', 'de', 'fr'];

describe('a third locale: French', () => {
  let siteDir: string;
  let build: BuildResult;
  let fr: ImportReport;
  let pages: Awaited<ReturnType<typeof openBuild>>;

  beforeAll(async () => {
    siteDir = copySite();
    const config = path.join(siteDir, 'src/playbook/locales.ts');
    const before = fs.readFileSync(config, 'utf8');
    // README "Adding a language", step 1: one entry at the end of LOCALE_CONFIGS.
    const after = before.replace(
      '] as const satisfies readonly LocaleConfig[];',
      "  {code: 'fr', label: 'Français', htmlLang: 'fr', direction: 'ltr', docfxSuffixes: ['fr'], dates: DEFAULT_DATE_CONVENTIONS, words: {}},\n] as const satisfies readonly LocaleConfig[];",
    );
    expect(after).not.toBe(before);
    fs.writeFileSync(config, after);

    importPlaybook({siteDir: siteDir, locale: 'en', folder: path.join(FIXTURES, 'en-playbook'), locales: LOCALES});
    fr = importPlaybook({siteDir: siteDir, locale: 'fr', folder: path.join(FIXTURES, 'fr-playbook'), locales: LOCALES});
    build = await buildSite(siteDir, {}, ['--locale', 'en', '--locale', 'fr']);
    if (build.status !== 0) console.log(build.output);
    pages = await openBuild(path.join(siteDir, 'build'));
  });

  afterAll(async () => {
    await pages?.close();
    if (siteDir) removeSite(siteDir);
  });

  test('the import pairs French pages by name and reports the English duplicate', () => {
    expect(fr.pages.map((p) => [p.source, p.file])).toEqual([
      ['getting-started-partner-fr.md', 'i18n/fr/docusaurus-plugin-content-docs/current/getting-started.md'],
      ['index-fr.md', 'i18n/fr/docusaurus-plugin-content-docs/current/index.md'],
      ['notes-terrain-fr.md', 'i18n/fr/docusaurus-plugin-content-docs/current/notes-terrain.md'],
    ]);
    expect(fr.duplicates).toEqual([{source: 'getting-started-partner.md', localized: 'getting-started-partner-fr.md'}]);
    expect(fr.onlyHere).toEqual(['notes-terrain.md']);
    expect(fr.onlyElsewhere).toContainEqual({target: 'plan-pilot.md', locales: ['en']});
  });

  test('Docusaurus builds en and fr without errors', () => {
    expect(build.output).not.toMatch(/\[ERROR\]/);
    expect(build.status).toBe(0);
  });

  test('French pages are French, with French sidebar labels from their titles', async () => {
    const page = await pages.read('/fr/docs/getting-started');
    expect(page.status).toBe(200);
    expect(page.lang).toBe('fr');
    expect(page.h1).toBe('Premiers pas');
    // "Pilot" has no page to take a French title from, so it keeps the toc.yml label.
    expect(page.sidebar).toEqual(['Guide de déploiement', 'Premiers pas', 'Pilot', 'Partner Portal', 'Authoring']);
    expect(page.images).toHaveLength(1);
    expect(page.images[0]!.ok).toBe(true);
    // The French link by DocFX file name reaches the French page.
    expect(page.links).toContainEqual(['/fr/docs/notes-terrain', 'notes de terrain']);
  });

  test('a page only French has is published, and English readers get a marked placeholder', async () => {
    const french = await pages.read('/fr/docs/notes-terrain');
    expect([french.status, french.lang, french.h1]).toEqual([200, 'fr', 'Notes de terrain']);
    const english = await pages.read('/docs/notes-terrain');
    expect([english.status, english.lang, english.h1]).toEqual([200, 'en', 'Notes de terrain']);
    expect(english.text).toContain('This page is available only in French: français.');
    expect(english.links).toContainEqual(['/fr/docs/notes-terrain', 'français']);
  });

  test('a page only English has is shown to French readers from English', async () => {
    const page = await pages.read('/fr/docs/plan-pilot');
    expect([page.status, page.lang, page.h1]).toEqual([200, 'fr', 'Plan the Pilot']);
  });

  test('English keeps its own labels', async () => {
    const page = await pages.read('/docs/getting-started');
    expect(page.sidebar).toEqual(['Rollout Playbook', 'Getting Started', 'Pilot', 'Partner Portal', 'Authoring']);
    expect(page.images[0]?.ok).toBe(true);
  });
});
