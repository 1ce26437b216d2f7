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
function fragments(bundleDir: string): {url: string; content: string; meta: Record<string, string>}[] {
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
    expect(html.html).toContain('<th>Aufgaben-ID </th><th>Name </th>');
    expect(html.html).toContain('<td>3988 </td><td>AIP - Prüfen </td>');
    expect(html.html).toContain('data-pagefind-body=""');
    expect(html.language).toBe('de');
  });

  test('a page shown through the fallback is read in the language of its content', () => {
    const {html, language} = htmlForIndexing('<html lang="es"><body><nav>Menú</nav><div lang="en" style="display:contents"><div data-pagefind-body><h1>Title</h1></div></div>');
    expect(language).toBe('en');
    expect(html).toMatch(/^<html lang="en">/);
    expect(html).toContain('data-pagefind-meta="language:en"');
  });

  test('a page without marked content is not indexed', () => {
    expect(htmlForIndexing('<html lang="es"><body><h1>Inicio</h1>').language).toBeNull();
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
    const result = await writeSearchIndex(listBuiltPages(root, '/de/'), bundle, ['de']);

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

  test('untranslated pages get their own language index in the locale bundle', async () => {
    const dir = path.join(root, 'fallback');
    write(dir, 'docs/propia.html', doc('es', '<p>Tareas de FTOP</p>'));
    write(dir, 'docs/untranslated.html', doc('es', '').replace('<div data-pagefind-body="">', '<div lang="en"><div data-pagefind-body="">').replace('</div></article>', '<p>FTOP tasks</p></div></div></article>'));
    const bundle = path.join(dir, 'pagefind');
    const result = await writeSearchIndex(listBuiltPages(dir, '/es/'), bundle, ['es', 'en']);
    expect(result.pagesByLanguage).toEqual({es: 1, en: 1});
    const entry = JSON.parse(fs.readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as {languages: Record<string, {page_count: number}>};
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'es']);
    const byUrl = Object.fromEntries(fragments(bundle).map((f) => [f.url, f]));
    expect(byUrl['/es/docs/untranslated']?.meta.language).toBe('en');
    expect(byUrl['/es/docs/propia']?.meta.language).toBe('es');
  });

  test('a page in a language the locale does not expect fails with what to fix', async () => {
    const dir = path.join(root, 'mixed');
    write(dir, 'docs/a.html', doc('de', '<p>Deutsch</p>'));
    write(dir, 'docs/b.html', doc('fr', '<p>Français</p>'));
    await expect(writeSearchIndex(listBuiltPages(dir, '/de/'), path.join(dir, 'pagefind'), ['de', 'en'])).rejects.toThrow(
      /expected only "de" or "en" pages.*found languages de, fr: \/de\/docs\/b \(fr\).*<html lang="de">/s,
    );
  });
});
