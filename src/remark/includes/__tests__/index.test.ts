import path from 'node:path';
import type {PluggableList} from 'unified';
import {describe, expect, test} from 'vitest';
import remarkIncludes from '..';
import {fixturePages, processFixture, testFixturePages} from '../../../../tests/support/fixtures';

const site = path.join(__dirname, '__fixtures__/site');
const plugins: PluggableList = [[remarkIncludes, {siteDir: site}]];
const at = (rel: string) => `src/remark/includes/__tests__/__fixtures__/site/${rel}`;
const de = (rel: string) => at(`i18n/de/docusaurus-plugin-content-docs/current/${rel}`);

/** Exact findings per fixture page; pages not listed must have none. */
const expected: Record<string, string[]> = {
  'en/guide/cycle.md': [
    `${at('docs/guide/cycle.md')}:3:1  error  Include cycle: docs/guide/cycle.md → docs/guide/_includes/cycle-a.md → docs/guide/_includes/cycle-b.md → docs/guide/_includes/cycle-a.md. A file must not include itself, directly or through other includes; remove one of these includes. (in docs/guide/_includes/cycle-b.md:3)  include`,
    `${at('docs/guide/cycle.md')}:5:1  error  Include cycle: docs/guide/cycle.md → docs/guide/_includes/self.md → docs/guide/_includes/self.md. A file must not include itself, directly or through other includes; remove one of these includes. (in docs/guide/_includes/self.md:1)  include`,
  ],
  'en/guide/missing.md': [
    `${at('docs/guide/missing.md')}:3:1  error  Included file "_includes/missing.md" does not exist (looked for docs/guide/_includes/missing.md). Fix the path; it is relative to the including file.  include`,
    `${at('docs/guide/missing.md')}:5:8  error  Included file "_includes/missing-inline.md" does not exist (looked for docs/guide/_includes/missing-inline.md). Fix the path; it is relative to the including file.  include`,
    `${at('docs/guide/missing.md')}:7:1  error  Included file "gone.md" does not exist (looked for docs/guide/_includes/gone.md). Fix the path; it is relative to the including file. (in docs/guide/_includes/has-missing.md:3)  include`,
  ],
  'en/guide/bad-forms.md': [
    `${at('docs/guide/bad-forms.md')}:3:1  error  Include path "/docs/guide/_includes/snippet.md" must be a path relative to the including file, e.g. _includes/snippet.md.  include`,
    `${at('docs/guide/bad-forms.md')}:5:1  error  Include path "https://example.com/snippet.md" must be a path relative to the including file, e.g. _includes/snippet.md.  include`,
    `${at('docs/guide/bad-forms.md')}:7:8  error  Inline include "_includes/snippet.md" holds more than one paragraph, which cannot sit inside a line; put the include on a line of its own.  include`,
    `${at('docs/guide/bad-forms.md')}:9:1  warning  "[!INCLUDE without a link]" is not an include and is shown as written; write [!INCLUDE [title](path/to/file.md)].  include-form`,
    `${at('docs/guide/bad-forms.md')}:11:1  error  Include path "../../../../../../../../package.json" is not a Markdown file; only .md files can be included.  include`,
    `${at('docs/guide/bad-forms.md')}:13:1  error  Included file "../../../escape.md" leads outside the content folders; pages may only use files under docs/, i18n/<locale>/docusaurus-plugin-content-docs/current/ and static/.  content-path`,
  ],
  'de/guide/cycle.md': [
    `${de('guide/cycle.md')}:3:1  error  Include cycle: i18n/de/docusaurus-plugin-content-docs/current/guide/cycle.md → i18n/de/docusaurus-plugin-content-docs/current/guide/_includes/cycle-a.md → i18n/de/docusaurus-plugin-content-docs/current/guide/_includes/cycle-b.md → i18n/de/docusaurus-plugin-content-docs/current/guide/_includes/cycle-a.md. A file must not include itself, directly or through other includes; remove one of these includes. (in i18n/de/docusaurus-plugin-content-docs/current/guide/_includes/cycle-b.md:3)  include`,
  ],
  'de/guide/missing.md': [
    `${de('guide/missing.md')}:3:1  error  Included file "_includes/fehlt.md" does not exist (looked for i18n/de/docusaurus-plugin-content-docs/current/guide/_includes/fehlt.md). Fix the path; it is relative to the including file.  include`,
  ],
};

describe('remark includes', () => {
  const pages = fixturePages(site);
  testFixturePages({testDir: __dirname, siteDir: site, plugins, expected});

  test('front matter of included files never reaches the page', async () => {
    const page = pages.find((p) => p.locale === 'en' && p.source === 'guide/block.md')!;
    const {output} = await processFixture(page, plugins);
    expect(output).not.toMatch(/Snippet front matter|title:/);
    expect(output.match(/Shared \*\*snippet\*\* text\./g)).toHaveLength(4);
  });

  test('a translated page falls back to the English include file', async () => {
    const page = pages.find((p) => p.locale === 'de' && p.source === 'guide/fallback.md')!;
    const {output, diagnostics} = await processFixture(page, plugins);
    expect(output).toContain('English-only snippet.');
    expect(output).toContain('Im Satz: the *FastTrack* phrase.');
    expect(diagnostics).toEqual([]);
  });
});
