import fs from 'node:fs';
import path from 'node:path';
import type {Root} from 'mdast';
import {CONTENT_ROOT_PREFIX, parseLocalReference} from '../../src/content/contentUrl';
import {isUnderscored} from '../../src/content/layout';
import {parsePage} from '../../src/content/parsePage';
import {includeLinks} from '../../src/remark/includes';
import {docfxRole, findDocfxJson, readDocfxJson, type DocfxConfig} from './docfxJson';

/** A DocFX folder's files, folder-relative with `/` separators. */
export interface SourceFolder {
  pages: string[];
  /**
   * Include files: Markdown that pages include (directly or through other includes), and files
   * under `_` folders. They are copied as they are (INCLUDE names them exactly), never pages.
   */
  partials: string[];
  /** The folder's own TOCs: `toc.yml` (audience null) and `toc--<audience>.yml`. */
  tocs: {file: string; audience: string | null}[];
  /** Media and other files, copied as they are. */
  assets: string[];
  /** Files not imported, with the reason. */
  skipped: {file: string; reason: string}[];
  /** The docfx.json that decided what is content, relative to the folder (`docfx.json`, `../docfx.json`); null without one. */
  docfx: string | null;
  /** Every Markdown file read, parsed once: pages and partials. */
  trees: Map<string, Root>;
}

const PAGE = /\.md$/i;
/** `toc.yml`, or `toc--partner.yml` for one audience's build. */
const TOC = /^toc(?:--([a-z0-9][a-z0-9-]*))?\.ya?ml$/i;

/** A TOC file's audience: null for `toc.yml`, `partner` for `toc--partner.yml`; undefined for no TOC. */
export function tocAudience(name: string): string | null | undefined {
  const match = TOC.exec(name);
  return match ? (match[1]?.toLowerCase() ?? null) : undefined;
}

/**
 * Sorts a DocFX folder into pages, include files, TOCs and media. With a `docfx.json` (in the
 * folder or a parent) it follows `content`, `resource` and `exclude` as DocFX's build does:
 * excluded Markdown that pages include becomes include files; everything else left out is
 * listed with the reason.
 */
export function scanFolder(folder: string): SourceFolder {
  const docfxFile = findDocfxJson(folder);
  const config = docfxFile ? readDocfxJson(docfxFile) : null;
  const result: SourceFolder = {
    pages: [], partials: [], tocs: [], assets: [], skipped: [], trees: new Map(),
    docfx: docfxFile ? path.relative(folder, docfxFile).split(path.sep).join('/') : null,
  };
  const files = fs.readdirSync(folder, {withFileTypes: true, recursive: true})
    .filter((e) => e.isFile())
    .map((e) => path.relative(folder, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();

  // Markdown files that may be pages, and those only an include can bring in.
  const candidates: string[] = [];
  const leftOut = new Map<string, string>();
  for (const file of files) {
    const name = file.slice(file.lastIndexOf('/') + 1);
    const role = roleOf(config, path.join(folder, file));
    if (file.split('/').some((part) => part.startsWith('.'))) {
      result.skipped.push({file, reason: 'hidden file'});
    } else if (file === result.docfx) {
      result.skipped.push({file, reason: 'DocFX\'s configuration: the import follows it'});
    } else if (PAGE.test(name)) {
      if (role.kind === 'content' && !isUnderscored(file)) candidates.push(file);
      else leftOut.set(file, reasonFor(role, config) ?? 'an include file that no page includes');
    } else if (tocAudience(name) !== undefined && role.kind === 'content') {
      if (file === name) result.tocs.push({file, audience: tocAudience(name)!});
      else result.skipped.push({file, reason: 'only the folder\'s own toc.yml (or toc--<audience>.yml) becomes the sidebar'});
    } else if (role.kind === 'content' || role.kind === 'resource') {
      result.assets.push(file);
    } else {
      result.skipped.push({file, reason: reasonFor(role, config)!});
    }
  }

  // Includes resolve relative to the including file (or, with ~/, to the folder): follow them from the pages.
  const parse = (file: string) => {
    let tree = result.trees.get(file);
    if (!tree) result.trees.set(file, (tree = parsePage(fs.readFileSync(path.join(folder, file), 'utf8'))));
    return tree;
  };
  const included = new Set<string>();
  const queue = [...candidates];
  const known = new Set([...candidates, ...leftOut.keys()]);
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const link of includeLinks(parse(file))) {
      const target = includeTargetOf(file, link.url);
      if (!target || !known.has(target) || included.has(target)) continue;
      included.add(target);
      queue.push(target);
    }
  }

  for (const file of candidates) (included.has(file) ? result.partials : result.pages).push(file);
  for (const [file, reason] of leftOut) {
    if (included.has(file) || (isUnderscored(file) && roleOf(config, path.join(folder, file)).kind === 'content')) {
      if (!result.partials.includes(file)) result.partials.push(file);
    } else {
      result.skipped.push({file, reason});
    }
  }
  result.partials.sort();
  result.skipped.sort((a, b) => a.file.localeCompare(b.file));
  for (const file of result.partials) parse(file);
  return result;
}

function roleOf(config: DocfxConfig | null, absolute: string) {
  return config ? docfxRole(config, absolute) : ({kind: 'content'} as const);
}

function reasonFor(role: ReturnType<typeof roleOf>, config: DocfxConfig | null): string | null {
  if (role.kind === 'excluded') return `excluded by docfx.json ("${role.pattern}"), and no page includes it`;
  if (role.kind === 'unlisted') return `in neither "content" nor "resource" of ${config ? 'docfx.json' : 'the folder'}`;
  return null;
}

/** The folder-relative file an include link names, or null when it leaves the folder. */
function includeTargetOf(fromFile: string, url: string): string | null {
  const ref = parseLocalReference(url);
  if (!ref) return null;
  const target = ref.path.startsWith(CONTENT_ROOT_PREFIX)
    ? path.posix.normalize(ref.path.slice(CONTENT_ROOT_PREFIX.length))
    : path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), ref.path));
  return target.startsWith('../') || target.startsWith('/') ? null : target;
}
