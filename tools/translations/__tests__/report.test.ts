import {execFile} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {expect, test} from 'vitest';
import {translationStatus} from '../../../src/translations/status';
import {formatTranslationReport} from '../report';

const SITE = path.resolve(__dirname, '../../../src/translations/__tests__/__fixtures__/site');
const REPO = 'https://git.example/playbook';
const DE = 'i18n/de/docusaurus-plugin-content-docs/current';

test('the report lists, per locale, the pages that need work with dates, drift and the link to edit or create them', () => {
  const report = translationStatus({siteDir: SITE, locales: ['en', 'de'], defaultLocale: 'en', repositoryUrl: REPO});
  expect(formatTranslationReport(report, {en: 'English', de: 'Deutsch'})).toBe(`Translation status: 5 page(s); en (English) is the original.

en (English): 0 outdated, 0 missing, 1 placeholder, 4 up to date
  placeholder  guide/german-only.md  (en 2020-02-01)
               edit: ${REPO}/edit/main/docs/guide/german-only.md

de (Deutsch): 1 outdated, 1 missing, 1 placeholder, 2 up to date; 1 page(s) with task drift
  placeholder  guide/copied.md  (de 2020-04-06; en 2020-04-06)
               edit: ${REPO}/edit/main/${DE}/guide/copied.md
  missing      guide/english-only.md  (en undated)
               create: ${REPO}/new/main/${DE}/guide?filename=english-only.md
  outdated     guide/outdated.md  (de 2020-01-29; en 2020-04-06; 2 task(s) differ)
               edit: ${REPO}/edit/main/${DE}/guide/outdated.md

`);
  expect(formatTranslationReport(report, {}, true)).toContain('  up to date   guide/current.md  (de 2020-04-06; en 2020-04-06)');
});

test('npm run translations writes every page and locale to JSON', async () => {
  const json = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'translations-')), 'report.json');
  try {
    const {stdout} = await promisify(execFile)(process.execPath, ['--import', 'tsx', path.join(__dirname, '../cli.ts'), '--site', SITE, '--json', json], {
      cwd: path.resolve(__dirname, '../../..'),
    });
    expect(stdout).toContain('de (Deutsch): 1 outdated, 1 missing, 1 placeholder, 2 up to date');
    const written = JSON.parse(fs.readFileSync(json, 'utf8'));
    expect(written.pages).toHaveLength(5);
    expect(written.pages.find((p: {source: string}) => p.source === 'guide/outdated.md').locales.find((l: {locale: string}) => l.locale === 'de').state).toBe('outdated');
  } finally {
    fs.rmSync(path.dirname(json), {recursive: true, force: true});
  }
});
