import fs from 'node:fs';
import path from 'node:path';
import type {Heading, Root, RootContent} from 'mdast';
import {VFile} from 'vfile';
import type {PluggableList} from 'unified';
import {describe, expect, test} from 'vitest';
import {contentHash} from '../../../content/importManifest';
import {jsxFlow} from '../../jsxNodes';
import {remarkPipeline} from '../../pipeline';
import remarkTranslationNotice, {NOTICE_ELEMENT} from '..';
import {fixtureSite, testFixturePages} from '../../../../tests/support/fixtures';

const site = fixtureSite(__dirname);
const DE = 'i18n/de/docusaurus-plugin-content-docs/current';
const plugins: PluggableList = [[remarkTranslationNotice, {siteDir: site, defaultLocale: 'en'}]];

test('the fixture site records docs/placeholder.md as an import placeholder (by its content hash)', () => {
  const derived = JSON.parse(fs.readFileSync(path.join(site, 'imports/derived.json'), 'utf8')) as {placeholders: Record<string, string>};
  expect(derived.placeholders['docs/placeholder.md']).toBe(contentHash(fs.readFileSync(path.join(site, 'docs/placeholder.md'), 'utf8')));
});

describe('translation notice fixtures', () => {
  testFixturePages({testDir: __dirname, plugins, expected: {}});
});

/** As Docusaurus does before the playbook's plugins run: the H1 moves into a <header>. */
const wrapTitle = () => (tree: Root) => {
  const index = tree.children.findIndex((n) => n.type === 'heading' && n.depth === 1);
  tree.children[index] = jsxFlow('header', {}, [tree.children[index] as Heading]) as RootContent;
};

async function run(file: string, wrap = false): Promise<Root> {
  const processor = remarkPipeline([...(wrap ? [wrapTitle] : []), ...plugins]);
  const vfile = new VFile({value: fs.readFileSync(path.join(site, file), 'utf8'), path: path.join(site, file)});
  const tree = (await processor.run(processor.parse(vfile), vfile)) as Root;
  expect(vfile.messages).toEqual([]);
  return tree;
}
const notices = (tree: Root) => tree.children.flatMap((node, index) =>
  node.type === 'mdxJsxFlowElement' && node.name === NOTICE_ELEMENT ? [{index, attributes: node.attributes.map((a) => ('name' in a ? [a.name, a.value] : [a.type]))}] : []);

describe('a translation older than its English page', () => {
  test('gets the notice right below its H1, with the English page\'s date', async () => {
    const tree = await run(`${DE}/newer.md`);
    expect(notices(tree)).toEqual([{index: 2, attributes: [['updated', '2020-04-06']]}]);
    expect(tree.children[1]).toMatchObject({type: 'heading', depth: 1});
  });

  test('below the title also when Docusaurus has wrapped the H1 in a header', async () => {
    const tree = await run(`${DE}/newer.md`, true);
    expect(tree.children[1]).toMatchObject({type: 'mdxJsxFlowElement', name: 'header'});
    expect(notices(tree)).toEqual([{index: 2, attributes: [['updated', '2020-04-06']]}]);
  });

  test('so does a translation that gives no date while the English page does', async () => {
    expect(notices(await run(`${DE}/undated.md`))).toEqual([{index: 1, attributes: [['updated', '2020-04-06']]}]);
  });
});

describe('no notice', () => {
  test('on a translation as new as its English page (by ms.date or its newest update-summary row)', async () => {
    expect(notices(await run(`${DE}/same.md`))).toEqual([]);
  });

  test('on English pages, pages only German has, or pages whose English file is an import placeholder', async () => {
    expect(notices(await run('docs/newer.md'))).toEqual([]);
    expect(notices(await run(`${DE}/only-german.md`))).toEqual([]);
    expect(notices(await run(`${DE}/placeholder.md`))).toEqual([]);
  });
});
