/**
 * File confinement: the one answer to "may this page use that file?", asked by images,
 * links to files and includes before Docusaurus (or anything else) reads the file.
 *
 * A page may use files under the content folders of the site's locales and under `static/`,
 * nothing else: no `../../.env`, no `/..%2F..%2Fetc/hostname`, no `@site/package.json`, no
 * symbolic link that leads out. A path that leaves them is refused without touching the disk
 * outside. Files a page links or embeds must also be of a published, passive type
 * (`src/trust/files.ts`), and images must be what their name says (`src/trust/images.ts`).
 */
import fs from 'node:fs';
import path from 'node:path';
import {publishedTypeOf} from '../trust/files';
import {checkImageBytes} from '../trust/images';
import {defaultLocaleCounterpart, docsDirOf, resolveFrom} from './contentTree';
import {decodeUrlPath, EXTERNAL_URL} from './contentUrl';

/** What the file is for: shown in a page, linked from a page, or included into a page. */
export type FileUse = 'image' | 'link' | 'include';

/** Docusaurus's static folder (`staticDirectories`, default), which absolute paths (`/img/x.png`) name. */
export const STATIC_DIR = 'static';

export interface ConfineOptions {
  siteDir: string;
  locales: readonly string[];
  defaultLocale: string;
}

export type FileReference =
  /** The file, and whether it came from the default locale's folder (a translated page using an English image). */
  | {status: 'found'; path: string; fromDefaultLocale: boolean}
  /** Inside, but no such file: where it was looked for (absolute). */
  | {status: 'missing'; lookedFor: string[]}
  /** The path leaves the content folders and static/ (rule `content-path`). */
  | {status: 'outside'; message: string}
  /** Inside, but not a file the site publishes (rule `file-type`). */
  | {status: 'refused'; message: string};

/** Links Docusaurus treats as page routes, not files: Markdown pages, and `.html` routes when no such file exists. */
const PAGE_LINK = /\.(mdx?|html?)$/i;

const USE_NAMES: Record<FileUse, string> = {image: 'Image', link: 'Linked file', include: 'Included file'};

export interface Confinement {
  /**
   * The file `url` names, as seen from `baseFile` (the page, or the include file it was
   * written in), checked; null when `url` names no local file (a web address, an anchor,
   * a page route).
   */
  resolve(baseFile: string, url: string, use: FileUse): FileReference | null;
  /** The folders files may come from, absolute. */
  readonly roots: readonly string[];
}

/** Set up once per build or lint run. */
export function createConfinement(options: ConfineOptions): Confinement {
  const {siteDir, locales, defaultLocale} = options;
  const roots = [...locales.map((l) => docsDirOf(siteDir, l, defaultLocale)), path.join(siteDir, STATIC_DIR)].map((r) => path.resolve(r));
  const realRoots = new Map<string, string>();
  const realRoot = (root: string) => {
    let real = realRoots.get(root);
    if (real === undefined) {
      try {
        real = fs.realpathSync(root);
      } catch {
        real = root;
      }
      realRoots.set(root, real);
    }
    return real;
  };
  const inside = (file: string, root: string) => {
    const rel = path.relative(root, file);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
  };
  const rootOf = (file: string) => roots.find((root) => inside(file, root)) ?? null;
  const checked = new Map<string, FileReference>();

  function candidates(baseFile: string, url: string): string[] | null {
    const trimmed = url.trim();
    if (!trimmed || trimmed.startsWith('#') || trimmed.startsWith('?') || EXTERNAL_URL.test(trimmed)) return null;
    const bare = decodeUrlPath(trimmed.replace(/[?#].*$/s, ''));
    if (!bare) return null;
    // The three ways Docusaurus reads a file for an image or a linked file, and DocFX's `~/`.
    if (bare.startsWith('@site/')) return [path.join(siteDir, bare.slice('@site/'.length))];
    if (bare.startsWith('/') || bare.startsWith('\\')) return [path.join(siteDir, STATIC_DIR, bare)];
    const own = resolveFrom(siteDir, baseFile, bare, defaultLocale);
    const counterpart = defaultLocaleCounterpart(siteDir, baseFile, defaultLocale);
    return counterpart ? [own, resolveFrom(siteDir, counterpart, bare, defaultLocale)] : [own];
  }

  function resolve(baseFile: string, url: string, use: FileUse): FileReference | null {
    const written = candidates(baseFile, url);
    if (!written) return null;
    const shown = `${USE_NAMES[use]} "${url.trim()}"`;
    // Lexically first: a path that leaves is refused before anything outside is touched. (The
    // default-locale fallback of a translated page is only looked at where it stays inside.)
    const places = written.filter((p, i) => i === 0 || rootOf(p) !== null);
    if (rootOf(places[0]!) === null) {
      return {status: 'outside', message: `${shown} leads outside the content folders; pages may only use files under docs/, i18n/<locale>/docusaurus-plugin-content-docs/current/ and static/.`};
    }
    const hidden = places.map((p) => path.relative(rootOf(p)!, p).split(path.sep).find((segment) => segment.startsWith('.'))).find(Boolean);
    const refused = (why: string): FileReference => ({
      status: 'refused',
      message: `${shown} is refused: ${why}. It is shown as text; remove the ${use === 'image' ? 'image' : use} or use a published type.`,
    });
    if (hidden) return refused(`"${hidden}" is a hidden file or folder (its name starts with "."), which is never published`);

    const found = places.findIndex(isFile);
    if (found < 0) {
      // A link like `x.html` that is no file is a page route: the link plugins' business.
      return use === 'link' && (PAGE_LINK.test(places[0]!) || !path.extname(places[0]!)) ? null : {status: 'missing', lookedFor: places};
    }
    const file = places[found]!;
    // A symbolic link (of the file or a folder above it) must not lead out either.
    const real = fs.realpathSync(file);
    if (!roots.some((root) => inside(real, realRoot(root)))) {
      return {status: 'outside', message: `${shown} is a symbolic link that leads outside the content folders; replace it with the file itself.`};
    }
    if (use === 'include') return {status: 'found', path: file, fromDefaultLocale: found > 0};
    if (use === 'link' && /\.mdx?$/i.test(file)) return null;

    const refusal = checkPublished(file, use);
    if (refusal) return refused(refusal);
    return {status: 'found', path: file, fromDefaultLocale: found > 0};
  }

  /** Why a file may not be published, or null; content checks are cached per file version. */
  function checkPublished(file: string, use: FileUse): string | null {
    const type = publishedTypeOf(file);
    if (!type.published) return type.reason;
    if (use === 'image' && type.kind !== 'image') return `"${path.basename(file)}" is not an image`;
    if (type.kind !== 'image') return null;
    const stat = fs.statSync(file);
    const key = `${file}\0${stat.mtimeMs}\0${stat.size}`;
    let verdict = checked.get(key);
    if (!verdict) {
      const result = checkImageBytes(type.extension, fs.readFileSync(file));
      verdict = result.ok ? {status: 'found', path: file, fromDefaultLocale: false} : {status: 'refused', message: `${result.reason}${result.line ? ` (line ${result.line} of the file)` : ''}`};
      checked.set(key, verdict);
    }
    return verdict.status === 'refused' ? verdict.message : null;
  }

  return {resolve, roots};
}

function isFile(filePath: string): boolean {
  try {
    return fs.statSync(filePath).isFile();
  } catch {
    return false;
  }
}
