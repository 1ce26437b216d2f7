/**
 * Blocker pages read from a page's mdast (CommonMark + GFM, as Docusaurus parses `.md`; the
 * grammar is `src/playbook/blockers.ts`). The status-link plugin, the `/blockers` guide,
 * `blockers.json` and the linter all call {@link readBlockerPage}, so a page and the guide can
 * never disagree about what a page says.
 */
import type {Blockquote, Heading, Paragraph, PhrasingContent, Root, RootContent, Table, TableCell, TableRow, Text} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {isLabel, isValidScenarioTable, literalLabelLength, SCENARIO_COLUMNS, withoutLevelCode} from '../playbook/blockers';
import {readCalloutMarker} from '../playbook/callouts';
import {isIndentedCode, readNumberedProse} from '../playbook/numberedProse';
import {cleanText} from '../playbook/text';

export interface BlockerScenario {
  /** The scenario as plain text. */
  text: string;
  /** The status cell as plain text: the name of the L2 the scenario takes. */
  status: string;
  /** Valid scenarios take this page's L2; invalid ones name the L2 that fits instead. */
  valid: boolean;
  row: TableRow;
  /** The status cell, for the plugin that links it; null when the row has no second cell. */
  statusCell: TableCell | null;
}

export interface WorkloadQuestions {
  /** The heading the questions sit under, e.g. `Teams`. */
  workload: string;
  questions: string[];
}

/** An L2 page: its name (the title), definition, scenarios and questions. */
export interface L2Page {
  title: string;
  definition: string;
  scenarios: BlockerScenario[];
  /** Numbered questions in the page's callouts. */
  questions: string[];
  workloads: WorkloadQuestions[];
}

/** An L1 as a page lists it: an H1 and the L2 pages linked in its section. */
export interface L1Listing {
  /** The heading without its level code (`L1 – Blockiert` → `Blockiert`). */
  name: string;
  /** The callout definition or the paragraph right under the heading. */
  definition: string | null;
  /** Whether the heading is the page's title and the page lists no other L1: the page is the L1's own. */
  ownPage: boolean;
  /** Link targets as written, in order: the L2 pages it lists, once resolved. */
  links: string[];
}

export type BlockerReading =
  | {kind: 'l2'; page: L2Page}
  | {kind: 'listing'; levels: L1Listing[]};

type Block = RootContent;

/**
 * A block quote opening with a callout marker (`> [!IMPORTANT]`, `> [!WICHTIG]`): by its shape,
 * so a language whose markers no locale entry lists yet is read too.
 */
function isCallout(node: Block | undefined): node is Blockquote {
  if (node?.type !== 'blockquote') return false;
  const first = node.children[0];
  const head = first?.type === 'paragraph' ? first.children[0] : undefined;
  return head?.type === 'text' && readCalloutMarker(head.value) !== null;
}

const plain = (nodes: readonly (Block | PhrasingContent)[]) => cleanText(nodes.map((n) => toString(n)).join(' '));

/** A callout's text without its marker and its bold label (`**Definition:**`). */
function definitionOf(quote: Blockquote): string {
  const [first, ...rest] = quote.children as [Paragraph, ...Block[]];
  const head = first.children[0] as Text;
  const phrasing: PhrasingContent[] = [{...head, value: head.value.slice(readCalloutMarker(head.value)!.length)}, ...first.children.slice(1)];
  while (phrasing[0] && (phrasing[0].type === 'break' || (phrasing[0].type === 'text' && !phrasing[0].value.trim()))) phrasing.shift();
  const [lead, next] = phrasing;
  let text: string;
  if (lead?.type === 'strong' && isLabel(toString(lead), next ? toString(next) : '')) {
    text = plain(phrasing.slice(1)).replace(/^[:：]\s*/u, '');
  } else {
    const all = plain(phrasing);
    text = all.slice(literalLabelLength(all));
  }
  return cleanText([text, plain(rest)].join(' '));
}

/** Numbered items a block holds: an ordered list, a paragraph of numbered lines, indented numbered prose. */
function numberedItems(node: Block): string[] | null {
  if (node.type === 'list') return node.ordered ? node.children.map((item) => plain(item.children)) : null;
  if (node.type === 'paragraph') return readNumberedProse(toString(node))?.items.map(cleanText) ?? null;
  if (node.type === 'code' && !node.lang && isIndentedCode(node)) return readNumberedProse(node.value)?.items.map(cleanText) ?? null;
  return null;
}

function scenariosOf(table: Table, title: string): BlockerScenario[] {
  const rows = table.children.slice(1).filter((row) => plain(row.children.slice(0, 1)) !== '');
  const statuses = rows.map((row) => plain(row.children.slice(1, 2)));
  const valid = isValidScenarioTable(statuses, title);
  return rows.map((row, i) => ({text: plain(row.children.slice(0, 1)), status: statuses[i]!, valid, row, statusCell: row.children[1] ?? null}));
}

/** A heading whose whole content is one link (`## [L2 - Migration](x.md)`): its target. */
function headingLink(heading: Heading): string | null {
  const content = heading.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  return content.length === 1 && content[0]!.type === 'link' ? content[0]!.url : null;
}

/** A list item that opens with a link (`- [L2 - Migration](x.md)` and its description): its target. */
function itemLink(node: Block): string[] {
  if (node.type !== 'list') return [];
  return node.children.flatMap((item) => {
    const first = item.children[0];
    const lead = first?.type === 'paragraph' ? first.children.find((c) => !(c.type === 'text' && !c.value.trim())) : undefined;
    return lead?.type === 'link' ? [lead.url] : [];
  });
}

/** The L1s a page lists: each H1 with the L2 links of its section (linked H2s, or list items opening with a link). */
function listingsOf(blocks: readonly Block[], title: Heading | undefined): L1Listing[] {
  const levels: L1Listing[] = [];
  blocks.forEach((node, at) => {
    if (node.type !== 'heading' || node.depth !== 1) return;
    const end = blocks.findIndex((n, i) => i > at && n.type === 'heading' && n.depth === 1);
    const section = blocks.slice(at + 1, end < 0 ? blocks.length : end);
    const links = section.flatMap((n) => (n.type === 'heading' ? (headingLink(n) ?? []) : itemLink(n)));
    const under = section[0];
    const definition = isCallout(under) ? definitionOf(under) : under?.type === 'paragraph' ? plain([under]) || null : null;
    levels.push({name: withoutLevelCode(toString(node)), definition, ownPage: node === title, links});
  });
  const listed = levels.filter((level) => level.links.length > 0);
  if (listed.length > 1) for (const level of listed) level.ownPage = false;
  return listed;
}

/**
 * What a page says about blockers: an L2 page (title, a definition callout right under it,
 * scenario tables), or the L1s it lists, or null. Reads the top level of the page as parsed,
 * before the callouts become components.
 */
export function readBlockerPage(tree: Root): BlockerReading | null {
  const blocks = tree.children.filter((n) => n.type !== 'yaml');
  const titleAt = blocks.findIndex((n) => n.type === 'heading');
  const titleNode = blocks[titleAt];
  const title = titleNode?.type === 'heading' && titleNode.depth === 1 ? cleanText(toString(titleNode)) : null;
  const under = blocks[titleAt + 1];

  const tables = blocks.filter((n): n is Table => n.type === 'table' && n.children[0]?.children.length === SCENARIO_COLUMNS.length);
  if (title && isCallout(under) && tables.length > 0) {
    const questions: string[] = [];
    const workloads: WorkloadQuestions[] = [];
    for (const quote of blocks.filter((n) => n !== under && isCallout(n)) as Blockquote[]) {
      for (const child of quote.children) questions.push(...(numberedItems(child) ?? []));
    }
    blocks.forEach((node, at) => {
      if (node.type !== 'heading' || node.depth < 2) return;
      const items: string[] = [];
      for (let i = at + 1; i < blocks.length && blocks[i]!.type !== 'heading'; i++) {
        const found = numberedItems(blocks[i]!);
        if (!found) break;
        items.push(...found);
      }
      if (items.length > 0) workloads.push({workload: cleanText(toString(node)), questions: items});
    });
    const page: L2Page = {title, definition: definitionOf(under), scenarios: tables.flatMap((t) => scenariosOf(t, title)), questions, workloads};
    return {kind: 'l2', page};
  }
  const levels = listingsOf(blocks, titleNode?.type === 'heading' && titleNode.depth === 1 ? titleNode : undefined);
  return levels.length > 0 ? {kind: 'listing', levels} : null;
}
