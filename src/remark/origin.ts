import path from 'node:path';
import type {Node} from 'unist';
import type {VFile} from 'vfile';
import {visit} from 'unist-util-visit';

/** The file a node was written in, when that is not the page: an include file. */
export interface NodeOrigin {
  /** Absolute path of the include file. */
  path: string;
  /** The node's line in that file. */
  line: number | undefined;
}

declare module 'unist' {
  interface Data {
    /** Set by the includes plugin on every node it splices into a page. */
    playbookOrigin?: NodeOrigin;
    /** A link's URL as the author wrote it, when a plugin rewrote it (legacy-links). */
    playbookWrittenUrl?: string;
  }
}

/**
 * Marks every node of an include file's tree with where it was written, so that paths in it
 * resolve relative to that file (as DocFX resolves them) and findings can name its line.
 * Nodes of nested includes are already marked and keep their own origin.
 */
export function markOrigin(tree: Node, filePath: string): void {
  visit(tree, (node) => {
    if (node.data?.playbookOrigin) return;
    node.data = {...node.data, playbookOrigin: {path: filePath, line: node.position?.start.line}};
  });
}

/** The file whose location `node`'s relative paths start from: its include file, else the page. */
export function baseFileOf(node: Node, file: VFile): string {
  return node.data?.playbookOrigin?.path ?? file.path;
}

/** ` (in docs/x/includes/y.md:3)` for a node from an include file, else nothing; for findings. */
export function writtenIn(node: Node, siteDir: string): string {
  const origin = node.data?.playbookOrigin;
  if (!origin) return '';
  const rel = path.relative(siteDir, origin.path).split(path.sep).join('/');
  return ` (in ${rel}${origin.line ? `:${origin.line}` : ''})`;
}

/** A link's URL as written in the source, for findings (plugins may have rewritten `url`). */
export function writtenUrl(node: Node & {url: string}): string {
  return node.data?.playbookWrittenUrl ?? node.url;
}
