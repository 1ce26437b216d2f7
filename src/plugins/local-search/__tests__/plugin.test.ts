import childProcess from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, expect, test, vi} from 'vitest';
import type {LoadContext, Plugin} from '@docusaurus/types';
import localSearchPlugin from '..';
import {closeSearchIndexer} from '../indexer';

const page = (lang: string, text: string) =>
  `<!doctype html><html lang="${lang}"><head><title>t</title></head><body><article><div data-pagefind-body=""><h1>${text}</h1><p>${text}</p></div></article></body></html>`;

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'search-plugin-'));
afterAll(async () => {
  await closeSearchIndexer();
  fs.rmSync(root, {recursive: true, force: true});
});

/** What Docusaurus gives a locale's build: a fresh plugin instance (the config is loaded anew per locale) and its postBuild. */
async function buildLocale(locale: 'en' | 'de'): Promise<void> {
  const baseUrl = locale === 'en' ? '/' : '/de/';
  const i18n = {
    defaultLocale: 'en',
    locales: ['en', 'de'],
    currentLocale: locale,
    localeConfigs: {en: {baseUrl: '/', htmlLang: 'en'}, de: {baseUrl: '/de/', htmlLang: 'de'}},
  } as unknown as LoadContext['i18n'];
  const outDir = locale === 'en' ? root : path.join(root, 'de');
  fs.mkdirSync(path.join(outDir, 'docs'), {recursive: true});
  fs.writeFileSync(path.join(outDir, 'docs', 'page.html'), page(locale, locale === 'en' ? 'Prerequisites' : 'Voraussetzungen'));
  const plugin = localSearchPlugin({baseUrl, i18n, siteConfig: {trailingSlash: false}} as unknown as LoadContext) as Plugin & {postBuild: NonNullable<Plugin['postBuild']>};
  await plugin.postBuild({outDir, baseUrl, i18n, routesBuildMetadata: {}} as unknown as Parameters<NonNullable<Plugin['postBuild']>>[0]);
}

test('a multi-locale build indexes every locale with ONE Pagefind process, started once', async () => {
  const spawn = vi.spyOn(childProcess, 'spawn');
  await buildLocale('en');
  await buildLocale('de');
  const pagefindStarts = spawn.mock.calls.filter(([command]) => /pagefind/.test(String(command)));
  expect(pagefindStarts).toHaveLength(1);
  for (const [dir, language] of [[root, 'en'], [path.join(root, 'de'), 'de']] as const) {
    const entry = JSON.parse(fs.readFileSync(path.join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {languages: Record<string, {page_count: number}>};
    expect(entry.languages).toEqual({[language]: expect.objectContaining({page_count: 1})});
  }
  spawn.mockRestore();
});
