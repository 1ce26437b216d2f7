import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {PluggableList} from 'unified';
import {describe, expect, test} from 'vitest';
import remarkSiteLinks from '..';
import remarkIncludes from '../../includes';
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
    ['a web address and a mail address', '[W](https://example.com) [M](mailto:a@example.com)'],
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

  test('a link to a page of another locale becomes a Link the sanitizer keeps', async () => {
    const md = 'Only in German: [Deutsch](pathname:///de/docs/lifecycle/remediate/remediate-address-technical-gaps).';
    const {output, diagnostics} = await processMarkdown(md, enFile, plugins);
    expect(output.trim()).toBe('Only in German: <Link href="pathname:///de/docs/lifecycle/remediate/remediate-address-technical-gaps" hrefLang="de" target="_self">Deutsch</Link>.');
    expect(diagnostics).toEqual([]);
  });

  test('a link to another locale\'s missing page is plain text with a warning; other pathname: links are left alone', async () => {
    const {output, diagnostics} = await processMarkdown('[Weg](pathname:///de/docs/gone) [PDF](pathname:///files/x.pdf)', enFile, plugins);
    expect(output.trim()).toBe('Weg [PDF](pathname:///files/x.pdf)');
    expect(diagnostics).toEqual([
      'docs/lifecycle/remediate/page.md:1:1  warning  Link "pathname:///de/docs/gone" names no page of locale de; it is shown as plain text. Fix the target or remove the link.  site-link',
    ]);
  });

  test('pages outside the docs folders are left alone', async () => {
    const md = '[x](www.example.com)';
    const {output, diagnostics} = await processMarkdown(md, path.join(site, 'src/pages/about.md'), plugins);
    expect(output.trim()).toBe(md);
    expect(diagnostics).toEqual([]);
  });

  test('in an included file, page URLs are relative to that file, and ~/ to the content root; the page gets routes', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'site-links-'));
    const write = (rel: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(tmp, rel)), {recursive: true});
      fs.writeFileSync(path.join(tmp, rel), text);
    };
    write('docs/a/page.md', '# Page\n\n[!INCLUDE [x](../b/_inc/x.md)]\n\n[Root](~/b/other#top) and [here](other-in-a).\n');
    write('docs/a/other-in-a.md', '# In a\n');
    write('docs/b/other.md', '# Other\n');
    write('docs/b/_inc/x.md', '[Other](../other) [Nope](../missing)\n');
    try {
      const {output, diagnostics} = await processMarkdown(fs.readFileSync(path.join(tmp, 'docs/a/page.md'), 'utf8'), path.join(tmp, 'docs/a/page.md'), [
        [remarkIncludes, {siteDir: tmp}],
        [remarkSiteLinks, {siteDir: tmp, locales: ['en', 'de']}],
      ]);
      expect(output).toBe('# Page\n\n[Other](/docs/b/other) Nope\n\n[Root](/docs/b/other#top) and [here](other-in-a).\n');
      expect(diagnostics).toEqual([
        `${path.relative(site, path.join(tmp, 'docs/a/page.md'))}:3:1  warning  Link "../missing" is no page of this site (a web address needs https://, an e-mail address mailto:); it is shown as plain text. Fix the target or remove the link. (in docs/b/_inc/x.md:1)  site-link`,
      ]);
    } finally {
      fs.rmSync(tmp, {recursive: true, force: true});
    }
  });
});
