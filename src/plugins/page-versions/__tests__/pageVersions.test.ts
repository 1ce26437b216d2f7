import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import type {DocusaurusConfig, RouteConfig} from '@docusaurus/types';
import {contentHash} from '../../../content/importManifest';
import {readContentLayout} from '../../../content/layout';
import {pageVersions} from '../../../content/pageVersions';
import {fallbackOf, localesOfPage, versionsOfPath} from '../data';
import {sitemapItemsWithAlternates} from '..';

const LOCALES = ['en', 'de', 'ja'];
const translated = (locale: string, rel: string) => `i18n/${locale}/docusaurus-plugin-content-docs/current/${rel}`;

let siteDir: string;
beforeAll(() => {
  siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'page-versions-'));
  const placeholder = '# Nur Japanisch\n\n*This page is available only in Japanese:* [日本語](pathname:///ja/docs/only-ja).\n';
  const files: Record<string, string> = {
    'docs/everywhere.md': '# A',
    'docs/guide/english-only.md': '# B',
    'docs/guide/_includes/part.md': 'partial',
    'docs/only-ja.md': placeholder,
    'docs/edited.md': '# Written in English since',
    [translated('de', 'everywhere.md')]: '# A',
    [translated('ja', 'everywhere.md')]: '# A',
    [translated('ja', 'only-ja.md')]: '# 日本語だけ',
    [translated('ja', 'edited.md')]: '# 編集',
    'imports/derived.json': JSON.stringify({placeholders: {'docs/only-ja.md': contentHash(placeholder), 'docs/edited.md': contentHash('old placeholder')}, labels: {}}),
  };
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(siteDir, rel)), {recursive: true});
    fs.writeFileSync(path.join(siteDir, rel), text);
  }
});
afterAll(() => fs.rmSync(siteDir, {recursive: true, force: true}));

describe('language versions of the content tree', () => {
  test('each page lists the locales with a file of their own; partials are no pages', () => {
    expect(Object.fromEntries(pageVersions(readContentLayout(siteDir, {locales: LOCALES, defaultLocale: 'en'})))).toEqual({
      'everywhere.md': ['en', 'de', 'ja'],
      'guide/english-only.md': ['en'],
      'only-ja.md': ['ja'],
      // An edited placeholder is a page of its own.
      'edited.md': ['en', 'ja'],
    });
  });
});

describe('what a page tells the theme', () => {
  const i18n = {defaultLocale: 'en', currentLocale: 'de', locales: LOCALES, localeConfigs: {en: {htmlLang: 'en'}, de: {htmlLang: 'de'}, ja: {htmlLang: 'ja'}}};

  test('pages are looked up by path, with or without a trailing slash; unlisted pages exist everywhere', () => {
    const data = {pages: {'/de/docs/guide/english-only': ['en']}};
    expect(versionsOfPath(data, '/de/docs/guide/english-only/')).toEqual(['en']);
    expect(versionsOfPath(data, '/de/docs/everywhere')).toBeNull();
    expect(versionsOfPath(undefined, '/de/')).toBeNull();
  });

  test('alternates name only the versions a page has', () => {
    expect(localesOfPage(i18n, null)).toBe(i18n);
    expect(localesOfPage(i18n, ['en', 'de', 'ja'])).toBe(i18n);
    expect(localesOfPage(i18n, ['en', 'de'])).toMatchObject({currentLocale: 'de', defaultLocale: 'en', locales: ['en', 'de'], localeConfigs: {en: {}, de: {}}});
    // Shown through the fallback: the page is the English one, not a German version.
    const fallback = localesOfPage(i18n, ['en']);
    expect(fallback).toMatchObject({currentLocale: 'en', defaultLocale: 'en', locales: ['en']});
    expect(Object.keys(fallback.localeConfigs)).toEqual(['en']);
    // A page only Japanese has (an import placeholder elsewhere).
    expect(localesOfPage(i18n, ['ja'])).toMatchObject({currentLocale: 'ja', defaultLocale: 'ja', locales: ['ja']});
  });

  test('a page the reader locale lacks is shown in the default locale, a placeholder is no translation', () => {
    expect(fallbackOf(['en'], 'de', 'en')).toEqual({locale: 'en', translated: true});
    expect(fallbackOf(['ja'], 'de', 'en')).toEqual({locale: 'en', translated: false});
    expect(fallbackOf(['en', 'de'], 'de', 'en')).toBeNull();
    expect(fallbackOf(['ja'], 'en', 'en')).toBeNull();
    expect(fallbackOf(null, 'de', 'en')).toBeNull();
  });
});

describe('sitemap alternates', () => {
  test('each URL lists the versions its page has, with x-default', async () => {
    const createItems = sitemapItemsWithAlternates({
      siteDir,
      baseUrl: '/',
      locales: LOCALES.map((code) => ({code, htmlLang: code === 'ja' ? 'ja-JP' : code})),
      defaultLocale: 'en',
    });
    const siteConfig = {url: 'https://site.test', baseUrl: '/de/', trailingSlash: false} as DocusaurusConfig;
    const routes: RouteConfig[] = [
      {path: '/de/', component: 'home', exact: true},
      {path: '/de/docs/everywhere', component: 'doc', metadata: {sourceFilePath: translated('de', 'everywhere.md')}},
      {path: '/de/docs/guide/english-only', component: 'doc', metadata: {sourceFilePath: 'docs/guide/english-only.md'}},
      {path: '/de/docs/only-ja', component: 'doc', metadata: {sourceFilePath: 'docs/only-ja.md'}},
    ];
    const items = await createItems({
      siteConfig,
      routes,
      defaultCreateSitemapItems: async ({routes: rs}) => rs.map((r) => ({url: `https://site.test${r.path}`})),
    });
    const links = Object.fromEntries(items.map((item) => [item.url, (item as {links?: {lang: string; url: string}[]}).links?.map((l) => `${l.lang} ${l.url}`)]));
    expect(links).toEqual({
      'https://site.test/de/': ['en https://site.test/', 'de https://site.test/de/', 'ja-JP https://site.test/ja/', 'x-default https://site.test/'],
      'https://site.test/de/docs/everywhere': [
        'en https://site.test/docs/everywhere',
        'de https://site.test/de/docs/everywhere',
        'ja-JP https://site.test/ja/docs/everywhere',
        'x-default https://site.test/docs/everywhere',
      ],
      'https://site.test/de/docs/guide/english-only': ['en https://site.test/docs/guide/english-only', 'x-default https://site.test/docs/guide/english-only'],
      'https://site.test/de/docs/only-ja': ['ja-JP https://site.test/ja/docs/only-ja', 'x-default https://site.test/ja/docs/only-ja'],
    });
  });
});
