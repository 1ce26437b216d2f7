import path from 'node:path';
import type {PluggableList} from 'unified';
import {describe, expect, test} from 'vitest';
import remarkSiteLinks from '..';
import {processMarkdown} from '../../../../tests/support/markdown';

const site = path.resolve(__dirname, '../../../..');
const plugins: PluggableList = [[remarkSiteLinks, {siteDir: site, locales: ['en', 'de']}]];
const enFile = path.join(site, 'docs/lifecycle/remediate/page.md');
const deFile = path.join(site, 'i18n/de/docusaurus-plugin-content-docs/current/lifecycle/remediate/page.md');

describe('remark site links', () => {
  test.each([
    ['a page URL relative to the page', '[Gaps](remediate-address-technical-gaps)'],
    ['a docs route', '[Blocked](/docs/blockers/blocked/l1l2l3-blocked-customer-it-infrastructure-remediation#ftop)'],
    ['a content path, as legacy-links writes it', '[Gaps](/lifecycle/remediate/remediate-address-technical-gaps.md#x)'],
    ['a route of another plugin (Docusaurus checks those)', '[Tasks](/tasks)'],
    ['a web address, a mail address and a link to another locale', '[W](https://example.com) [M](mailto:a@example.com) [DE](pathname:///de/docs/x)'],
    ['an anchor on the page', '[Up](#top)'],
  ])('%s is kept', async (_name, md) => {
    const {output, diagnostics} = await processMarkdown(md, enFile, plugins);
    expect(output.trim()).toBe(md);
    expect(diagnostics).toEqual([]);
  });

  test('a German page may link a page only the default locale has', async () => {
    const {diagnostics} = await processMarkdown('[Seite](../../blockers/blocked/l1l2l3-blocked-customer-it-infrastructure-remediation)', deFile, plugins);
    expect(diagnostics).toEqual([]);
  });

  test('links that reach nothing become plain text, with file:line and what to do', async () => {
    const md = [
      'Write to [the team](team@example.com).',
      'See [the site](www.example.com/partners) and [the wiki](TeamWiki).',
      'Old [page](/partner-site/response.md), a [guide](files/guide.pdf) and [nothing]().',
    ].join('\n');
    const {output, diagnostics} = await processMarkdown(md, deFile, plugins);
    expect(output.trim()).toBe('Write to the team.\nSee the site and the wiki.\nOld page, a guide and nothing.');
    expect(diagnostics).toEqual([
      'i18n/de/docusaurus-plugin-content-docs/current/lifecycle/remediate/page.md:1:10  warning  Link "team@example.com" is no page of this site (a web address needs https://, an e-mail address mailto:); it is shown as plain text. Fix the target or remove the link.  site-link',
      'i18n/de/docusaurus-plugin-content-docs/current/lifecycle/remediate/page.md:2:5  warning  Link "www.example.com/partners" is no page of this site (a web address needs https://, an e-mail address mailto:); it is shown as plain text. Fix the target or remove the link.  site-link',
      'i18n/de/docusaurus-plugin-content-docs/current/lifecycle/remediate/page.md:2:46  warning  Link "TeamWiki" is no page of this site (a web address needs https://, an e-mail address mailto:); it is shown as plain text. Fix the target or remove the link.  site-link',
      'i18n/de/docusaurus-plugin-content-docs/current/lifecycle/remediate/page.md:3:5  warning  Link "/partner-site/response.md" names no page of this site; it is shown as plain text. Fix the target or remove the link.  site-link',
      'i18n/de/docusaurus-plugin-content-docs/current/lifecycle/remediate/page.md:3:42  warning  Link "files/guide.pdf" names no file next to the page; it is shown as plain text. Fix the target or remove the link.  site-link',
      'i18n/de/docusaurus-plugin-content-docs/current/lifecycle/remediate/page.md:3:71  warning  Link has no target; it is shown as plain text. Fix the target or remove the link.  site-link',
    ]);
  });

  test('zero-width spaces in a target are removed, with a warning', async () => {
    const {output, diagnostics} = await processMarkdown('[Deck](\u200B\u200Bhttps://example.com/deck\u200B)', enFile, plugins);
    expect(output.trim()).toBe('[Deck](https://example.com/deck)');
    expect(diagnostics).toEqual([
      'docs/lifecycle/remediate/page.md:1:1  warning  Link target contains invisible characters (zero-width spaces); they were removed so the link works. Remove them from the source.  link-invisible-characters',
    ]);
  });

  test('pages outside the docs folders are left alone', async () => {
    const md = '[x](www.example.com)';
    const {output, diagnostics} = await processMarkdown(md, path.join(site, 'src/pages/about.md'), plugins);
    expect(output.trim()).toBe(md);
    expect(diagnostics).toEqual([]);
  });
});
