import type {Root} from 'mdast';
import {visit} from 'unist-util-visit';
import {parse as parseYaml} from 'yaml';
import {findPageTitle} from '../../src/playbook/titles';
import {cleanText} from '../../src/playbook/text';

/** The page's title as readers see it: its H1 (the playbook's title rule), else front matter `title`. */
export function pageTitle(tree: Root): string | null {
  const h1 = findPageTitle(tree);
  if (h1) return h1.title;
  const yaml = tree.children.find((n) => n.type === 'yaml');
  if (!yaml) return null;
  try {
    const data = parseYaml(yaml.value) as {title?: unknown} | null;
    return typeof data?.title === 'string' ? cleanText(data.title) || null : null;
  } catch {
    return null;
  }
}

/** The front matter block as written (`---` … `---`), or null. */
export function frontMatterText(markdown: string): string | null {
  const match = /^\uFEFF?(---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*)(\r?\n|$)/.exec(markdown);
  return match ? match[1]! : null;
}

export interface PageReference {
  kind: 'link' | 'image';
  url: string;
  line: number;
  column: number;
}

/** Every link and image URL on the page, with its position. */
export function pageReferences(tree: Root): PageReference[] {
  const refs: PageReference[] = [];
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      refs.push({
        kind: node.type === 'image' ? 'image' : 'link',
        url: node.url,
        line: node.position?.start.line ?? 1,
        column: node.position?.start.column ?? 1,
      });
    }
  });
  return refs;
}
