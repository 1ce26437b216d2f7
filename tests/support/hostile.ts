/**
 * The hostile-content suite: pages an attacker would send in a pull request, at least one per
 * finding of the security probe (issue 12), written into a copy of the site in a locale's
 * content folder. Files "from outside the content" hold SECRET, so a test can look for it in
 * the build and its log; code that would run at build time writes `pwnedFile`; script that
 * would run in a browser sets `window.__pwned`.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Text that only files outside the content hold. */
export const SECRET = 'HOSTILE-SECRET-5e1d0c7b';

/** What the probe found (issue 12), one heading per group. */
export type Probe = 'script on the site' | 'code at build time' | 'files from outside' | 'crashes and silence';

export interface Vector {
  /** Page file name under `<locale docs>/hostile/`. */
  file: string;
  probe: Probe;
  what: string;
  /** A rule the build and the linter must both report for this file (at a line). */
  rule: string;
  /** Written as is (a Buffer for bytes that are not UTF-8), or null for a symbolic link (see `symlinkTo`). */
  content: string | Buffer | null;
  /** For a symbolic link: the file (outside the content) it points to. */
  symlinkTo?: string;
  /** A page Docusaurus still builds (so the browser opens it); refused files are never pages. */
  builds: boolean;
}

/** A page with a title; `frontMatter` lines go after the title. */
const page = (title: string, body: string, frontMatter = '') =>
  `---\ntitle: ${JSON.stringify(title)}\n${frontMatter}---\n\n# ${title}\n\n${body}\n`;

const PWN = (label: string) => `window.__pwned='${label}'`;
const SCRIPT_TITLE = `</script><script>${PWN('title')}</script>`;

/** A YAML "billion laughs": nine levels of nine aliases. */
const aliasBomb = ['lol: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
  .concat(Array.from({length: 8}, (_, i) => {
    const [prev, next] = [String.fromCharCode(97 + i), String.fromCharCode(98 + i)];
    return `${next}: &${next} [${Array(9).fill(`*${prev}`).join(',')}]`;
  }))
  .join('\n');

const TASK_TABLE = (row: string) =>
  `## FTOP Tasks\n\n| Task ID | Task Name | (M)andatory / (O)ptional | FastTrack Role | Services |\n| --- | --- | --- | --- | --- |\n${row}`;

export interface HostileContext {
  /** Relative path from the page's folder to the site's root (`../..` for docs/hostile). */
  toSite: string;
  /** Relative path from the page's folder to a folder outside the repository. */
  toOutside: string;
  /** Absolute path code run at build time would write. */
  pwnedFile: string;
  /** Absolute paths of the outside files symbolic links point to. */
  outsidePage: string;
  outsideCode: string;
}

export function hostileVectors(c: HostileContext): Vector[] {
  return [
    // 1. Script on the site's origin.
    {file: 'toc-heading.md', probe: 'script on the site', what: 'raw HTML with an event handler in a heading (the TOC bypassed the sanitiser)', rule: 'unsafe-html', builds: true,
      content: page('Heading', `## Section <img src=x onerror="${PWN('toc')}">\n\nText.\n\n## Other <script>${PWN('toc-script')}</script>\n\nText.`)},
    {file: 'json-ld-title.md', probe: 'script on the site', what: '</script> in title and sidebar_label (breadcrumb JSON-LD, <title>, sidebar)', rule: 'unsafe-html', builds: true,
      content: `---\ntitle: ${JSON.stringify(SCRIPT_TITLE)}\nsidebar_label: ${JSON.stringify(`</script><script>${PWN('label')}</script>`)}\n---\n\n# Plain </script><script>${PWN('h1')}</script>\n\nText.\n`},
    {file: 'json-ld-entity.md', probe: 'script on the site', what: 'an entity-encoded </script> in the H1', rule: 'unsafe-html', builds: true,
      content: `---\ntitle: Entities\n---\n\n# Entity &lt;/script&gt;&lt;script&gt;${PWN('entity')}&lt;/script&gt;\n\nText <script>${PWN('body')}</script>.\n`},
    {file: 'json-ld-code.md', probe: 'script on the site', what: '</script> inside a code span in the H1', rule: 'unsafe-html', builds: true,
      content: `---\ntitle: Code\n---\n\n# Code \`</script><script>${PWN('code')}</script>\`\n\n<img src="x" onerror="${PWN('img')}">\n`},
    {file: 'active-files.md', probe: 'script on the site', what: 'links to an SVG with script, an HTML and a JS file (served from the site)', rule: 'file-type', builds: true,
      content: page('Active files', '[diagram](media/evil.svg)\n\n[page](media/evil.html)\n\n[code](media/evil.js)\n\n![image](media/evil.svg)\n\nA passive one: [ok](media/ok.svg) and ![ok](media/ok.png).')},
    {file: 'javascript-url.md', probe: 'script on the site', what: 'javascript: links, in Markdown and HTML', rule: 'unsafe-html', builds: true,
      content: page('URLs', `[click](javascript:${PWN('link')})\n\n<a href="javascript:${PWN('a')}">click</a>`, `custom_edit_url: "javascript:${PWN('edit')}"\n`)},

    // 2. Code at build time.
    {file: 'page.mdx', probe: 'code at build time', what: 'an .mdx page whose export runs in Node', rule: 'markdown-only', builds: false,
      content: `import fs from 'fs';\n\nexport const pwned = fs.writeFileSync(${JSON.stringify(c.pwnedFile)}, 'mdx');\n\n# MDX\n`},
    {file: 'mdx-front-matter.md', probe: 'code at build time', what: 'front matter asking for MDX (mdx: {format: mdx})', rule: 'markdown-only', builds: true,
      content: `---\ntitle: Format\nmdx:\n  format: mdx\nformat: mdx\n---\n\nimport fs from 'fs';\n\nexport const pwned = fs.writeFileSync(${JSON.stringify(c.pwnedFile)}, 'format');\n\n# Format\n\n{(() => { ${PWN('expression')}; })()}\n`},
    {file: 'linked-code.md', probe: 'code at build time', what: 'a symbolic link to a JavaScript file', rule: 'symlink', builds: false, content: null, symlinkTo: c.outsideCode},

    // 3. Files from outside the content.
    {file: 'outside-image.md', probe: 'files from outside', what: 'images and links that leave the content (.env, outside the repository)', rule: 'content-path', builds: true,
      content: page('Outside', `![env](${c.toSite}/.env)\n\n![outside](${c.toOutside}/secret.txt)\n\n[package](${c.toSite}/package.json)\n\n[outside](${c.toOutside}/secret.txt)\n\n[etc](${c.toSite}/../../../../../../../../etc/hostname)`)},
    {file: 'bad-image.md', probe: 'files from outside', what: 'an image that is not one (its bytes must not reach the log) and a missing absolute image', rule: 'image', builds: true,
      content: page('Bad image', '![fake](media/fake.png)\n\n![missing](/img/missing-hostile.png)')},
    {file: 'linked-page.md', probe: 'files from outside', what: 'a symbolic link to a page outside the content', rule: 'symlink', builds: false, content: null, symlinkTo: c.outsidePage},

    // 4. Crashes and silence.
    {file: 'nested-quotes.md', probe: 'crashes and silence', what: '10,000 nested block quotes', rule: 'limit', builds: true, content: page('Quotes', '> '.repeat(10_000) + 'x')},
    {file: 'nested-list-line.md', probe: 'crashes and silence', what: '10,000 list markers on one line', rule: 'limit', builds: true, content: page('Markers', '- '.repeat(10_000) + 'x')},
    {file: 'nested-quotes-deep.md', probe: 'crashes and silence', what: '5,000 nested block quotes on a short line', rule: 'limit', builds: true, content: page('Deep quotes', '>'.repeat(5_000) + 'x')},
    {file: 'nested-list-deep.md', probe: 'crashes and silence', what: '4,000 nested list markers on a short line', rule: 'limit', builds: true, content: page('Deep markers', '- '.repeat(4_000) + 'x')},
    {file: 'indented-list.md', probe: 'crashes and silence', what: 'a 1,000-level indented list', rule: 'limit', builds: true,
      content: page('Indented', Array.from({length: 1000}, (_, i) => `${' '.repeat(2 * i)}- item`).join('\n'))},
    {file: 'alias-bomb.md', probe: 'crashes and silence', what: 'a YAML alias bomb in front matter', rule: 'front-matter-yaml', builds: true, content: page('Bomb', 'Text.', `${aliasBomb}\n`)},
    {file: 'non-page-links.md', probe: 'crashes and silence', what: 'links to files that exist but are not pages (.html, .env)', rule: 'file-type', builds: true,
      content: page('Non-pages', '[html](media/evil.html)\n\n[env](media/.env)')},
    {file: 'front-matter-a.md', probe: 'crashes and silence', what: 'a front-matter error (first of two files: both are listed in one run)', rule: 'front-matter-value', builds: true,
      content: page('First', 'Text.', 'ms.date: not a date\n')},
    {file: 'front-matter-b.md', probe: 'crashes and silence', what: 'invalid YAML (second file)', rule: 'front-matter-yaml', builds: true,
      content: '---\ntitle: [unclosed\n---\n\n# Second\n\nText.\n'},
    {file: 'task-twice-a.md', probe: 'crashes and silence', what: 'the same task ID on two pages of one locale (allowed: the catalog lists both pages), and twice on one page (not)', rule: 'task-duplicate-id', builds: true,
      content: page('Tasks A', TASK_TABLE('| 9901 | Hostile task A | M | SME | AIP |\n| 9901 | Hostile task A again | M | SME | AIP |'))},
    {file: 'task-twice-b.md', probe: 'crashes and silence', what: 'the same task ID on a second page', rule: 'task-duplicate-id', builds: true,
      content: page('Tasks B', TASK_TABLE('| 9901 | Hostile task B | M | SME | AIP |\n| 9902 | Hostile task C | M | SME | AIP |\n| 9902 | Hostile task C | M | SME | AIP |'))},
    {file: 'lowercase-code.md', probe: 'crashes and silence', what: 'a lowercase requirement code', rule: 'task-requirement', builds: true,
      content: page('Lowercase', TASK_TABLE('| 9903 | Lowercase task | m | SME | AIP |'))},
    {file: 'bad-bytes.md', probe: 'crashes and silence', what: 'NUL and invalid UTF-8 in the title and body', rule: 'text-encoding', builds: true,
      content: Buffer.concat([Buffer.from('---\ntitle: Bytes\n---\n\n# Bytes '), Buffer.from([0x00, 0xff, 0xfe]), Buffer.from('\n\nText \u0000 here.\n')])},
    {file: 'empty.md', probe: 'crashes and silence', what: 'an empty file', rule: 'empty-page', builds: true, content: ''},
  ];
}

/** Files the pages link and embed, next to them in `media/`. */
export const HOSTILE_MEDIA: Record<string, string | Buffer> = {
  'evil.svg': `<svg xmlns="http://www.w3.org/2000/svg" onload="${PWN('svg-onload')}"><script>${PWN('svg')}</script><image href="https://example.com/x.png"/></svg>`,
  'ok.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="#06c"/></svg>',
  'ok.png': Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'),
  'evil.html': `<!doctype html><title>x</title><script>${PWN('html')}</script>`,
  'evil.js': `${PWN('js')};`,
  'fake.png': `not a PNG: ${SECRET}-fake`,
  '.env': `TOKEN=${SECRET}-dotenv`,
};

/**
 * Writes the suite into the site copy `siteDir` for `locale` (`en` → docs/hostile,
 * others → i18n/<locale>/…/current/hostile), plus the secrets outside: `<siteDir>/.env` and
 * `<outsideDir>/secret.txt`, and the symbolic links' targets. Returns the vectors written.
 */
export function writeHostileSuite(siteDir: string, locale: string, outsideDir: string): Vector[] {
  const contentDir = locale === 'en' ? path.join(siteDir, 'docs') : path.join(siteDir, 'i18n', locale, 'docusaurus-plugin-content-docs', 'current');
  const dir = path.join(contentDir, 'hostile');
  fs.mkdirSync(path.join(dir, 'media'), {recursive: true});
  fs.mkdirSync(outsideDir, {recursive: true});
  fs.writeFileSync(path.join(siteDir, '.env'), `TOKEN=${SECRET}-site-env\n`);
  fs.writeFileSync(path.join(outsideDir, 'secret.txt'), `${SECRET}-outside\n`);
  const context: HostileContext = {
    toSite: path.relative(dir, siteDir),
    toOutside: path.relative(dir, outsideDir),
    pwnedFile: path.join(outsideDir, 'pwned-at-build'),
    outsidePage: path.join(outsideDir, 'page.md'),
    outsideCode: path.join(outsideDir, 'payload.mdx'),
  };
  fs.writeFileSync(context.outsidePage, page('Outside page', `${SECRET}-symlinked-page`));
  fs.writeFileSync(context.outsideCode, `import fs from 'fs';\nexport const pwned = fs.writeFileSync(${JSON.stringify(context.pwnedFile)}, 'symlink');\n\n# ${SECRET}-symlinked-code\n`);
  for (const [name, content] of Object.entries(HOSTILE_MEDIA)) fs.writeFileSync(path.join(dir, 'media', name), content);
  const vectors = hostileVectors(context);
  for (const vector of vectors) {
    const file = path.join(dir, vector.file);
    if (vector.symlinkTo) fs.symlinkSync(vector.symlinkTo, file);
    else fs.writeFileSync(file, vector.content!);
  }
  return vectors;
}
