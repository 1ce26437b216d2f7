import fs from 'node:fs';
import path from 'node:path';
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import {describe, expect, test} from 'vitest';
import {
  DOCFX_TITLE_KEY, FRONT_MATTER_KEYS, formatFrontMatterDiagnostics, parsePlaybookFrontMatter, readPageTitle,
  toDocusaurusFrontMatter, validateFrontMatter,
} from '..';
import {corpusPages} from '../../../tests/support/corpus';

const site = path.resolve(__dirname, '../../..');
const SEEDS = [
  'docs/lifecycle/remediate/remediate-address-technical-gaps.md',
  'docs/blockers/blocked/l1l2l3-blocked-customer-it-infrastructure-remediation.md',
  'i18n/de/docusaurus-plugin-content-docs/current/lifecycle/remediate/remediate-address-technical-gaps.md',
  'i18n/de/docusaurus-plugin-content-docs/current/blockers/blocked/l1l2l3-blocked-customer-it-infrastructure-remediation.md',
];
const file = path.join(site, 'docs/x/page.md');
let unique = 0;
/** A fresh path per call, so the per-file cache never answers for another test. */
const check = (content: string) => validateFrontMatter(content, path.join(site, `docs/x/page-${unique++}.md`));
const lines = (content: string) => formatFrontMatterDiagnostics(check(content).diagnostics, file, site);
const page = (yaml: string) => `---\n${yaml}\n---\n\n# Page\n`;

describe('front matter: the seeds', () => {
  test.each(SEEDS)('%s is valid and reads as Docusaurus\'s own parser reads it', async (rel) => {
    const content = fs.readFileSync(path.join(site, rel), 'utf8');
    const result = validateFrontMatter(content, path.join(site, rel));
    expect(result.diagnostics).toEqual([]);
    const stock = await DEFAULT_PARSE_FRONT_MATTER({filePath: rel, fileContent: content});
    expect(result.frontMatter).toEqual(stock.frontMatter);
    expect(result.body.trim()).toBe(stock.content);
  });

  test('the German seed opens with "---" plus trailing spaces and still has front matter', () => {
    const rel = SEEDS[2]!;
    const content = fs.readFileSync(path.join(site, rel), 'utf8');
    expect(content.startsWith('---  \n')).toBe(true);
    expect(validateFrontMatter(content, path.join(site, rel)).frontMatter).toMatchObject({'ms.date': '5/02/2019', 'ft.audience': 'partner'});
  });

  test('a byte-order mark before the fence is allowed', () => {
    expect(check('\uFEFF---\ntitle: X\n---\n# X\n')).toMatchObject({frontMatter: {title: 'X'}, diagnostics: []});
  });

  test('a page without front matter has none, and no findings', () => {
    expect(check('# Just a page\n')).toEqual({frontMatter: {}, keyPositions: {}, body: '# Just a page\n', diagnostics: []});
  });
});

describe('front matter: wrong types and values fail with file:line, key and expected form', () => {
  test.each([
    ['sidebar_position: first', 'Front matter "sidebar_position" is "first"; expected a number, e.g. sidebar_position: 3.'],
    ['hide_title: "yes"', 'Front matter "hide_title" is "yes"; expected true or false, e.g. hide_title: true.'],
    ['title: 2020', 'Front matter "title" is the number 2020; expected text, e.g. title: FastTrack Partner Playbook - Address Technical Gaps.'],
    ['author:', 'Front matter "author" is empty; expected text, e.g. author: Celia Kennedy.'],
    ['ms.date: 13/45/2020', 'Front matter "ms.date" is "13/45/2020"; expected a date written YYYY-MM-DD (2020-01-29), M/D/YYYY (1/29/2020) or D.M.YYYY (29.1.2020) (this page\'s language writes slash dates month first and dotted dates day first); e.g. ms.date: 1/29/2020 is 29 January 2020.'],
    ['keywords: FastTrack', 'Front matter "keywords" is "FastTrack"; expected a list of text, e.g. keywords: [FastTrack, remediation].'],
    ['id: lifecycle/page', 'Front matter "id" is "lifecycle/page"; expected text without "/", e.g. id: address-technical-gaps.'],
    ['toc_max_heading_level: 7', 'Front matter "toc_max_heading_level" is the number 7; expected a whole number from 2 to 6, e.g. toc_max_heading_level: 3.'],
  ])('%s', (yaml, message) => {
    expect(lines(page(`ms.author: v-someone\n${yaml}`))).toEqual([`docs/x/page.md:3:1  error  ${message}  front-matter-value`]);
  });

  test('a nested value points at its own line', () => {
    const result = check(page('last_update:\n  author: Ada\n  date: soon'));
    expect(result.diagnostics).toMatchObject([{severity: 'error', ruleId: 'front-matter-value', line: 4, column: 3}]);
    expect(result.diagnostics[0]!.message).toMatch(/^Front matter "last_update\.date" is "soon"; expected key: value pairs with a date/);
  });

  test('a list item points at the item', () => {
    expect(check(page('keywords:\n  - fine\n  - 42')).diagnostics).toMatchObject([{line: 4, column: 5, message: expect.stringContaining('"keywords.1" is the number 42')}]);
  });

  test('an inline mapping points at the inner key', () => {
    expect(lines(page('last_update: {date: 2020-13-45}'))).toEqual([
      expect.stringMatching(/^docs\/x\/page\.md:2:15 {2}error {2}Front matter "last_update\.date" is "2020-13-45"; expected key: value pairs with a date .* {2}front-matter-value$/),
    ]);
  });

  test('cross-key rules', () => {
    expect(lines(page('toc_min_heading_level: 4\ntoc_max_heading_level: 3'))).toEqual([
      'docs/x/page.md:2:1  error  Front matter "toc_min_heading_level" (4) is greater than "toc_max_heading_level" (3); make it 3 or less.  front-matter-value',
    ]);
    expect(lines(page('draft: true\nunlisted: true'))).toEqual([
      'docs/x/page.md:3:1  error  Front matter sets both "draft" and "unlisted" to true; a page can be one or the other. Remove one of them.  front-matter-value',
    ]);
  });

  test('every playbook date style is accepted for ms.date', () => {
    for (const date of ['1/29/2020', '01/29/2020', '5/2/19', '29.1.2020', '2020-01-29']) {
      expect(check(page(`ms.date: ${date}`)).diagnostics).toEqual([]);
    }
  });
});

describe('front matter: unknown keys warn', () => {
  test('with file:line and a suggestion when a known key is close', () => {
    expect(lines(page('title: X\nms.data: 1/29/2020\nrobots: noindex'))).toEqual([
      'docs/x/page.md:3:1  warning  Unknown front-matter key "ms.data" (did you mean "ms.date"?); nothing uses it. Remove it or correct its name.  front-matter-unknown-key',
      'docs/x/page.md:4:1  warning  Unknown front-matter key "robots"; nothing uses it. Remove it or correct its name.  front-matter-unknown-key',
    ]);
  });

  test('the schema knows the corpus keys and Docusaurus\'s doc keys', () => {
    for (const key of ['title', 'description', 'author', 'ms.author', 'manager', 'ms.date', 'ms.topic', 'ms.prod', 'ms.custom', 'ft.audience', 'ft.owner',
      'id', 'sidebar_label', 'sidebar_position', 'slug', 'tags', 'keywords', 'image', 'hide_title', 'hide_table_of_contents', 'last_update',
      'pagination_next', 'pagination_prev', 'pagination_label', 'custom_edit_url', 'draft', 'unlisted', 'toc_min_heading_level', 'toc_max_heading_level']) {
      expect(FRONT_MATTER_KEYS).toContain(key);
    }
  });
});

describe('front matter: invalid YAML is an error with file:line', () => {
  test.each([
    ['title: FastTrack: Overview', 2, 8, /Nested mappings are not allowed in compact mappings/],
    ['description: "unclosed', 3, 1, /Missing closing "quote/],
    ['title: A\ntitle: B', 3, 1, /Map keys must be unique/],
  ])('%s', (yaml, line, column, reason) => {
    const [d, ...rest] = check(page(yaml)).diagnostics;
    expect(rest).toEqual([]);
    expect(d).toMatchObject({severity: 'error', ruleId: 'front-matter-yaml', line, column});
    expect(d!.message).toMatch(reason);
    expect(d!.message).toContain('Put a value in double quotes');
  });

  test('an unclosed block', () => {
    expect(lines('---\ntitle: X\n\n# Page\n')).toEqual([
      'docs/x/page.md:1:1  error  Front matter opened with "---" on line 1 is never closed; add a line "---" after the last key.  front-matter-yaml',
    ]);
  });

  test('a block that is not key: value pairs', () => {
    expect(check(page('- just\n- a list')).diagnostics).toMatchObject([{severity: 'error', ruleId: 'front-matter-yaml', line: 2}]);
  });
});

describe('what Docusaurus sees', () => {
  test('the H1 becomes the title; the DocFX title is kept for og:title; ms.date becomes last_update', () => {
    expect(toDocusaurusFrontMatter({title: 'Blocked - X', 'ms.date': '03/26/2020', 'ft.audience': 'partner'}, 'IT-Infrastruktur des Kunden, Korrektur')).toEqual({
      title: 'IT-Infrastruktur des Kunden, Korrektur',
      [DOCFX_TITLE_KEY]: 'Blocked - X',
      'ms.date': '03/26/2020',
      'ft.audience': 'partner',
      last_update: {date: '2020-03-26'},
    });
  });

  test('without an H1 the front-matter title stays; an explicit last_update wins over ms.date', () => {
    expect(toDocusaurusFrontMatter({title: 'Landing', 'ms.date': '1/29/2020', last_update: {date: '2.5.2018', author: 'Ada'}}, null)).toEqual({
      title: 'Landing', 'ms.date': '1/29/2020', last_update: {date: '2018-05-02', author: 'Ada'},
    });
  });

  test('the page title is the first H1, cleaned of zero-width spaces; none when an H2 comes first', () => {
    expect(readPageTitle('\n# Adressieren von\u200B *technischen* Lücken\n\nText\n\n# Second')).toBe('Adressieren von technischen Lücken');
    expect(readPageTitle('## SharePoint\n\n# Later')).toBeNull();
    expect(readPageTitle('Intro\n\n---\n\n# After a rule')).toBeNull();
  });

  test('the hook returns the body without front matter and fails the build on errors', async () => {
    const seed = path.join(site, SEEDS[3]!);
    const result = await parsePlaybookFrontMatter({filePath: seed, fileContent: fs.readFileSync(seed, 'utf8'), defaultParseFrontMatter: DEFAULT_PARSE_FRONT_MATTER});
    expect(result.frontMatter).toMatchObject({title: 'IT-Infrastruktur des Kunden, Korrektur', [DOCFX_TITLE_KEY]: 'Blocked - Customer IT Infrastructure, Remediation', last_update: {date: '2020-01-29'}});
    expect(result.content.startsWith('# IT-Infrastruktur des Kunden, Korrektur')).toBe(true);

    const bad = path.join(site, 'docs/x/bad.md');
    await expect(parsePlaybookFrontMatter({filePath: bad, fileContent: page('ms.date: 13/45/2020'), defaultParseFrontMatter: DEFAULT_PARSE_FRONT_MATTER}))
      .rejects.toThrow(/docs\/x\/bad\.md:2:1 {2}error {2}Front matter "ms\.date" is "13\/45\/2020".* {2}front-matter-value/);
  });
});

describe('front matter: the real corpus', () => {
  test('every page of the playbook corpus validates without findings', () => {
    const pages = corpusPages();
    expect(pages.length).toBeGreaterThan(150);
    const findings = pages.flatMap((p) => formatFrontMatterDiagnostics(validateFrontMatter(fs.readFileSync(p, 'utf8'), p).diagnostics, p));
    expect(findings).toEqual([]);
  });
});

describe('front matter from pull requests: nothing that runs, reads files or explodes', () => {
  test('mdx and format would compile the page as MDX: refused, and never passed to Docusaurus', async () => {
    expect(lines(page('mdx: {format: mdx}\nformat: mdx'))).toEqual([
      'docs/x/page.md:2:1  error  Front matter "mdx" is not allowed: it would compile the page as MDX, which runs code. Pages are Markdown; remove the key.  markdown-only',
      'docs/x/page.md:3:1  error  Front matter "format" is not allowed: it would compile the page as MDX, which runs code. Pages are Markdown; remove the key.  markdown-only',
    ]);
    await expect(parsePlaybookFrontMatter({filePath: 'docs/x/mdx.md', fileContent: page('mdx: {format: mdx}'), defaultParseFrontMatter: DEFAULT_PARSE_FRONT_MATTER})).rejects.toThrow('markdown-only');
    const {createParseFrontMatter} = await import('..');
    const kept = await createParseFrontMatter({keepGoing: true})({filePath: 'docs/x/mdx2.md', fileContent: page('title: T\nmdx: {format: mdx}\nsidebar_position: first'), defaultParseFrontMatter: DEFAULT_PARSE_FRONT_MATTER});
    expect(kept.frontMatter).toEqual({title: 'Page', docfx_title: 'T'});
  });

  test('YAML anchors and aliases are refused before anything expands them (no "billion laughs")', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]'].join('\n');
    expect(lines(page(bomb))).toEqual([
      'docs/x/page.md:2:7  error  Front matter uses a YAML anchor (&a), and 29 more anchors and aliases, which the playbook does not allow. Write each value out in full.  front-matter-yaml',
    ]);
    expect(lines(page('other:\n  <<: {title: x}'))).toEqual([
      'docs/x/page.md:3:3  error  Front matter uses a YAML merge key (<<), which the playbook does not allow. Write each value out in full.  front-matter-yaml',
    ]);
  });

  test('custom_edit_url is a web address or null; image a web address or a static path', () => {
    expect(lines(page('custom_edit_url: "javascript:alert(1)"'))).toEqual([
      'docs/x/page.md:2:1  error  Front matter "custom_edit_url" is "javascript:alert(1)"; expected an https:// address, or null to hide the edit link, e.g. custom_edit_url: null.  front-matter-value',
    ]);
    expect(lines(page('custom_edit_url: https://github.com/o/r/edit/main/docs/x.md'))).toEqual([]);
    expect(lines(page('custom_edit_url: null'))).toEqual([]);
    expect(lines(page('image: ./../../.env'))).toEqual([
      'docs/x/page.md:2:1  error  Front matter "image" is "./../../.env"; expected an https:// address or a path under static/ starting with /, e.g. image: /img/social-card.png.  front-matter-value',
    ]);
    expect(lines(page('image: /img/card.png'))).toEqual([]);
  });

  test('a page past the limits is never parsed for its title', () => {
    expect(readPageTitle(`# Title\n\n${'> '.repeat(10_000)}x\n`)).toBeNull();
  });
});
