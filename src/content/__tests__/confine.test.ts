import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {createConfinement, type Confinement} from '../confine';

// 1×1 PNG.
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082', 'hex');
const DE = 'i18n/de/docusaurus-plugin-content-docs/current';

let site: string;
let outside: string;
let confinement: Confinement;
let page: string;
let dePage: string;

beforeAll(() => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'playbook-confine-'));
  site = path.join(root, 'site');
  outside = path.join(root, 'secret.txt');
  const files: Record<string, string | Buffer> = {
    '.env': 'TOKEN=outside-the-content',
    'package.json': '{}',
    'docs/guide/page.md': '# Page\n',
    'docs/guide/media/diagram.png': PNG,
    'docs/guide/media/only-english.png': PNG,
    'docs/guide/media/fake.png': '<html><script>window.__pwned=1</script></html>',
    'docs/guide/media/clean.svg': '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>',
    'docs/guide/media/scripted.svg': '<svg xmlns="http://www.w3.org/2000/svg" onload="window.__pwned=1"><rect/></svg>',
    'docs/guide/media/page.html': '<script>window.__pwned=1</script>',
    'docs/guide/media/.env': 'TOKEN=hidden',
    'docs/guide/files/guide.pdf': '%PDF-1.4',
    'docs/guide/files/notes.txt': 'notes',
    'docs/guide/_includes/part.md': 'Part.\n',
    [`${DE}/guide/page.md`]: '# Seite\n',
    [`${DE}/guide/media/diagram.png`]: PNG,
    'static/img/logo.png': PNG,
  };
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(site, rel)), {recursive: true});
    fs.writeFileSync(path.join(site, rel), content);
  }
  fs.writeFileSync(outside, 'TOKEN=outside-the-site');
  fs.symlinkSync(outside, path.join(site, 'docs/guide/media/link.png'));
  fs.symlinkSync(path.dirname(outside), path.join(site, 'docs/guide/escape'));
  confinement = createConfinement({siteDir: site, locales: ['en', 'de'], defaultLocale: 'en'});
  page = path.join(site, 'docs/guide/page.md');
  dePage = path.join(site, DE, 'guide/page.md');
});

afterAll(() => fs.rmSync(path.dirname(site), {recursive: true, force: true}));

describe('file confinement', () => {
  test.each([
    ['image', '../../.env'],
    ['image', '../../../secret.txt'],
    ['image', '../../../../../../../../etc/hostname'],
    ['image', '/../../.env'],
    ['image', '/..%2F..%2F.env'],
    ['image', '@site/package.json'],
    ['image', '@site/../secret.txt'],
    ['link', '../../package.json'],
    ['link', '..%2F..%2Fpackage.json'],
    ['include', '../../.env'],
    ['link', '~/../../package.json'],
  ] as const)('%s %s leads outside and is refused', (use, url) => {
    expect(confinement.resolve(page, url, use)).toMatchObject({status: 'outside'});
  });

  test('a symbolic link that leads out is refused, file or folder', () => {
    expect(confinement.resolve(page, 'media/link.png', 'image')).toMatchObject({status: 'outside', message: expect.stringContaining('symbolic link')});
    expect(confinement.resolve(page, 'escape/secret.txt', 'link')).toMatchObject({status: 'outside'});
  });

  test('files inside the content folders and static/ are found, a translated page falls back to English', () => {
    expect(confinement.resolve(page, 'media/diagram.png', 'image')).toEqual({status: 'found', path: path.join(site, 'docs/guide/media/diagram.png'), fromDefaultLocale: false});
    expect(confinement.resolve(page, '/img/logo.png', 'image')).toMatchObject({status: 'found', path: path.join(site, 'static/img/logo.png')});
    expect(confinement.resolve(page, '@site/docs/guide/media/diagram.png', 'image')).toMatchObject({status: 'found'});
    expect(confinement.resolve(page, 'files/guide.pdf', 'link')).toMatchObject({status: 'found'});
    expect(confinement.resolve(page, 'files/notes.txt', 'link')).toMatchObject({status: 'found'});
    expect(confinement.resolve(page, 'media/clean.svg', 'image')).toMatchObject({status: 'found'});
    expect(confinement.resolve(page, '_includes/part.md', 'include')).toMatchObject({status: 'found'});
    expect(confinement.resolve(dePage, 'media/only-english.png', 'image')).toEqual({status: 'found', path: path.join(site, 'docs/guide/media/only-english.png'), fromDefaultLocale: true});
    // A German page may also reach the English folder by a relative path: both are content.
    expect(confinement.resolve(dePage, '../../../../../docs/guide/media/diagram.png', 'image')).toMatchObject({status: 'found'});
  });

  test('active and hidden files are refused, with the reason', () => {
    expect(confinement.resolve(page, 'media/scripted.svg', 'image')).toMatchObject({status: 'refused', message: expect.stringContaining('event handler (onload="…")')});
    expect(confinement.resolve(page, 'media/scripted.svg', 'link')).toMatchObject({status: 'refused'});
    expect(confinement.resolve(page, 'media/fake.png', 'image')).toMatchObject({status: 'refused', message: expect.stringContaining('not a PNG image')});
    expect(confinement.resolve(page, 'media/page.html', 'link')).toMatchObject({status: 'refused', message: expect.stringContaining('web document')});
    expect(confinement.resolve(page, 'media/.env', 'link')).toMatchObject({status: 'refused', message: expect.stringContaining('hidden file')});
    expect(confinement.resolve(page, 'files/guide.pdf', 'image')).toMatchObject({status: 'refused', message: expect.stringContaining('not an image')});
  });

  test('missing files, page routes and web addresses', () => {
    expect(confinement.resolve(page, 'media/missing.png', 'image')).toEqual({status: 'missing', lookedFor: [path.join(site, 'docs/guide/media/missing.png')]});
    expect(confinement.resolve(dePage, 'media/missing.png', 'image')).toMatchObject({status: 'missing', lookedFor: [expect.stringContaining(DE), path.join(site, 'docs/guide/media/missing.png')]});
    for (const url of ['other-page', 'other.html', 'other.md', '/docs/x', 'https://example.com/x.png', '#top', 'mailto:a@b.c']) {
      expect(confinement.resolve(page, url, 'link'), url).toBeNull();
    }
  });

  test('nothing outside is read: a refused path is decided without the disk', () => {
    const read = fs.readFileSync;
    const touched: string[] = [];
    fs.readFileSync = ((file: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
      touched.push(String(file));
      return (read as (...args: unknown[]) => unknown)(file, ...rest);
    }) as typeof fs.readFileSync;
    try {
      confinement.resolve(page, '../../../secret.txt', 'image');
      confinement.resolve(page, 'media/link.png', 'image');
    } finally {
      fs.readFileSync = read;
    }
    expect(touched).toEqual([]);
  });
});
