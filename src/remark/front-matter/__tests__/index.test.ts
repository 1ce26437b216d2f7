import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import type {PluggableList} from 'unified';
import remarkFrontMatterDiagnostics from '..';
import {localeConfig, type LocaleConfig} from '../../../playbook/locales';
import {fixturePages, fixtureSite, processFixture, testFixturePages} from '../../../../tests/support/fixtures';
import {processMarkdown} from '../../../../tests/support/markdown';

// Configuration only: this German entry writes slash dates day first (the real one writes them
// month first, as the source system does); `ms.date` is read by the page's locale's entry.
const DAY_FIRST_GERMAN: LocaleConfig = {...localeConfig('de'), dates: {slash: 'day-first', dotted: 'day-first'}};
const plugins: PluggableList = [[remarkFrontMatterDiagnostics, {defaultLocale: 'en', locales: [localeConfig('en'), DAY_FIRST_GERMAN]}]];
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
  // 29/1/2020 is no month-first date: the message says which order the page's language writes.
  'en/front-matter/dates.md': [
    `${at('docs/front-matter/dates.md')}:3:1  error  Front matter "ms.date" is "29/1/2020"; expected a date written YYYY-MM-DD (2020-01-29), M/D/YYYY (1/29/2020) or D.M.YYYY (29.1.2020) (this page's language writes slash dates month first and dotted dates day first); e.g. ms.date: 1/29/2020 is 29 January 2020.  front-matter-value`,
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

  test("a month-first date in a day-first locale is an error that names the locale's order", async () => {
    const page = path.join(fixtureSite(__dirname), 'i18n/de/docusaurus-plugin-content-docs/current/front-matter/dates.md');
    const {diagnostics} = await processMarkdown(fs.readFileSync(page, 'utf8').replace('29/1/2020', '1/29/2020'), page, plugins);
    expect(diagnostics).toEqual([
      `${at(`${DE}/front-matter/dates.md`)}:3:1  error  Front matter "ms.date" is "1/29/2020"; expected a date written YYYY-MM-DD (2020-01-29), D/M/YYYY (29/1/2020) or D.M.YYYY (29.1.2020) (this page's language writes slash dates day first and dotted dates day first); e.g. ms.date: 29/1/2020 is 29 January 2020.  front-matter-value`,
    ]);
  });

  test('the seed pages have no findings', async () => {
    const site = path.resolve(__dirname, '../../../..');
    const seed = path.join(site, 'i18n/de/docusaurus-plugin-content-docs/current/lifecycle/remediate/remediate-address-technical-gaps.md');
    const {diagnostics} = await processMarkdown(fs.readFileSync(seed, 'utf8'), seed, [remarkFrontMatterDiagnostics]);
    expect(diagnostics).toEqual([]);
  });
});
