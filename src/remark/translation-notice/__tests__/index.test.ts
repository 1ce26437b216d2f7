import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {Heading, Root, RootContent} from 'mdast';
import {VFile} from 'vfile';
import {afterAll, describe, expect, test} from 'vitest';
import {contentHash} from '../../../content/importManifest';
import {jsxFlow} from '../../jsxNodes';
import {remarkPipeline} from '../../pipeline';
import remarkTranslationNotice, {NOTICE_ELEMENT} from '..';

const site = fs.mkdtempSync(path.join(os.tmpdir(), 'translation-notice-'));
const DE = 'i18n/de/docusaurus-plugin-content-docs/current';
const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(site, file)), {recursive: true});
  fs.writeFileSync(path.join(site, file), text);
};
const page = (msDate: string, h1: string, rows: string[] = []) =>
  `---\nms.date: ${msDate}\n---\n\n# ${h1}\n\nText.\n${rows.length ? `\n## Refresh Summary\n\n| Date | Who Changed | What Changed |\n| --- | --- | --- |\n${rows.map((r) => `| ${r} | A | B |`).join('\n')}\n` : ''}`;

write('docs/newer.md', page('1/29/2020', 'Newer', ['4/6/2020']));
write(`${DE}/newer.md`, page('1/29/2020', 'Neuer'));
write('docs/same.md', page('4/6/2020', 'Same'));
write(`${DE}/same.md`, page('1/29/2020', 'Gleich', ['06.04.2020']));
write('docs/undated.md', page('4/6/2020', 'Undated'));
write(`${DE}/undated.md`, '# Ohne Datum\n');
write(`${DE}/only-german.md`, page('1/1/2020', 'Nur Deutsch'));
// An import placeholder for a page only German has: its date says nothing about the German page.
const placeholder = page('12/1/2020', 'Nur Deutsch');
write('docs/placeholder.md', placeholder);
write(`${DE}/placeholder.md`, page('1/1/2020', 'Nur Deutsch'));
write('imports/derived.json', JSON.stringify({placeholders: {'docs/placeholder.md': contentHash(placeholder)}, labels: {}}));
afterAll(() => fs.rmSync(site, {recursive: true, force: true}));

/** As Docusaurus does before the playbook's plugins run: the H1 moves into a <header>. */
const wrapTitle = () => (tree: Root) => {
  const index = tree.children.findIndex((n) => n.type === 'heading' && n.depth === 1);
  tree.children[index] = jsxFlow('header', {}, [tree.children[index] as Heading]) as RootContent;
};

async function run(file: string, wrap = false): Promise<Root> {
  const processor = remarkPipeline([...(wrap ? [wrapTitle] : []), [remarkTranslationNotice, {siteDir: site, defaultLocale: 'en'}]]);
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
