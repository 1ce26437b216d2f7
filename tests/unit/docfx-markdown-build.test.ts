/**
 * Real `docusaurus build`s of a temporary copy of the site with extra fixture pages that
 * use every DocFX construct, good and bad, in both locales. Asserts the rendered HTML
 * and the build's findings. Two builds in all: the site, then a page that must fail it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {Element, Root} from 'hast';
import {fromParse5} from 'hast-util-from-parse5';
import {toString} from 'mdast-util-to-string';
import {parse} from 'parse5';
import {visit} from 'unist-util-visit';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {buildSite, copySite, removeSite} from '../support/siteCopy';

const FIXTURES = path.join(__dirname, '__fixtures__/docfx-build');
const DE_DOCS = 'i18n/de/docusaurus-plugin-content-docs/current';

let site: string;
let output: string;

async function build(args: string[] = []): Promise<{ok: boolean; output: string}> {
  const {status, output} = await buildSite(site, {}, args);
  return {ok: status === 0, output};
}

function page(rel: string): Root {
  const html = fs.readFileSync(path.join(site, 'build', rel), 'utf8');
  return fromParse5(parse(html)) as Root;
}

function all(tree: Root | Element, test: (e: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (e: Element) => void (test(e) && found.push(e)));
  return found;
}

const hasClass = (e: Element, prefix: string) =>
  Array.isArray(e.properties.className) && e.properties.className.some((c) => String(c).startsWith(prefix));
const article = (tree: Root) => all(tree, (e) => e.tagName === 'article')[0]!;
const findings = (log: string) => log.split('\n').filter((l) => l.startsWith('[playbook] ')).map((l) => l.slice(11)).sort();

describe('DocFX Markdown in a real build', () => {
  beforeAll(async () => {
    site = copySite({}, {prefix: 'playbook-docfx'});
    fs.cpSync(path.join(FIXTURES, 'docs'), path.join(site, 'docs'), {recursive: true});
    fs.cpSync(path.join(FIXTURES, 'i18n'), path.join(site, 'i18n'), {recursive: true});
    const result = await build();
    output = result.output;
    expect(result.ok, output).toBe(true);
  });

  afterAll(() => {
    if (site) removeSite(site);
  });

  test('the build reports the seed warnings and the fixture findings, each with file:line', () => {
    const en = 'docs/fixture/all-constructs.md';
    const de = `${DE_DOCS}/fixture/all-constructs.md`;
    const legacy = (url: string, name: string) =>
      `warning  Link to "${url}" names no page in this site (looked for page "${name}" in any locale); it is shown as plain text. Fix the file name or add the page.  legacy-link`;
    const handlers = 'event handlers, styles, classes and links other than http(s), mailto or relative are not allowed.';
    // The seeds' ms.date predates the newest row of their update summaries (kept as given).
    const newer = (row: string, rowIso: string, msDate: string, msIso: string) =>
      `warning  Update-summary row dated ${row} (${rowIso}) is newer than the page's ms.date ${msDate} (${msIso}); the page shows the older date as its last update. Set ms.date to ${row} or later, or correct the row's date.  update-after-ms-date`;
    const seedDateWarnings = ['docs', DE_DOCS].flatMap((dir) => [
      `${dir}/blockers/blocked/l1l2l3-blocked-customer-it-infrastructure-remediation.md:61:1  ${newer('03/26/2020', 'March 26, 2020', '1/29/2020', 'January 29, 2020')}`,
      `${dir}/lifecycle/remediate/remediate-address-technical-gaps.md:138:1  ${newer(dir === 'docs' ? '12/18/2019' : '18.12.2019', 'December 18, 2019', '5/02/2019', 'May 2, 2019')}`,
    ]);
    // The seed blocker page's workload questions are indented, and its invalid scenarios name an L2 page not in this repository.
    // (Its English, Spanish and Japanese versions keep in step with it.)
    const seedBlockerWarnings = ([
      ['docs', 'IT Change Management and Resourcing', 87, 73],
      [DE_DOCS, 'IT-Änderungsmanagement und Ressourcen', 121, 93],
      ['i18n/es/docusaurus-plugin-content-docs/current', 'Administración de cambios de TI y recursos', 105, 76],
      ['i18n/ja/docusaurus-plugin-content-docs/current', 'IT 変更管理およびリソースの確保', 38, 29],
    ] as const).flatMap(([dir, status, first, second]) => {
      const file = `${dir}/blockers/blocked/l1l2l3-blocked-customer-it-infrastructure-remediation.md`;
      const indented = 'warning  Numbered lines indented by four spaces are a code block in Markdown; they are shown as a numbered list. Outdent them by four spaces.  indented-list';
      const unknown = `warning  Scenario status "${status}" names no L2 page of this site, so it is shown as text. Write the title (H1) of the L2 page it means, or add that page.  blocker-status`;
      return [`${file}:48:1  ${indented}`, `${file}:55:1  ${indented}`, `${file}:35:${first}  ${unknown}`, `${file}:36:${second}  ${unknown}`];
    });
    expect(findings(output)).toEqual([
      `${de}:42:1  warning  Removed <script> and its content: pages may not embed scripts, styles, frames or forms.  unsafe-html`,
      `${de}:44:1  warning  Removed href="javascript:window.__fixtureLink = 1" from <a>: ${handlers}  unsafe-html`,
      `${de}:38:124  ${legacy('no-such-page-partner-de.md', 'no-such-page')}`,
      `${DE_DOCS}/lifecycle/remediate/remediate-address-technical-gaps.md:131:36  ${legacy('success-support-success-execution-partner-en.md', 'success-support-success-execution')}`,
      `${DE_DOCS}/lifecycle/remediate/remediate-address-technical-gaps.md:132:36  ${legacy('enable-enable-services-partner-de.md', 'enable-enable-services')}`,
      ...seedDateWarnings,
      ...seedBlockerWarnings,
      `${en}:25:1  warning  Unknown callout marker "[!DANGER]"; the block quote is shown as written. Use one of [!NOTE]/[!HINWEIS], [!TIP]/[!TIPP], [!IMPORTANT]/[!WICHTIG], [!WARNING]/[!WARNUNG], [!CAUTION]/[!VORSICHT].  callout-marker`,
      `${en}:35:1  warning  Video URL "https://evil.example.com/player" is not on a video host the site embeds, so it is shown as a plain link. Embeddable: YouTube (/embed/…), microsoft.com/videoplayer/embed, learn-video.azurefd.net, Microsoft Stream (/embed/video/…), Channel 9 (…/player), all over https.  video`,
      `${en}:40:123  ${legacy('no-such-page-partner.md', 'no-such-page')}`,
      `${en}:53:1  warning  Removed <script> and its content: pages may not embed scripts, styles, frames or forms.  unsafe-html`,
      `${en}:55:1  warning  Removed <style> and its content: pages may not embed scripts, styles, frames or forms.  unsafe-html`,
      `${en}:57:1  warning  Removed <iframe> and its content: pages may not embed scripts, styles, frames or forms. For a video, write "> [!VIDEO https://www.youtube.com/embed/VIDEO_ID]".  unsafe-html`,
      `${en}:59:1  warning  Removed onerror="window.__fixtureImg = 1" from <img>: ${handlers}  unsafe-html`,
      `${en}:61:1  warning  Removed href="javascript:window.__fixtureLink = 1" from <a>: ${handlers}  unsafe-html`,
      `${en}:61:67  warning  Removed href="javascript:window.__fixtureMd=1" from <a>: ${handlers}  unsafe-html`,
      `${en}:65:3  warning  Removed onclick="window.__fixtureCell = 1" from <span>: ${handlers}  unsafe-html`,
      `${en}:65:58  warning  Removed href="data:text/html,fixture" from <a>: ${handlers}  unsafe-html`,
    ].sort());
  });

  test.each([
    ['en', 'docs/fixture/all-constructs.html', ['Note', 'Tip', 'Important', 'Warning', 'Caution']],
    ['de', 'de/docs/fixture/all-constructs.html', ['Hinweis', 'Tipp', 'Wichtig', 'Warnung', 'Vorsicht', 'Hinweis']],
  ] as const)('%s: callouts are notes named by their translated title', (_locale, file, titles) => {
    const body = article(page(file));
    const notes = all(body, (e) => e.properties.role === 'note');
    expect(notes.map((n) => {
      const title = all(body, (e) => e.properties.id === String(n.properties.ariaLabelledBy))[0]!;
      return toString(title).trim();
    })).toEqual(titles);
    expect(notes.map((n) => n.properties.dataCallout)).toEqual(
      ['note', 'tip', 'important', 'warning', 'caution', 'note'].slice(0, titles.length),
    );
    expect(toString(body)).not.toMatch(/\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION|HINWEIS|TIPP|WICHTIG|WARNUNG|VORSICHT)\]/i);
  });

  test('an unknown marker stays visible as written', () => {
    expect(toString(article(page('docs/fixture/all-constructs.html')))).toContain('[!DANGER]');
  });

  test.each([
    ['en', 'docs/fixture/all-constructs.html', ['Included part text.', 'Nested include text.', 'Sentence with an inline phrase inside.']],
    ['de', 'de/docs/fixture/all-constructs.html', ['Eingebundener Teil.', 'Verschachtelter Text.', 'Satz mit einer inline phrase darin.']],
  ] as const)('%s: includes are spliced in, nested, without front matter', (_locale, file, texts) => {
    const text = toString(article(page(file))).replace(/\s+/g, ' ');
    for (const t of texts) expect(text).toContain(t);
    expect(text).not.toMatch(/front matter|Front Matter|INCLUDE/);
  });

  test('allowlisted videos are titled responsive iframes; other hosts are plain links', () => {
    for (const file of ['docs/fixture/all-constructs.html', 'de/docs/fixture/all-constructs.html']) {
      const frames = all(article(page(file)), (e) => e.tagName === 'iframe');
      expect(frames.map((f) => f.properties.src)).toEqual(['https://www.youtube.com/embed/aBcD3fGh1jK']);
      expect(frames[0]!.properties.title).toBe(file.startsWith('de/') ? 'Video von www.youtube.com' : 'Fixture video caption.');
    }
    const links = all(article(page('docs/fixture/all-constructs.html')), (e) => e.tagName === 'a' && e.properties.href === 'https://evil.example.com/player');
    expect(links).toHaveLength(1);
  });

  test.each([
    ['en', 'docs/fixture/all-constructs.html', '/docs/lifecycle/remediate/remediate-address-technical-gaps'],
    ['de', 'de/docs/fixture/all-constructs.html', '/de/docs/lifecycle/remediate/remediate-address-technical-gaps'],
  ] as const)('%s: next-step button and legacy links lead to the page in the reader locale', (locale, file, gaps) => {
    const body = article(page(file));
    const button = all(body, (e) => hasClass(e, 'nextstepaction'))[0]!;
    expect(all(button, (e) => e.tagName === 'a').map((a) => a.properties.href)).toEqual([gaps]);
    const hrefs = all(body, (e) => e.tagName === 'a').map((a) => String(a.properties.href));
    expect(hrefs).toContain(`${gaps}#${locale === 'de' ? 'ftop-aufgaben' : 'ftop-tasks'}`);
    expect(toString(body)).toContain(locale === 'de' ? 'fehlt' : 'missing');
    expect(hrefs.some((h) => h.includes('no-such-page'))).toBe(false);
  });

  test('a link to a page without translation carries hreflang and an announced language marker', () => {
    const de = all(article(page('de/docs/fixture/all-constructs.html')), (e) => e.tagName === 'a' && e.properties.hrefLang === 'en');
    expect(de.map((a) => a.properties.href)).toEqual(['/de/docs/fixture/english-only']);
    expect(toString(de[0]!).replace(/\s+/g, ' ')).toBe('nur englisch EN(auf Englisch)');
    const en = all(article(page('docs/fixture/all-constructs.html')), (e) => e.tagName === 'a' && e.properties.hrefLang !== undefined);
    expect(en).toEqual([]);
  });

  test('images resolve next to the page, and a German page falls back to the English image', () => {
    for (const file of ['docs/fixture/all-constructs.html', 'de/docs/fixture/all-constructs.html']) {
      const images = all(article(page(file)), (e) => e.tagName === 'img' && /diagram/i.test(String(e.properties.alt)));
      expect(images).toHaveLength(1);
      // Bundled by Docusaurus (inlined or hashed asset), never the raw relative path.
      expect(String(images[0]!.properties.src)).toMatch(/^(data:image\/png;base64,|\/assets\/images\/)/);
    }
  });

  test('harmless HTML stays; script, styles, frames, handlers and script URLs are gone', () => {
    const file = path.join(site, 'build/docs/fixture/all-constructs.html');
    const html = fs.readFileSync(file, 'utf8');
    const body = article(page('docs/fixture/all-constructs.html'));
    for (const tag of ['kbd', 'sup', 'sub', 'br', 'details', 'summary', 'table']) {
      expect(all(body, (e) => e.tagName === tag).length, tag).toBeGreaterThan(0);
    }
    expect(html).not.toMatch(/__fixture(Script|Img|Link|Md|Cell)|body \{ display: none|evil\.example\.com\/frame|data:text\/html/);
    expect(all(body, (e) => e.tagName === 'script' || e.tagName === 'style' || e.tagName === 'iframe' && !String(e.properties.src).startsWith('https://www.youtube.com/'))).toEqual([]);
    expect(all(body, (e) => Object.keys(e.properties).some((k) => /^on/i.test(k)))).toEqual([]);
    const remote = all(body, (e) => e.tagName === 'img' && e.properties.src === 'https://example.com/fixture.png');
    expect(remote.map((e) => e.properties.alt)).toEqual(['Remote']);
  });

  test('code blocks keep their title and show HTML in them as text', () => {
    const body = article(page('docs/fixture/all-constructs.html'));
    const titles = all(body, (e) => hasClass(e, 'codeBlockTitle'));
    expect(titles.map((t) => toString(t))).toEqual(['fixture.js']);
    const code = all(body, (e) => e.tagName === 'pre')[0]!;
    expect(toString(code)).toContain('console.log("<script>stays code</script>");');
  });

  test('zero-width spaces reach neither heading IDs, the table of contents nor the text', () => {
    const tree = page('docs/fixture/all-constructs.html');
    const headings = all(article(tree), (e) => e.tagName === 'h2');
    expect(headings.map((h) => h.properties.id)).toEqual(['zerowidth-heading']);
    const toc = all(tree, (e) => e.tagName === 'a' && hasClass(e, 'table-of-contents__link'));
    expect(toc.map((a) => [a.properties.href, toString(a)])).toEqual([['#zerowidth-heading', 'Zerowidth heading']]);
    // The theme's own hash-link glyph is a zero-width space; content text has none.
    const content = all(article(tree), (e) => hasClass(e, 'theme-doc-markdown'))[0]!;
    const withoutHashLinks = structuredClone(content);
    visit(withoutHashLinks, 'element', (e: Element) => {
      if (hasClass(e, 'hash-link')) e.children = [];
    });
    expect(toString(withoutHashLinks)).not.toMatch(/[\u200B\uFEFF]/);
  });

  test('a missing image or include fails the build, naming file:line', async () => {
    fs.copyFileSync(path.join(FIXTURES, 'broken.md'), path.join(site, 'docs/fixture/broken.md'));
    const result = await build(['--locale', 'en']);
    expect(result.ok).toBe(false);
    expect(result.output).toContain(
      'docs/fixture/broken.md:9:1  error  Image "media/nowhere.png" not found: looked for docs/fixture/media/nowhere.png. Add the image or fix the path; it is relative to the page.  image',
    );
    expect(result.output).toContain(
      'docs/fixture/broken.md:11:1  error  Included file "_includes/missing.md" does not exist (looked for docs/fixture/_includes/missing.md). Fix the path; it is relative to the including file.  include',
    );
  });
});
