import fs from 'node:fs';
import type {Heading} from 'mdast';
import {toString} from 'mdast-util-to-string';
import type {PluggableList} from 'unified';
import {visit} from 'unist-util-visit';
import {describe, expect, test} from 'vitest';
import remarkZeroWidth from '..';
import {fixturePages, fixtureSite, processFixture, testFixturePages} from '../../../../tests/support/fixtures';
import {transformMarkdown} from '../../../../tests/support/markdown';

const site = fixtureSite(__dirname);
const plugins: PluggableList = [remarkZeroWidth];
const ZERO_WIDTH = /[\u200B\uFEFF]/;

describe('remark zero-width', () => {
  const pages = fixturePages(site);
  testFixturePages({testDir: __dirname, plugins, expected: {}});

  test('the fixtures in both locales do contain zero-width characters', () => {
    expect(pages.map((p) => p.locale)).toEqual(['en', 'de']);
    for (const page of pages) expect(ZERO_WIDTH.test(fs.readFileSync(page.file, 'utf8'))).toBe(true);
  });

  test.each(pages.map((p) => [`${p.locale}/${p.source}`, p] as const))('%s: only the fenced code block keeps its character', async (_name, page) => {
    const {output} = await processFixture(page, plugins);
    const kept = output.split('\n').filter((line) => ZERO_WIDTH.test(line));
    expect(kept).toEqual(page.locale === 'en' ? ['A code block keeps its characters as written:\u200B'] : []);
  });

  test('heading text, which Docusaurus slugs into IDs, is clean', async () => {
    const page = pages.find((p) => p.locale === 'de')!;
    const {tree} = await transformMarkdown(fs.readFileSync(page.file, 'utf8'), page.file, plugins);
    const headings: string[] = [];
    visit(tree, 'heading', (h: Heading) => void headings.push(toString(h)));
    expect(headings).toEqual(['Nullbreite Leerzeichen', 'Gültige Beispielszenarien:']);
  });
});
