import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import remarkFrontMatterDiagnostics from '..';
import {fixturePages, fixtureSite, processFixture, testFixturePages} from '../../../../tests/support/fixtures';
import {processMarkdown} from '../../../../tests/support/markdown';

const plugins = [remarkFrontMatterDiagnostics];
const at = (rel: string) => `src/remark/front-matter/__tests__/__fixtures__/site/${rel}`;
const DE = 'i18n/de/docusaurus-plugin-content-docs/current';

/** Exact findings per fixture page; pages not listed must have none. */
const expected: Record<string, string[]> = {
  'en/front-matter/unknown-key.md': [
    `${at('docs/front-matter/unknown-key.md')}:3:1  warning  Unknown front-matter key "ms.dat" (did you mean "ms.date"?); nothing uses it. Remove it or correct its name.  front-matter-unknown-key`,
  ],
  // Errors are reported too: the linter has no parseFrontMatter hook to fail.
  'en/front-matter/yaml.md': [
    `${at('docs/front-matter/yaml.md')}:2:8  error  Front matter is not valid YAML: Nested mappings are not allowed in compact mappings. Put a value in double quotes if it contains ": " or starts with a special character, e.g. title: "FastTrack: Overview".  front-matter-yaml`,
  ],
  'de/front-matter/unknown-key.md': [
    `${at(`${DE}/front-matter/unknown-key.md`)}:4:1  warning  Unknown front-matter key "ft.audiance" (did you mean "ft.audience"?); nothing uses it. Remove it or correct its name.  front-matter-unknown-key`,
  ],
};

describe('remark front-matter diagnostics', () => {
  testFixturePages({testDir: __dirname, plugins, expected});

  test('the page itself is left as written', async () => {
    for (const page of fixturePages(fixtureSite(__dirname))) {
      const {output} = await processFixture(page, plugins);
      expect(output).toBe(fs.readFileSync(page.file, 'utf8'));
    }
  });

  test('the seed pages have no findings', async () => {
    const site = path.resolve(__dirname, '../../../..');
    const seed = path.join(site, 'i18n/de/docusaurus-plugin-content-docs/current/lifecycle/remediate/remediate-address-technical-gaps.md');
    const {diagnostics} = await processMarkdown(fs.readFileSync(seed, 'utf8'), seed, plugins);
    expect(diagnostics).toEqual([]);
  });
});
