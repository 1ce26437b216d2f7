import type {SidebarItem} from '../../src/content/sidebar';
import {LineCounter, isMap, isScalar, isSeq, parseDocument, type Node as YamlNode} from 'yaml';

/** One `toc.yml` entry: `name`, optional `href`, optional nested `items`. */
export interface TocEntry {
  name: string | null;
  href: string | null;
  items: TocEntry[];
  /** 1-based line of the entry in toc.yml. */
  line: number;
}

export interface TocProblem {
  line: number;
  message: string;
}

/** Reads a DocFX toc.yml; problems carry their line. */
export function parseToc(text: string): {entries: TocEntry[]; problems: TocProblem[]} {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {lineCounter});
  const problems: TocProblem[] = doc.errors.map((e) => ({
    line: e.linePos?.[0].line ?? 1,
    message: `toc.yml is not valid YAML (${e.message.split('\n')[0]}); fix it so the sidebar can be built.`,
  }));
  if (problems.length > 0) return {entries: [], problems};

  const lineOf = (node: YamlNode | null | undefined) => (node?.range ? lineCounter.linePos(node.range[0]).line : 1);
  const readList = (node: unknown): TocEntry[] => {
    if (node == null || (isScalar(node) && node.value == null)) return [];
    if (!isSeq(node)) {
      problems.push({line: lineOf(node as YamlNode), message: 'Expected a list of toc entries here ("- name: …"); this part of toc.yml is left out of the sidebar.'});
      return [];
    }
    return node.items.flatMap((item): TocEntry[] => {
      if (!isMap(item)) {
        problems.push({line: lineOf(item as YamlNode), message: 'A toc entry must be a mapping with "name" and "href" or "items"; it is left out of the sidebar.'});
        return [];
      }
      const text = (key: string) => {
        const value = item.get(key);
        return typeof value === 'string' || typeof value === 'number' ? String(value).trim() || null : null;
      };
      return [{name: text('name'), href: text('href'), items: readList(item.get('items', true)), line: lineOf(item)}];
    });
  };
  return {entries: readList(doc.contents), problems};
}

/** What a toc href points at, decided by the importer (it knows the folder's pages). */
export type TocTarget = {kind: 'page'; id: string} | {kind: 'external'; href: string} | {kind: 'unresolved'; reason: string};

/**
 * Turns toc entries into Docusaurus sidebar items, nested as in toc.yml and labelled with its
 * names. Every item gets a stable `key`, so other locales can translate the labels in
 * `current.json` even where two entries share a label.
 */
export function tocToSidebar(
  entries: readonly TocEntry[],
  resolve: (href: string) => TocTarget,
): {items: SidebarItem[]; problems: TocProblem[]} {
  const problems: TocProblem[] = [];
  const usedKeys = new Set<string>();
  const unique = (key: string) => {
    let candidate = key;
    for (let n = 2; usedKeys.has(candidate); n++) candidate = `${key}#${n}`;
    usedKeys.add(candidate);
    return candidate;
  };

  const convert = (entry: TocEntry, depth: number, trail: string[]): SidebarItem[] => {
    const target = entry.href ? resolve(entry.href) : null;
    if (target?.kind === 'unresolved') {
      problems.push({line: entry.line, message: `toc entry "${entry.name ?? entry.href}" links "${entry.href}", ${target.reason}; ${entry.items.length > 0 ? 'the category is kept without a page' : 'it is left out of the sidebar'}.`});
    }
    const pageId = target?.kind === 'page' ? target.id : null;
    const label = entry.name ?? pageId;
    if (!label) {
      problems.push({line: entry.line, message: 'toc entry has no "name" and no page; it is left out of the sidebar. Add a name.'});
      return [];
    }
    if (!entry.name) problems.push({line: entry.line, message: `toc entry has no "name"; labelled "${label}" after its page. Add a name.`});

    if (entry.items.length > 0) {
      const path = [...trail, label];
      const items = entry.items.flatMap((child) => convert(child, depth + 1, path));
      if (items.length === 0) {
        if (pageId) return [{type: 'doc', id: pageId, label, key: unique(pageId)}];
        problems.push({line: entry.line, message: `toc entry "${label}" has no page and none of its items made it into the sidebar; it is left out.`});
        return [];
      }
      return [{
        type: 'category',
        label,
        key: unique(`toc/${pageId ?? path.join('/')}`),
        collapsed: depth > 0,
        ...(pageId ? {link: {type: 'doc' as const, id: pageId}} : {}),
        items,
      }];
    }
    if (pageId) return [{type: 'doc', id: pageId, label, key: unique(pageId)}];
    if (target?.kind === 'external') return [{type: 'link', href: target.href, label}];
    if (!entry.href) problems.push({line: entry.line, message: `toc entry "${label}" has neither "href" nor "items"; it is left out of the sidebar.`});
    return [];
  };

  return {items: entries.flatMap((entry) => convert(entry, 0, [])), problems};
}
