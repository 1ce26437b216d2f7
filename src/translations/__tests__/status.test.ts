import path from 'node:path';
import {expect, test} from 'vitest';
import {translationStatus, type LocaleStatus} from '../status';

const SITE = path.join(__dirname, '__fixtures__', 'site');
const REPO = 'https://git.example/playbook';
const report = translationStatus({siteDir: SITE, locales: ['en', 'de', 'fr'], defaultLocale: 'en', repositoryUrl: REPO});
const statusOf = (source: string, locale: string): LocaleStatus => report.pages.find((p) => p.source === source)!.locales.find((l) => l.locale === locale)!;
const DE = 'i18n/de/docusaurus-plugin-content-docs/current';

test('every page, every locale, the default locale first', () => {
  expect(report.locales).toEqual(['en', 'de', 'fr']);
  expect(report.pages.map((p) => p.source)).toEqual(['guide/copied.md', 'guide/current.md', 'guide/english-only.md', 'guide/german-only.md', 'guide/outdated.md']);
  for (const page of report.pages) expect(page.locales.map((l) => l.locale)).toEqual(['en', 'de', 'fr']);
  expect(report.pages[1]!.route).toBe('docs/guide/current');
});

test('a translation older than the default page is outdated: ms.date or the newest update-summary row, whichever is newer', () => {
  expect(statusOf('guide/outdated.md', 'en')).toMatchObject({state: 'up-to-date', updated: '2020-04-06'});
  expect(statusOf('guide/outdated.md', 'de')).toMatchObject({state: 'outdated', updated: '2020-01-29', title: 'Veraltete Seite'});
  expect(statusOf('guide/current.md', 'de')).toMatchObject({state: 'up-to-date', updated: '2020-04-06'});
});

test('missing files, import placeholders and untranslated copies', () => {
  expect(statusOf('guide/english-only.md', 'de')).toMatchObject({state: 'missing', updated: null, title: null, file: `${DE}/guide/english-only.md`});
  expect(statusOf('guide/current.md', 'fr').state).toBe('missing');
  // The import's stand-in for a page only German has; the German page is the original.
  expect(statusOf('guide/german-only.md', 'en').state).toBe('placeholder');
  expect(statusOf('guide/german-only.md', 'de').state).toBe('up-to-date');
  // Same text as the English page (other front matter and line breaks do not count).
  expect(statusOf('guide/copied.md', 'de').state).toBe('placeholder');
});

test('task drift counts the tasks a locale lists differently from the default page', () => {
  // 3358 is missing in German; 4080 is optional in English but required in German.
  expect(statusOf('guide/outdated.md', 'de').taskDrift).toBe(2);
  expect(statusOf('guide/outdated.md', 'en').taskDrift).toBe(0);
  expect(statusOf('guide/current.md', 'de').taskDrift).toBe(0);
});

test('edit links open the file, or the form that creates it', () => {
  expect(statusOf('guide/outdated.md', 'de').editUrl).toBe(`${REPO}/edit/main/${DE}/guide/outdated.md`);
  expect(statusOf('guide/english-only.md', 'de').editUrl).toBe(`${REPO}/new/main/${DE}/guide?filename=english-only.md`);
});

test('totals per locale and state', () => {
  expect(report.totals.de).toEqual({outdated: 1, missing: 1, placeholder: 1, 'up-to-date': 2});
  expect(report.totals.fr).toEqual({outdated: 0, missing: 5, placeholder: 0, 'up-to-date': 0});
  expect(report.totals.en).toEqual({outdated: 0, missing: 0, placeholder: 1, 'up-to-date': 4});
});
