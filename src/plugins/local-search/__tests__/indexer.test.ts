import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import type {LoadContext} from '@docusaurus/types';
import {closeSearchIndexer, htmlForIndexing, listBuiltPages, urlOfBuiltFile, writeSearchIndex} from '../indexer';
import {nestedLocaleDirs} from '..';

const doc = (lang: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><title>t</title></head><body><nav>Navigation Sidebar</nav><article><div data-pagefind-body=""><h1>Titel</h1>${body}</div></article></body></html>`;

function write(root: string, rel: string, html: string): void {
  fs.mkdirSync(path.dirname(path.join(root, rel)), {recursive: true});
  fs.writeFileSync(path.join(root, rel), html);
}

/** The page texts stored in a bundle's fragments (gzip with a `pagefind_dcd` prefix). */
function fragments(bundleDir: string): {url: string; content: string}[] {
  const dir = path.join(bundleDir, 'fragment');
  return fs.readdirSync(dir).map((f) => JSON.parse(zlib.gunzipSync(fs.readFileSync(path.join(dir, f))).toString('utf8').replace(/^pagefind_dcd/, '')));
}

describe('built pages', () => {
  test('file paths become the URLs the site serves', () => {
    expect(urlOfBuiltFile('docs/lifecycle/x.html', '/de/')).toBe('/de/docs/lifecycle/x');
    expect(urlOfBuiltFile('index.html', '/')).toBe('/');
    expect(urlOfBuiltFile('docs/index.html', '/base/')).toBe('/base/docs/');
    expect(urlOfBuiltFile(path.join('a', 'b.html'), '/base')).toBe('/base/a/b');
  });

  test("other locales' builds and the bundle are not this locale's pages", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'search-list-'));
    for (const rel of ['index.html', 'docs/a.html', 'de/docs/a.html', 'pagefind/x.html', 'assets/app.js', 'design/index.html']) write(root, rel, '<html></html>');
    expect(listBuiltPages(root, '/', ['de']).map((p) => p.url)).toEqual(['/design/', '/docs/a', '/']);
    expect(listBuiltPages(path.join(root, 'de'), '/de/').map((p) => p.url)).toEqual(['/de/docs/a']);
  });

  test('the default locale build skips folders of the other locales', () => {
    const i18n = {
      locales: ['en', 'de'],
      currentLocale: 'en',
      localeConfigs: {en: {baseUrl: '/'}, de: {baseUrl: '/de/'}},
    } as unknown as LoadContext['i18n'];
    expect(nestedLocaleDirs(i18n, '/')).toEqual(['de']);
    expect(nestedLocaleDirs({...i18n, currentLocale: 'de'}, '/de/')).toEqual([]);
  });
});

describe('HTML as Pagefind reads it', () => {
  test('omitted end tags and cells become separate words', () => {
    const html = htmlForIndexing('<html lang=de><body><div data-pagefind-body><table><tr><th>Aufgaben-ID<th>Name<tr><td>3988<td>AIP - Prüfen</table>');
    expect(html).toContain('<th>Aufgaben-ID </th><th>Name </th>');
    expect(html).toContain('<td>3988 </td><td>AIP - Prüfen </td>');
    expect(html).toContain('data-pagefind-body=""');
  });
});

describe('writing a locale bundle', () => {
  let root: string;
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'search-index-'));
  });
  afterAll(async () => {
    await closeSearchIndexer();
    fs.rmSync(root, {recursive: true, force: true});
  });

  test('indexes only marked doc content, with IDs as words, and ships only what the client loads', async () => {
    write(root, 'docs/tasks.html', doc('de', '<table><tr><th>Aufgaben-ID<th>Name der Aufgabe<tr><td>3988<td>AIP - Prüfen der Voraussetzungen</table>'));
    write(root, 'index.html', '<html lang="de"><body><h1>Startseite</h1></body></html>');
    const bundle = path.join(root, 'pagefind');
    const result = await writeSearchIndex(listBuiltPages(root, '/de/'), bundle, 'de');

    expect(result.pageCount).toBe(1);
    const files = result.files.map((f) => f.path);
    expect(files).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-entry.json', 'wasm.de.pagefind']));
    expect(files.filter((f) => /ui|worker|highlight|unknown/.test(f))).toEqual([]);
    expect(JSON.parse(fs.readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8')).languages).toEqual({de: expect.objectContaining({page_count: 1})});

    const [page] = fragments(bundle);
    expect(page!.url).toBe('/de/docs/tasks');
    expect(page!.content).toMatch(/\b3988\b.*\bAIP - Prüfen der Voraussetzungen\b/);
    expect(page!.content).not.toMatch(/Navigation|Sidebar/);
  });

  test('a page in another language than the locale fails with what to fix', async () => {
    const dir = path.join(root, 'mixed');
    write(dir, 'docs/a.html', doc('de', '<p>Deutsch</p>'));
    write(dir, 'docs/b.html', doc('en', '<p>English</p>'));
    await expect(writeSearchIndex(listBuiltPages(dir, '/de/'), path.join(dir, 'pagefind'), 'de')).rejects.toThrow(
      /expected only "de" pages.*found languages de, en.*<html lang="de">/s,
    );
  });
});
