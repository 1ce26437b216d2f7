import fs from 'node:fs';
import type {Heading, Root, RootContent, Table} from 'mdast';
import {toString} from 'mdast-util-to-string';
import GithubSlugger from 'github-slugger';
import {visit} from 'unist-util-visit';
import {readTaskRow, readTaskTable, taskAnchor} from '../playbook/tasks';
import {stripZeroWidth} from '../playbook/text';
import {parsePage} from './parsePage';

/** A heading's anchor and its level: what "the same heading" in another locale is matched by. */
export interface HeadingAnchor {
  depth: number;
  id: string;
}

/** The `#fragment`s a page offers, as the built page has them. */
export interface PageAnchors {
  /** Headings in page order (the H1 included), for matching by position. */
  headings: HeadingAnchor[];
  /** Every ID a link may name: headings below the H1, task rows (`task-3988`), HTML `id`/`name` attributes. */
  ids: Set<string>;
}

// Docusaurus's explicit heading ID: `## Title {#my-id}`.
const EXPLICIT_ID = /\s*\{#([^\s{}]+)\}\s*$/;
const HTML_ID = /\s(?:id|name)\s*=\s*(?:"([^"]+)"|'([^']+)')/gi;

/**
 * The anchors of a parsed page, made the way Docusaurus makes them: `{#id}` where written, else
 * github-slugger over the heading's text (HTML left out), numbered on repeats.
 */
export function anchorsOf(tree: Root): PageAnchors {
  const slugger = new GithubSlugger();
  const headings: HeadingAnchor[] = [];
  const ids = new Set<string>();
  visit(tree, (node: Root | RootContent) => {
    if (node.type === 'heading') {
      const heading = node as Heading;
      const text = stripZeroWidth(toString(heading.children.filter((c) => c.type !== 'html')));
      const explicit = EXPLICIT_ID.exec(text)?.[1];
      const id = explicit ? slugger.slug(explicit, true) : slugger.slug(text);
      headings.push({depth: heading.depth, id});
      // The theme gives the H1 no ID (it is the page's title, not in its table of contents).
      if (heading.depth > 1) ids.add(id);
    } else if (node.type === 'html') {
      for (const match of node.value.matchAll(HTML_ID)) ids.add(match[1] ?? match[2]!);
    } else if (node.type === 'table') {
      const [header, ...rows] = (node as Table).children.map((row) => row.children.map((cell) => toString(cell)));
      const reading = readTaskTable(header ?? [], rows);
      if (reading.kind !== 'tasks') return;
      for (const cells of rows) {
        const {facts} = readTaskRow(cells, reading.header);
        if (facts) ids.add(taskAnchor(facts.id));
      }
    }
  });
  return {headings, ids};
}

/** Reads a page file into the mdast its anchors come from (the build's parser, includes expanded or not). */
export type PageParser = (text: string, file: string) => Root;

const parsePageFile: PageParser = (text) => parsePage(text);
const caches = new WeakMap<PageParser, Map<string, {mtimeMs: number; anchors: PageAnchors}>>();

/**
 * The anchors of a page file, read once per build (again only when the file changed). `parse`
 * may expand the page's includes, whose headings are the page's too (the remark stage passes one).
 */
export function readPageAnchors(file: string, parse: PageParser = parsePageFile): PageAnchors | null {
  let mtimeMs: number;
  try {
    mtimeMs = fs.statSync(file).mtimeMs;
  } catch {
    return null;
  }
  let cache = caches.get(parse);
  if (!cache) caches.set(parse, (cache = new Map()));
  const cached = cache.get(file);
  if (cached?.mtimeMs === mtimeMs) return cached.anchors;
  const anchors = anchorsOf(parse(fs.readFileSync(file, 'utf8'), file));
  cache.set(file, {mtimeMs, anchors});
  return anchors;
}

export type AnchorResolution =
  | {status: 'found'}
  | {status: 'moved'; id: string}
  | {status: 'missing'};

/**
 * Where `#fragment`, written against one locale's version of a page (`written`), is on the
 * version a reader is shown (`shown`): the same ID; else the heading at the same position
 * (same level, and the same outline before it; never the H1, which has no anchor), so a link to `#ftop-tasks` reaches
 * `#tareas-de-ftop`; else missing.
 */
export function resolveAnchor(fragment: string, written: PageAnchors | null, shown: PageAnchors): AnchorResolution {
  if (shown.ids.has(fragment)) return {status: 'found'};
  const index = written?.headings.findIndex((h) => h.id === fragment) ?? -1;
  if (!written || index < 0) return {status: 'missing'};
  const sameOutline = written.headings.slice(0, index + 1).every((h, i) => shown.headings[i]?.depth === h.depth);
  // The H1 has no anchor on the built page, so "the same place" must be a heading below it.
  const id = sameOutline ? shown.headings[index]!.id : undefined;
  return id !== undefined && shown.ids.has(id) ? {status: 'moved', id} : {status: 'missing'};
}
