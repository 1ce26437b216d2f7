import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import {describe, expect, test} from 'vitest';
import {pageUrlPath} from '../../content/contentTree';
import {readContentLayout} from '../../content/layout';
import {buildBlockerGuide, toBlockersJson, type BlockerGuide} from '../guide';
import {readSiteBlockers} from '../site';

const siteDir = path.join(__dirname, '__fixtures__/site');
const layout = readContentLayout(siteDir, {locales: ['en', 'de'], defaultLocale: 'en'});

function guideOf(locale: string): BlockerGuide {
  return buildBlockerGuide({
    site: readSiteBlockers(layout, locale),
    defaultSite: readSiteBlockers(layout, 'en'),
    urlOf: (source) => pageUrlPath(source, locale, 'en'),
    categoryOf: () => null,
  });
}

/** The tree as names: `L1: L2, L2`. */
const tree = (guide: BlockerGuide) => guide.l1.map((l1) => `${l1.name}: ${l1.l2.map((l2) => l2.name).join(', ')}`);

describe('the blocker guide of a site', () => {
  test('English: L1s as the overview lists them, merged with the L1\'s own page; unlisted L2 pages last', () => {
    const guide = guideOf('en');
    expect(tree(guide)).toEqual(['In Progress: Migration', 'Blocked: People and Process, Network Remediation', 'null: Unlisted Status']);
    expect(guide.l1[1]).toMatchObject({name: 'Blocked', definition: 'The customer is blocked.', url: '/docs/status/l1l2l3-blocked'});
    expect(guide.l1[0]!.url).toBeNull();
    const network = guide.l1[1]!.l2[1]!;
    expect(network).toEqual({
      name: 'Network Remediation',
      definition: 'The network (bandwidth, VPN) must change.',
      url: '/docs/status/l1l2l3-blocked-network',
      scenarios: [
        {scenario: 'The branch offices lack bandwidth.', valid: true, status: 'Network Remediation', l2: {name: 'Network Remediation', url: '/docs/status/l1l2l3-blocked-network'}},
        {scenario: 'Nobody can configure the proxy.', valid: false, status: 'People and Process', l2: {name: 'People and Process', url: '/docs/status/l1l2l3-blocked-people'}},
      ],
      questions: [],
      workloadQuestions: [],
    });
    // A status that names no page stays in the guide, without a page to go to.
    expect(guide.l1[2]!.l2[0]!.scenarios[1]).toEqual({scenario: 'A status nobody wrote a page for.', valid: false, status: 'Nowhere', l2: null});
  });

  test('German: German pages where there are some, the English ones elsewhere; statuses of English pages reach the German page', () => {
    const guide = guideOf('de');
    expect(tree(guide)).toEqual(['In Progress: Migration', 'Blocked: Personen und Prozesse, Netzwerk-Korrektur', 'null: Unlisted Status']);
    const migration = guide.l1[0]!.l2[0]!;
    expect(migration.url).toBe('/de/docs/status/l1l2l3-in-progress-migration');
    expect(migration.scenarios[1]!.l2).toEqual({name: 'Netzwerk-Korrektur', url: '/de/docs/status/l1l2l3-blocked-network'});
    const network = guide.l1[1]!.l2[1]!;
    expect(network.scenarios[1]!.l2).toEqual({name: 'Personen und Prozesse', url: '/de/docs/status/l1l2l3-blocked-people'});
  });

  test('pages that are not published are left out, and so are links to them', () => {
    const guide = buildBlockerGuide({
      site: readSiteBlockers(layout, 'en'),
      defaultSite: readSiteBlockers(layout, 'en'),
      urlOf: (source) => (source.endsWith('people.md') ? null : pageUrlPath(source, 'en', 'en')),
      categoryOf: () => 'Statuses',
    });
    expect(tree(guide)).toEqual(['In Progress: Migration', 'Blocked: Network Remediation', 'Statuses: Unlisted Status']);
    expect(guide.l1[1]!.l2[0]!.scenarios[1]!.l2).toBeNull();
  });

  test('blockers.json matches the published schema (static/blockers.schema.json), and the schema is strict', () => {
    const schema = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../static/blockers.schema.json'), 'utf8'));
    const validate = new Ajv2020({allErrors: true, strict: true}).compile(schema);
    for (const locale of ['en', 'de']) {
      const json = toBlockersJson(guideOf(locale), '/de/blockers.schema.json');
      expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
      expect(json).toMatchObject({$schema: '/de/blockers.schema.json', version: 1});
    }
    const json = toBlockersJson(guideOf('en'));
    expect(validate({...json, extra: 1})).toBe(false);
    expect(validate({...json, l1: [{...json.l1[0], url: '//evil.example'}]})).toBe(false);
    expect(validate({...json, version: 2})).toBe(false);
  });

  test('a page URL that is not a site path is refused', () => {
    expect(() => buildBlockerGuide({site: readSiteBlockers(layout, 'en'), defaultSite: readSiteBlockers(layout, 'en'), urlOf: () => 'javascript:alert(1)', categoryOf: () => null})).toThrow(/not a site path/);
  });
});
