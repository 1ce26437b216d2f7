/**
 * One home per concept, for the helpers the issue found written several times: each of these
 * may be set up in exactly one place, and every plugin folder has the one kind of fixture test.
 */
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const SELF = 'tests/unit/conventions.test.ts';
const sources = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.ts', '*.tsx', '*.mjs'], {cwd: ROOT, encoding: 'utf8'})
  .split('\n')
  .filter((file) => file && file !== SELF && !file.includes('__fixtures__') && fs.existsSync(path.join(ROOT, file)));
const text = new Map(sources.map((file) => [file, fs.readFileSync(path.join(ROOT, file), 'utf8')]));
const filesMatching = (pattern: RegExp) => sources.filter((file) => pattern.test(text.get(file)!)).sort();

describe('one home per helper', () => {
  it('the Markdown syntax is set up once (src/content/parsePage.ts); everything else uses it or src/remark/pipeline.ts', () => {
    expect(filesMatching(/\.use\(remarkParse\)|from 'remark-parse'/)).toEqual(['src/content/parsePage.ts']);
    expect(filesMatching(/from 'remark-rehype'|from 'rehype-raw'/)).toEqual(['src/remark/pipeline.ts']);
  });

  it('zero-width characters are cleaned by src/playbook/text.ts alone', () => {
    const outsideTests = sources.filter((file) => !/(^tests\/|__tests__\/)/.test(file));
    expect(outsideTests.filter((file) => /\\u200B/i.test(text.get(file)!))).toEqual(['src/playbook/text.ts']);
  });

  it('site copies are made by tests/support/siteCopy.ts alone', () => {
    expect(filesMatching(/symlinkSync\([^)]*node_modules/)).toEqual(['tests/support/siteCopy.ts']);
  });

  it('axe-core is loaded and run by tests/support/axe.ts alone, with one rule set', () => {
    expect(filesMatching(/['"]axe-core(\/[^'"]*)?['"]|\baxe\.run\(/)).toEqual(['tests/support/axe.ts']);
    expect(filesMatching(/runOnly/)).toEqual([]);
  });

  it('browser test files get their site and browser from useSite()', () => {
    const e2e = sources.filter((file) => file.startsWith('tests/e2e/'));
    expect(e2e.filter((file) => /\b(launchBrowser|serveBuild)\b/.test(text.get(file)!))).toEqual([]);
    const browsing = e2e.filter((file) => /\bvisit\(|page\./.test(text.get(file)!));
    expect(browsing.length).toBeGreaterThan(5);
    expect(browsing.filter((file) => !/\buseSite\(/.test(text.get(file)!))).toEqual([]);
  });
});

describe('plugin fixture tests', () => {
  const pluginFolders = ['src/remark', 'src/rehype'].flatMap((dir) =>
    fs
      .readdirSync(path.join(ROOT, dir), {withFileTypes: true})
      .filter((entry) => entry.isDirectory() && entry.name !== '__tests__' && fs.existsSync(path.join(ROOT, dir, entry.name, 'index.ts')))
      .map((entry) => `${dir}/${entry.name}`),
  );

  it.each(pluginFolders)('%s has the fixture test: a fake site in both locales, run by testFixturePages', (folder) => {
    const test = path.join(ROOT, folder, '__tests__/index.test.ts');
    expect(fs.existsSync(test), `${folder}/__tests__/index.test.ts`).toBe(true);
    expect(fs.readFileSync(test, 'utf8')).toMatch(/testFixturePages\(\{\s*testDir: __dirname/);
    for (const locale of ['docs', 'i18n/de/docusaurus-plugin-content-docs/current']) {
      expect(fs.existsSync(path.join(ROOT, folder, '__tests__/__fixtures__/site', locale)), `${folder} fixtures in ${locale}`).toBe(true);
    }
  });
});
