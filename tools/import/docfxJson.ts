import fs from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';

/**
 * DocFX's `docfx.json`: which files of a repository its build takes as content (pages, TOCs),
 * which as resources (media), and which it leaves out. The importer follows the same rules,
 * so a repository imports the way DocFX builds it.
 */
export interface DocfxConfig {
  /** Where docfx.json is (absolute). */
  file: string;
  content: FileGroup[];
  resource: FileGroup[];
}

interface FileGroup {
  /** Absolute folder the globs are relative to (`src`, else docfx.json's folder). */
  src: string;
  files: string[];
  exclude: string[];
  matchFiles: (p: string) => boolean;
  matchExclude: (p: string) => string | null;
}

/** What docfx.json makes of a file. */
export type DocfxRole =
  | {kind: 'content'}
  | {kind: 'resource'}
  | {kind: 'excluded'; pattern: string}
  | {kind: 'unlisted'};

export class DocfxConfigError extends Error {}

// DocFX globs match dot files and ignore letter case.
const GLOB_OPTIONS = {dot: true, nocase: true} as const;

/** The docfx.json in `folder` or the nearest parent folder, or null when there is none. */
export function findDocfxJson(folder: string): string | null {
  for (let dir = path.resolve(folder); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'docfx.json');
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
    if (path.dirname(dir) === dir) return null;
  }
}

const list = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter((v): v is string => typeof v === 'string');

function readGroups(value: unknown, base: string, where: string): FileGroup[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new DocfxConfigError(`${where} must be a list of {"files": [...], "exclude": [...], "src": "..."} entries.`);
  return value.map((entry: unknown, i) => {
    if (typeof entry !== 'object' || entry === null) throw new DocfxConfigError(`${where}[${i}] must be an object with "files".`);
    const {files, exclude, src} = entry as {files?: unknown; exclude?: unknown; src?: unknown};
    const globs = list(files);
    const excludes = list(exclude);
    const matchers = excludes.map((glob) => [glob, picomatch(glob, GLOB_OPTIONS)] as const);
    return {
      src: path.resolve(base, typeof src === 'string' ? src : '.'),
      files: globs,
      exclude: excludes,
      matchFiles: picomatch(globs.length > 0 ? globs : ['**'], GLOB_OPTIONS),
      matchExclude: (p: string) => matchers.find(([, match]) => match(p))?.[0] ?? null,
    };
  });
}

/** Reads docfx.json; a file that is not the JSON DocFX expects is a clear error. */
export function readDocfxJson(file: string): DocfxConfig {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new DocfxConfigError(`${file} is not valid JSON (${(error as Error).message}); fix it, or remove it to import every file of the folder.`);
  }
  const build = (json as {build?: unknown} | null)?.build;
  if (typeof build !== 'object' || build === null) {
    throw new DocfxConfigError(`${file} has no "build" section; DocFX reads "build.content" and "build.resource" from it.`);
  }
  const base = path.dirname(file);
  const {content, resource} = build as {content?: unknown; resource?: unknown};
  return {file, content: readGroups(content, base, 'build.content'), resource: readGroups(resource, base, 'build.resource')};
}

/** What DocFX makes of a file (absolute path): content wins over resource; exclusion is reported by pattern. */
export function docfxRole(config: DocfxConfig, absolute: string): DocfxRole {
  const inGroup = (group: FileGroup) => {
    const rel = path.relative(group.src, absolute);
    if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
    const posix = rel.split(path.sep).join('/');
    return group.matchFiles(posix) ? {excludedBy: group.matchExclude(posix)} : null;
  };
  let excludedBy: string | null = null;
  for (const group of config.content) {
    const match = inGroup(group);
    if (match && !match.excludedBy) return {kind: 'content'};
    excludedBy ??= match?.excludedBy ?? null;
  }
  for (const group of config.resource) {
    const match = inGroup(group);
    if (match && !match.excludedBy) return {kind: 'resource'};
    excludedBy ??= match?.excludedBy ?? null;
  }
  return excludedBy ? {kind: 'excluded', pattern: excludedBy} : {kind: 'unlisted'};
}
