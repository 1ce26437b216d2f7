import fs from 'node:fs';
import type {PluggableList} from 'unified';
import {visit} from 'unist-util-visit';
import {describe, expect, test} from 'vitest';
import remarkPageFacts from '..';
import {fixturePages, fixtureSite, processFixture, testFixturePages} from '../../../../tests/support/fixtures';
import {processMarkdown, transformMarkdown} from '../../../../tests/support/markdown';
import {corpusPages} from '../../../../tests/support/corpus';

const site = fixtureSite(__dirname);
const plugins: PluggableList = [remarkPageFacts];
const page = (locale: string, source: string) => fixturePages(site).find((p) => p.locale === locale && p.source === source)!;
const run = (source: string, locale = 'en') => processFixture(page(locale, `facts/${source}`), plugins);

describe('remark page facts', () => {
  testFixturePages({testDir: __dirname, plugins, expected: {}});

  test('the Phase lines under the H1 become the PageFacts header; method lines become chips', async () => {
    const {output} = await run('process-page.md');
    // The header replaces the Phase paragraph, right after the H1.
    expect(output).toMatch(/^# Example process\n\n<PageFacts>\n {2}<Fact kind="phase" label="Phase">\n {4}\*\*Enable\*\*\n {2}<\/Fact>\n\n {2}<Fact label="Motions">/m);
    expect(output.match(/<MethodFacts>/g)).toHaveLength(3);
    expect(output).toContain('<Fact kind="primaryRole" label="Primary Roles" plural>');
    expect(output).toContain('[Core Onboarding](https://example.com)');
  });

  test('German and English labels on a German page keep the author\'s values', async () => {
    const {output} = await run('german-page.md', 'de');
    expect(output).toContain('<Fact label="Programmmanager">');
    expect(output).toContain('<Fact kind="primaryRole" label="Primäre Rolle">');
    expect(output).toContain('<Fact kind="appliesTo" label="Applies To">');
  });

  test('prose, bold-wrapped labels and mixed paragraphs are left as written', async () => {
    const {output} = await run('left-alone.md');
    expect(output).toContain('Note: this is prose with a colon, not a fact.');
    expect(output).toContain('**Primary Role: FastTrack Engineer Applies To: Office**');
    expect(output).toContain('Primary Role: **FastTrack Engineer**\\\nand then a sentence');
    // No Phase line under the H1: an empty header; a later Phase line is a chip where it stands.
    expect(output).toMatch(/^# Blocker page\n\n<PageFacts \/>\n\n> \*\*Definition/m);
    expect(output).toMatch(/<MethodFacts>\n {2}<Fact kind="phase" label="Phase">\n {4}\*\*Later\*\*/);
  });

  test('a page without an H1 gets its header first (Docusaurus adds the title above it)', async () => {
    const {output} = await run('no-title.md');
    expect(output).toMatch(/^---\n\n<PageFacts \/>\n\n## SharePoint and OneDrive/m);
    expect(output).toContain('<Fact kind="appliesTo" label="Applies To">');
  });

  test('an H1 already wrapped in <header> by Docusaurus still gets the header after it', async () => {
    const wrapHeader = () => (tree: import('mdast').Root) => {
      const index = tree.children.findIndex((n) => n.type === 'heading');
      const heading = tree.children[index]!;
      tree.children[index] = {type: 'mdxJsxFlowElement', name: 'header', attributes: [], children: [heading as import('mdast').Heading]} as never;
    };
    const {output} = await processMarkdown('# Title\n\nPhase: **Assess**\n\nText.', page('en', 'facts/process-page.md').file, [wrapHeader, remarkPageFacts]);
    expect(output).toMatch(/<header>\n {2}# Title\n<\/header>\n\n<PageFacts>\n {2}<Fact kind="phase"/);
  });
});
describe('remark page facts on the real corpus', () => {
  test('every line-start Primary Role / Applies To / Phase label of every edition becomes a fact, none lost', async () => {
    const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;
    const totals = {sourceRoles: 0, roles: 0, sourceApplies: 0, applies: 0, sourcePhases: 0, phases: 0};
    for (const page of corpusPages()) {
      const source = fs.readFileSync(page, 'utf8');
      const {tree} = await transformMarkdown(source, page, [remarkPageFacts]);
      visit(tree, (node) => {
        if (node.type !== 'mdxJsxFlowElement' || node.name !== 'Fact') return;
        const kind = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'kind')?.value;
        if (kind === 'primaryRole') totals.roles++;
        if (kind === 'appliesTo') totals.applies++;
        if (kind === 'phase') totals.phases++;
      });
      // The test's own knowledge of each edition's labels, line by line in the source.
      totals.sourceRoles += count(source, /^(Primary Roles?|Primäre Rollen?|Rol principal|Roles principales|主な役割)\s*:/gm);
      totals.sourceApplies += count(source, /^(Applies To|Gilt für|Aplicar a|Aplica a|適用対象)\s*:/gm);
      totals.sourcePhases += count(source, /^(Phase|Fase|フェーズ)\s*:/gm);
    }
    expect(totals.sourceRoles).toBeGreaterThan(100);
    expect(totals.roles).toBe(totals.sourceRoles);
    expect(totals.applies).toBe(totals.sourceApplies);
    expect(totals.phases).toBe(totals.sourcePhases);
  });
});
