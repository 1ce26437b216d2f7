import fs from 'node:fs';
import type {Root} from 'hast';
import {VFile} from 'vfile';
import {describe, expect, test} from 'vitest';
import rehypeSafeToc from '..';
import rehypeSafeHtml from '../../safe-html';
import {htmlPipeline} from '../../../remark/pipeline';
import {fixturePages, fixtureSite, testFixturePages} from '../../../../tests/support/fixtures';

// Docusaurus's own heading-ID and TOC plugins, as its mdx-loader runs them on `.md` pages.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const docusaurusHeadings = require('@docusaurus/mdx-loader/lib/remark/headings').default;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const docusaurusToc = require('@docusaurus/mdx-loader/lib/remark/toc').default;

const pages = fixturePages(fixtureSite(__dirname));
const docusaurusPlugins = [[docusaurusHeadings, {anchorsMaintainCase: false}], docusaurusToc];

/** The TOC entries (`value` and `id`) a page exports, with or without the safe-TOC plugin. */
async function tocOf(file: string, safe = true): Promise<{value: string; id: string}[]> {
  const processor = htmlPipeline(docusaurusPlugins, [rehypeSafeHtml, ...(safe ? [rehypeSafeToc] : [])]);
  const vfile = new VFile({path: file, value: fs.readFileSync(file, 'utf8')});
  const tree = (await processor.run(processor.parse(vfile), vfile)) as Root;
  const esm = tree.children.find((n) => n.type === 'mdxjsEsm')!;
  const text = JSON.stringify(esm.data?.estree);
  const entries = [...text.matchAll(/"key":\{"type":"Literal","value":"value"\},"value":\{"type":"Literal","value":("(?:[^"\\]|\\.)*")\}.*?"key":\{"type":"Literal","value":"id"\},"value":\{"type":"Literal","value":("(?:[^"\\]|\\.)*")\}/g)];
  return entries.map((m) => ({value: JSON.parse(m[1]!) as string, id: JSON.parse(m[2]!) as string}));
}

const at = (rel: string) => `src/rehype/toc/__tests__/__fixtures__/site/${rel}`;
const ATTRS = 'event handlers, styles, classes and links other than http(s), mailto or relative are not allowed.';
/** The sanitiser's findings in the headings; the TOC plugin adds none. */
const SANITISED: Record<string, string[]> = {
  'en/toc/headings.md': [
    `${at('docs/toc/headings.md')}:5:12  warning  Removed onerror="window.__pwned='toc'" from <img>: ${ATTRS}  unsafe-html`,
    `${at('docs/toc/headings.md')}:11:4  warning  Removed <script> and its content: pages may not embed scripts, styles, frames or forms.  unsafe-html`,
    `${at('docs/toc/headings.md')}:15:4  warning  Removed href="javascript:alert(1)" from <a>: ${ATTRS}  unsafe-html`,
  ],
  'de/toc/headings.md': [
    `${at('i18n/de/docusaurus-plugin-content-docs/current/toc/headings.md')}:3:14  warning  Removed onerror="window.__pwned='toc-de'" from <img>: ${ATTRS}  unsafe-html`,
  ],
};

const page = (locale: string) => pages.find((p) => p.locale === locale && p.source === 'toc/headings.md')!.file;

describe('table of contents from the sanitised heading', () => {
  testFixturePages({testDir: __dirname, plugins: docusaurusPlugins, rehypePlugins: [rehypeSafeHtml, rehypeSafeToc], expected: SANITISED});

  test('Docusaurus alone puts the heading source, raw HTML and all, into the TOC', async () => {
    const values = (await tocOf(page('en'), false)).map((e) => e.value);
    expect(values.some((v) => v.includes('onerror'))).toBe(true);
  });

  test('each entry is the heading as the page shows it, text-level formatting only', async () => {
    expect(await tocOf(page('en'))).toEqual([
      {value: 'Plain heading', id: 'plain-heading'},
      {value: 'Section', id: 'section-'},
      {value: 'Step <sup>2</sup> with <code>code</code> and <strong>bold</strong>', id: 'step-2-with-code-and-bold'},
      {value: 'A link in a heading', id: 'a-link-in-a-heading'},
      {value: 'Scripted', id: expect.any(String)},
      {value: 'Entity &#x3C;img src=x onerror=alert(1)> stays text', id: expect.any(String)},
      {value: 'Trap link', id: expect.any(String)},
    ]);
  });

  test('German headings too', async () => {
    expect((await tocOf(page('de'))).map((e) => e.value)).toEqual(['Abschnitt', 'Schritt <sub>2</sub> mit <kbd>Strg</kbd>']);
  });

  test('no entry holds an element with attributes, a link or a script', async () => {
    for (const p of pages) {
      for (const {value} of await tocOf(p.file)) {
        expect(value).not.toMatch(/<(a|img|script|iframe|svg)\b|<\w+\s+[^>]*=/i);
      }
    }
  });
});
