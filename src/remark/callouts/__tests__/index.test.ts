import path from 'node:path';
import type {PluggableList} from 'unified';
import {describe, expect, test} from 'vitest';
import remarkCallouts from '..';
import {CALLOUT_KINDS} from '../../../playbook/callouts';
import {fixturePages, processFixture, testFixturePages} from '../../../../tests/support/fixtures';
import {processMarkdown} from '../../../../tests/support/markdown';

const site = path.join(__dirname, '__fixtures__/site');
const plugins: PluggableList = [remarkCallouts];
const en = (rel: string) => `src/remark/callouts/__tests__/__fixtures__/site/docs/callouts/${rel}`;
const de = (rel: string) => `src/remark/callouts/__tests__/__fixtures__/site/i18n/de/docusaurus-plugin-content-docs/current/callouts/${rel}`;
const KNOWN = '[!NOTE]/[!HINWEIS], [!TIP]/[!TIPP], [!IMPORTANT]/[!WICHTIG], [!WARNING]/[!WARNUNG], [!CAUTION]/[!VORSICHT]';

/** Exact findings per fixture page; pages not listed must have none. */
const expected: Record<string, string[]> = {
  'en/callouts/bad-forms.md': [
    `${en('bad-forms.md')}:3:1  warning  Unknown callout marker "[!DANGER]"; the block quote is shown as written. Use one of ${KNOWN}.  callout-marker`,
    `${en('bad-forms.md')}:6:1  warning  "[!NOTE]" starts a paragraph, not a block quote, so it is shown as written. Start its lines with "> " to make it a callout.  callout-marker`,
  ],
  'de/callouts/bad-forms.md': [
    `${de('bad-forms.md')}:3:1  warning  Unknown callout marker "[!GEFAHR]"; the block quote is shown as written. Use one of ${KNOWN}.  callout-marker`,
    `${de('bad-forms.md')}:6:1  warning  "[!HINWEIS]" starts a paragraph, not a block quote, so it is shown as written. Start its lines with "> " to make it a callout.  callout-marker`,
  ],
};

describe('remark callouts', () => {
  testFixturePages({testDir: __dirname, siteDir: site, plugins, expected});

  test.each(['en', 'de'] as const)('every kind has a callout in the %s fixtures', async (locale) => {
    const page = fixturePages(site, [locale]).find((p) => p.source === 'callouts/kinds.md')!;
    const {output} = await processFixture(page, plugins);
    expect([...output.matchAll(/<Callout kind="(\w+)">/g)].map((m) => m[1])).toEqual([...CALLOUT_KINDS]);
    expect(output).not.toContain('[!');
  });

  test('an empty callout has no content and the marker is gone', async () => {
    const {output} = await processMarkdown('> [!IMPORTANT]\n', path.join(site, 'docs/x.md'), plugins);
    expect(output.trim()).toBe('<Callout kind="important" />');
  });
});
