/**
 * What kind of files the content folders hold. Content is Markdown: a `.mdx` file would be
 * compiled as code (it ran `export const …` in Node during the build), and a symbolic link
 * would bring in whatever it points at (a script, the README, a file outside the repository).
 * Both are refused here, for the build's content gate and the linter alike, and kept away
 * from the docs plugin (`contentExcludes`).
 */
import fs from 'node:fs';
import path from 'node:path';
import {docsDirOf} from './contentTree';

export interface ContentFileFinding {
  /** Absolute path of the file or link. */
  file: string;
  ruleId: 'symlink' | 'markdown-only';
  message: string;
}

export interface ScanOptions {
  locales: readonly string[];
  defaultLocale: string;
}

/** Every symbolic link and `.mdx` file under the content folders, without following links. */
export function scanContentFiles(siteDir: string, options: ScanOptions): ContentFileFinding[] {
  const findings: ContentFileFinding[] = [];
  for (const locale of options.locales) {
    const root = docsDirOf(siteDir, locale, options.defaultLocale);
    const pending = fs.existsSync(root) ? [root] : [];
    while (pending.length > 0) {
      const dir = pending.pop()!;
      for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
        const file = path.join(dir, entry.name);
        if (entry.isSymbolicLink()) {
          findings.push({
            file,
            ruleId: 'symlink',
            message: `${entry.name} is a symbolic link, which is not published: the content folders hold files only, so a link cannot bring in what lies elsewhere. Replace it with a copy of the file.`,
          });
        } else if (entry.isDirectory()) {
          pending.push(file);
        } else if (entry.isFile() && /\.mdx$/i.test(entry.name)) {
          findings.push({
            file,
            ruleId: 'markdown-only',
            message: `${entry.name} is MDX, which compiles to code that runs in the build and in readers' browsers, so it is not published. Pages are Markdown: rename it to .md (components belong in src/).`,
          });
        }
      }
    }
  }
  return findings.sort((a, b) => a.file.localeCompare(b.file));
}

/**
 * Globs (relative to a content folder) for the docs plugin's `exclude`: the links found, so
 * Docusaurus never follows one even when a build is told to keep going past errors.
 */
export function contentExcludes(siteDir: string, options: ScanOptions): string[] {
  const roots = options.locales.map((l) => docsDirOf(siteDir, l, options.defaultLocale));
  const globs = new Set<string>();
  for (const {file, ruleId} of scanContentFiles(siteDir, options)) {
    if (ruleId !== 'symlink') continue;
    const root = roots.find((r) => !path.relative(r, file).startsWith('..'))!;
    const rel = path.relative(root, file).split(path.sep).join('/').replace(/[*?[\]{}()!+@\\]/g, '\\$&');
    globs.add(rel);
    globs.add(`${rel}/**`);
  }
  return [...globs].sort();
}
