import {describe, expect, test} from 'vitest';
import rehypeSafeHtml from '..';
import remarkCallouts from '../../../remark/callouts';
import {fixturePages, fixtureSite, testFixturePages} from '../../../../tests/support/fixtures';
import {renderMarkdown} from '../../../../tests/support/html';

const site = fixtureSite(__dirname);
const remarkPlugins = [remarkCallouts];
const rehypePlugins = [rehypeSafeHtml];
const render = (file: string) => renderMarkdown(file, {remarkPlugins, rehypePlugins});
const pages = fixturePages(site);
// Anything that could run script or load a document: tags, handlers, and script-capable URLs in attributes.
const SCRIPTY = /<(script|style|iframe|object|embed|form|svg)\b|\son\w+=|\s(href|src)="\s*(javascript|data):/i;
const attrs = 'event handlers, styles, classes and links other than http(s), mailto or relative are not allowed.';
const SCRIPT = 'Removed <script> and its content: pages may not embed scripts, styles, frames or forms.';
const tag = (name: string) => `Removed the <${name}> tag (its content stays): it is not in the safe HTML allowlist (e.g. br, sup, sub, kbd, details/summary, img, tables).`;
const enAt = 'src/rehype/safe-html/__tests__/__fixtures__/site/docs/html/unsafe.md';
const deDocs = 'src/rehype/safe-html/__tests__/__fixtures__/site/i18n/de/docusaurus-plugin-content-docs/current/html';

/** Exact findings per fixture page (everything removed, with file:line); pages not listed must have none. */
const expected: Record<string, string[]> = {
  'en/html/unsafe.md': [
    `${enAt}:3:1  warning  ${SCRIPT}  unsafe-html`,
    `${enAt}:5:1  warning  Removed <style> and its content: pages may not embed scripts, styles, frames or forms.  unsafe-html`,
    `${enAt}:7:1  warning  Removed <iframe> and its content: pages may not embed scripts, styles, frames or forms. For a video, write "> [!VIDEO https://www.youtube.com/embed/VIDEO_ID]".  unsafe-html`,
    `${enAt}:9:11  warning  Removed onerror="alert('img')" from <img>: ${attrs}  unsafe-html`,
    `${enAt}:9:86  warning  Removed href="javascript:alert('a')" from <a>: ${attrs}  unsafe-html`,
    `${enAt}:11:1  warning  Removed href="data:text/html,<script>alert(1)</script>" from <a>: ${attrs}  unsafe-html`,
    `${enAt}:11:70  warning  Removed href="JaVaScRiPt:alert(1)" from <a>: ${attrs}  unsafe-html`,
    `${enAt}:13:1  warning  Removed href="javascript:alert('md')" from <a>: ${attrs}  unsafe-html`,
    `${enAt}:13:52  warning  Removed href="javascript:alert('autolink')" from <a>: ${attrs}  unsafe-html`,
    `${enAt}:15:1  warning  Removed src="data:image/png;base64,iVBORw0KGgo=" from <img>: ${attrs}  unsafe-html`,
    `${enAt}:17:1  warning  Removed onclick="alert('div')", style="position:fixed", class="navbar" from <div>: ${attrs}  unsafe-html`,
    `${enAt}:21:3  warning  Removed onmouseover="alert('cell')" from <span>: ${attrs}  unsafe-html`,
    `${enAt}:21:51  warning  Removed href="javascript:alert('cell')" from <a>: ${attrs}  unsafe-html`,
    `${enAt}:22:3  warning  Removed href="data:text/html,x" from <a>: ${attrs}  unsafe-html`,
    `${enAt}:22:49  warning  ${SCRIPT}  unsafe-html`,
    `${enAt}:24:1  warning  ${tag('form')}  unsafe-html`,
    `${enAt}:24:41  warning  Removed type="text", name="q" from <input>: ${attrs}  unsafe-html`,
    `${enAt}:24:69  warning  ${tag('button')}  unsafe-html`,
    `${enAt}:26:1  warning  ${tag('svg')}  unsafe-html`,
    `${enAt}:26:28  warning  ${tag('circle')}  unsafe-html`,
    `${enAt}:28:1  warning  Removed <object> and its content: pages may not embed scripts, styles, frames or forms.  unsafe-html`,
    `${enAt}:28:31  warning  Removed <embed> and its content: pages may not embed scripts, styles, frames or forms.  unsafe-html`,
    `${enAt}:30:1  warning  Removed target="_blank" from <a>: ${attrs}  unsafe-html`,
    `${enAt}:32:1  warning  Removed name="getElementById" from <img>: ${attrs}  unsafe-html`,
  ],
  // A German page gets the same findings.
  'de/html/unsafe.md': [
    `${deDocs}/unsafe.md:3:1  warning  ${SCRIPT}  unsafe-html`,
    `${deDocs}/unsafe.md:5:10  warning  Removed onerror="alert('img')" from <img>: ${attrs}  unsafe-html`,
    `${deDocs}/unsafe.md:5:86  warning  Removed href="javascript:alert('a')" from <a>: ${attrs}  unsafe-html`,
    `${deDocs}/unsafe.md:9:3  warning  Removed href="javascript:alert('Zelle')" from <a>: ${attrs}  unsafe-html`,
  ],
  // JSX from the plugins stays, and raw HTML inside it is still cleaned.
  'de/html/callout.md': [
    `${deDocs}/callout.md:4:39  warning  ${SCRIPT}  unsafe-html`,
    `${deDocs}/callout.md:4:80  warning  Removed onclick="x()" from <b>: ${attrs}  unsafe-html`,
  ],
};

describe('rehype safe HTML', () => {
  testFixturePages({testDir: __dirname, plugins: remarkPlugins, rehypePlugins, expected});

  test.each(pages.map((p) => [`${p.locale}/${p.source}`, p] as const))('%s: nothing that could run script is left', async (_name, page) => {
    const {html} = await render(page.file);
    expect(html).not.toMatch(SCRIPTY);
  });

  test('safe HTML passes without findings in both locales', async () => {
    for (const page of pages.filter((p) => p.source === 'html/safe.md')) {
      const {html} = await render(page.file);
      expect(html).toMatch(/<kbd>(Ctrl|Strg)<\/kbd>/);
      expect(html).toContain('<details>');
      expect(html).toMatch(/<sub>2<\/sub>/);
    }
  });

  test('JSX from the plugins stays, and raw HTML inside it is still cleaned', async () => {
    const page = pages.find((p) => p.locale === 'de' && p.source === 'html/callout.md')!;
    const {html} = await render(page.file);
    expect(html).toContain('<jsx-callout kind="note">');
    expect(html).toContain('<kbd>Strg</kbd>');
    expect(html).toContain('<b>fett</b>');
    expect(html).not.toMatch(SCRIPTY);
  });

  test('heading IDs and footnote anchors are kept as written', async () => {
    const page = pages.find((p) => p.locale === 'en' && p.source === 'html/safe.md')!;
    const {html} = await render(page.file);
    expect(html).toContain('<a id="legacy-anchor"></a>');
    expect(html).toContain('href="#user-content-fn-1"');
    expect(html).toContain('<h2 class="sr-only" id="footnote-label">');
  });

  test('Docusaurus code block properties survive', async () => {
    const {unified} = await import('unified');
    const tree = {
      type: 'root' as const,
      children: [{
        type: 'element' as const, tagName: 'pre', properties: {},
        children: [{type: 'element' as const, tagName: 'code', properties: {className: ['language-js'], metastring: 'title="x.js"', live: false}, children: []}],
      }],
    };
    const out = await unified().use(rehypeSafeHtml).run(tree);
    expect(out).toMatchObject({children: [{children: [{properties: {className: ['language-js'], metastring: 'title="x.js"', live: false}}]}]});
  });
});
