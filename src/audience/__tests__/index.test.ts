import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {ParseFrontMatter} from '@docusaurus/types';
import {afterAll, describe, expect, test} from 'vitest';
import {audienceBuilds, docIdFilter, EVERY_AUDIENCE, readAudienceView, withAudience} from '..';
import {readContentLayout} from '../../content/layout';
import {audiencesOf, buildAudience} from '../../playbook/audiences';

const DE = 'i18n/de/docusaurus-plugin-content-docs/current';
const site = fs.mkdtempSync(path.join(os.tmpdir(), 'playbook-audience-'));
afterAll(() => fs.rmSync(site, {recursive: true, force: true}));
const page = (audience: string | null) => `---\ntitle: T\n${audience === null ? '' : `ft.audience: ${audience}\n`}---\n\n# T\n`;
for (const [rel, audience] of [
  ['docs/shared.md', 'partner, internal'],
  ['docs/partner.md', 'partner'],
  ['docs/internal.md', 'internal'],
  ['docs/nobody.md', null],
  ['docs/guide/index.md', 'Partner'],
  [`${DE}/partner.md`, 'internal'], // a translation may be for other readers than its original
] as const) {
  fs.mkdirSync(path.dirname(path.join(site, rel)), {recursive: true});
  fs.writeFileSync(path.join(site, rel), page(audience));
}
const layout = readContentLayout(site, {locales: ['en', 'de'], defaultLocale: 'en'});

describe('ft.audience and PLAYBOOK_AUDIENCE', () => {
  test('ft.audience names one audience or several, in any case', () => {
    expect(audiencesOf('partner')).toEqual(['partner']);
    expect(audiencesOf(' Partner, internal; partner ')).toEqual(['partner', 'internal']);
    expect(audiencesOf(['partner', 'internal'])).toEqual(['partner', 'internal']);
    expect(audiencesOf(undefined)).toEqual([]);
    expect(audiencesOf('')).toEqual([]);
  });

  test('the variable selects one audience; unset, nothing changes; nonsense is a clear error', () => {
    expect(buildAudience({})).toBeNull();
    expect(buildAudience({PLAYBOOK_AUDIENCE: ''})).toBeNull();
    expect(buildAudience({PLAYBOOK_AUDIENCE: ' Partner '})).toBe('partner');
    expect(() => buildAudience({PLAYBOOK_AUDIENCE: 'partner internal'})).toThrow(/PLAYBOOK_AUDIENCE is "partner internal"; give one audience .* e\.g\. PLAYBOOK_AUDIENCE=partner, or leave it unset/);
  });
});

describe('what a build for one audience publishes', () => {
  test('the pages whose ft.audience names it, judged by the file each locale shows', () => {
    const view = readAudienceView(layout, 'partner');
    expect(view.excludedPages('en')).toEqual(['internal.md', 'nobody.md']);
    // German shows its own partner.md (internal) and the English files elsewhere.
    expect(view.excludedPages('de')).toEqual(['internal.md', 'nobody.md', 'partner.md']);
    const isDoc = docIdFilter(view, layout, 'en');
    expect(['shared', 'partner', 'internal', 'guide/index', 'not-a-page'].filter(isDoc)).toEqual(['shared', 'partner', 'guide/index', 'not-a-page']);
  });

  test('without an audience every page is published and no link is checked', () => {
    const view = readAudienceView(layout, null);
    expect(view.excludedPages('en')).toEqual([]);
    expect(view.isPublished('internal.md', 'de')).toBe(true);
    expect(view.linkProblem('partner.md', 'internal.md', 'en')).toBeNull();
  });

  test('a link breaks where the build leaves its target out', () => {
    const partner = readAudienceView(layout, 'partner');
    expect(partner.linkProblem('shared.md', 'internal.md', 'en')).toBe('leads to a page only for internal (ft.audience), which the partner build leaves out');
    expect(partner.linkProblem('shared.md', 'nobody.md', 'en')).toBe('leads to a page for no audience (it has no ft.audience), which the partner build leaves out');
    expect(partner.linkProblem('internal.md', 'shared.md', 'en')).toBeNull();
  });

  test('the linter checks every audience the site has a build for (its imported audience TOCs)', () => {
    expect(audienceBuilds(site)).toEqual([]);
    expect(readAudienceView(layout, EVERY_AUDIENCE).linkProblem('shared.md', 'partner.md', 'en')).toBeNull();
    fs.writeFileSync(path.join(site, 'sidebars.imported.json'), JSON.stringify({audiences: {partner: [], internal: []}}));
    expect(audienceBuilds(site)).toEqual(['internal', 'partner']);
    const every = readAudienceView(layout, EVERY_AUDIENCE);
    expect(every.linkProblem('shared.md', 'partner.md', 'en')).toBe('leads to a page only for partner (ft.audience), which the internal build leaves out');
    expect(every.linkProblem('shared.md', 'nobody.md', 'en')).toBe('leads to a page for no audience (it has no ft.audience), which the partner and internal builds leave out');
    expect(every.linkProblem('partner.md', 'shared.md', 'en')).toBeNull();
    fs.rmSync(path.join(site, 'sidebars.imported.json'));
  });

  test('the front-matter hook makes other audiences\' pages drafts, and is the hook itself without an audience', async () => {
    const parse: ParseFrontMatter = async ({fileContent}) => ({frontMatter: {'ft.audience': fileContent}, content: ''});
    const unused = async () => ({frontMatter: {}, content: ''});
    const params = (audience: string) => ({filePath: 'x.md', fileContent: audience, defaultParseFrontMatter: unused});
    expect(withAudience(parse, null)).toBe(parse);
    const partner = withAudience(parse, 'partner');
    expect((await partner(params('partner, internal'))).frontMatter).toEqual({'ft.audience': 'partner, internal'});
    expect((await partner(params('internal'))).frontMatter).toEqual({'ft.audience': 'internal', draft: true});
  });
});
