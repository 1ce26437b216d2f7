/**
 * `npm run build -- --locale ja` builds one locale completely on its own, as each job of
 * .github/workflows/build-site.yml does: its pages, search index, tasks.json, sitemap and the
 * postBuild copies, and nothing of the other locales.
 */
import fs from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {buildSite, copySite, removeSite, type BuildResult} from '../support/siteCopy';

describe('one locale built on its own', () => {
  let siteDir: string;
  let build: BuildResult;
  const out = (rel: string) => path.join(siteDir, 'build', rel);
  const read = (rel: string) => fs.readFileSync(out(rel), 'utf8');

  beforeAll(async () => {
    siteDir = copySite();
    build = await buildSite(siteDir, {}, ['--locale', 'ja']);
  });
  afterAll(() => removeSite(siteDir));

  test('builds ja only, into build/ja', () => {
    expect(build.status, build.output).toBe(0);
    expect(fs.readdirSync(out('.'))).toEqual(['ja']);
    expect(read('ja/index.html')).toMatch(/<html[^>]* lang="?ja"?/);
    // Served under /ja/, beside the other locales, not at the root of a domain of its own.
    expect(read('ja/index.html')).toMatch(/href="?\/ja\/tasks"?[ >]/);
  });

  test('with its search index, tasks.json, sitemap and the search and catalog pages at both URL forms', () => {
    const entry = JSON.parse(read('ja/pagefind/pagefind-entry.json')) as {languages: Record<string, {page_count: number}>};
    expect(Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0)).toBeGreaterThan(0);
    expect(fs.existsSync(out('ja/pagefind/pagefind.js'))).toBe(true);
    expect((JSON.parse(read('ja/tasks.json')) as {tasks: unknown[]}).tasks.length).toBeGreaterThan(0);
    expect(read('ja/sitemap.xml')).toContain('hreflang="ja"');
    for (const page of ['search.html', 'search/index.html', 'tasks.html', 'tasks/index.html']) expect(fs.existsSync(out(`ja/${page}`)), page).toBe(true);
  });
});
