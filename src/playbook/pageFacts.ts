/**
 * Labelled lines DocFX pages use for page and method facts: `Phase: **Remediate**`. They are
 * found by their place: the line under the H1 is the page's phase, the lines right under a
 * method heading are that method's facts. Labels are locale data (`locales.ts`); an unlisted
 * label is read all the same and shown as written.
 */
import type {Paragraph, Parent, PhrasingContent, Root, RootContent} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {visit} from 'unist-util-visit';
import {LOCALE_CONFIGS, type LocaleConfig} from './locales';
import {cleanText} from './text';
import {findPageTitle} from './titles';

export const FACT_KINDS = ['phase', 'primaryRole', 'appliesTo'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

/** Audiences `ft.audience` names; other values are shown as written. */
export const AUDIENCES = ['partner'] as const;
export type Audience = (typeof AUDIENCES)[number];

export function isKnownAudience(value: string): value is Audience {
  return (AUDIENCES as readonly string[]).includes(value.trim().toLowerCase());
}

interface LabelForm {
  kind: FactKind;
  label: string;
  plural: boolean;
}

const labelForms = new WeakMap<readonly LocaleConfig[], Map<string, LabelForm>>();
/** Every locale's fact labels, lower-cased: pages sit in other locales' folders too. */
function labelsOf(locales: readonly LocaleConfig[]): Map<string, LabelForm> {
  let forms = labelForms.get(locales);
  if (!forms) {
    forms = new Map();
    for (const {words} of locales) {
      for (const kind of FACT_KINDS) {
        for (const label of words.facts?.[kind] ?? []) forms.set(label.toLowerCase(), {kind, label, plural: false});
        for (const label of words.pluralFacts?.[kind] ?? []) forms.set(label.toLowerCase(), {kind, label, plural: true});
      }
    }
    labelForms.set(locales, forms);
  }
  return forms;
}

/**
 * Other labelled lines that share a paragraph with facts ("Motions:", "Konzepte:",
 * "Sekundäre Rollen:", "Programmmanager:"): a short plain label, a colon, then a value.
 */
const ANY_LABEL = /^\s*(\p{L}[\p{L}\p{M}\p{N} &/'’-]{0,38}?)\s*[:：]\s*/u;

export interface FactLine {
  /** Known fact, or null for another labelled line. */
  kind: FactKind | null;
  /** The label as the author wrote it, without the colon. */
  label: string;
  plural: boolean;
  /** Characters the label and colon take up, including surrounding spaces. */
  length: number;
}

/** Reads `Label: value` at the start of a line; null when the line states no fact. */
export function readFactLine(text: string, locales: readonly LocaleConfig[] = LOCALE_CONFIGS): FactLine | null {
  const any = ANY_LABEL.exec(text);
  if (!any) return null;
  const label = any[1]!.trim().replace(/\s+/g, ' ');
  const known = labelsOf(locales).get(label.toLowerCase());
  return {kind: known?.kind ?? null, label, plural: known?.plural ?? false, length: any[0].length};
}

/** One `Label: value` line of a fact paragraph; the value keeps the author's formatting. */
export interface Fact {
  /** A known kind (its label is in some locale's entry), or null: shown as written. */
  kind: FactKind | null;
  label: string;
  plural: boolean;
  value: PhrasingContent[];
}

/** Splits a paragraph at hard breaks and soft line endings (not inside `**…**`). */
function splitLines(children: readonly PhrasingContent[]): PhrasingContent[][] {
  const lines: PhrasingContent[][] = [[]];
  for (const node of children) {
    if (node.type === 'break') {
      lines.push([]);
    } else if (node.type === 'text' && node.value.includes('\n')) {
      node.value.split('\n').forEach((part, i) => {
        if (i > 0) lines.push([]);
        if (part) lines[lines.length - 1]!.push({type: 'text', value: part});
      });
    } else {
      lines[lines.length - 1]!.push(node);
    }
  }
  return lines.filter((line) => line.length > 0);
}

/** `Label: value` with a non-empty value, or null. */
function readFact(line: readonly PhrasingContent[], locales: readonly LocaleConfig[]): Fact | null {
  const [first, ...rest] = line;
  if (first?.type !== 'text') return null;
  const label = readFactLine(first.value, locales);
  if (!label) return null;
  const remainder = first.value.slice(label.length);
  const value: PhrasingContent[] = remainder ? [{type: 'text', value: remainder}, ...rest] : [...rest];
  const last = value[value.length - 1];
  if (last?.type === 'text') {
    const trimmed = last.value.trimEnd();
    if (trimmed) value[value.length - 1] = {type: 'text', value: trimmed};
    else value.pop();
  }
  return value.length > 0 ? {kind: label.kind, label: label.label, plural: label.plural, value} : null;
}

/** `Label: **value**`: the value is bold and nothing else. */
const isBoldValue = (fact: Fact) => fact.value.length === 1 && fact.value[0]!.type === 'strong';

/**
 * A paragraph made only of fact lines. By its place (right under a heading) every line must
 * be `Label: **value**` or have a known label; anywhere else at least one label must be known.
 */
export function readFactParagraph(paragraph: Paragraph, placed: boolean, locales: readonly LocaleConfig[] = LOCALE_CONFIGS): Fact[] | null {
  const facts = splitLines(paragraph.children).map((line) => readFact(line, locales));
  if (facts.length === 0 || facts.some((f) => f === null)) return null;
  const read = facts as Fact[];
  const recognised = placed ? read.every((f) => f.kind !== null || isBoldValue(f)) : read.some((f) => f.kind !== null);
  return recognised ? read : null;
}

/** A fact value as plain text (`**Remediate**` → `Remediate`). */
export function factText(fact: Fact): string {
  return cleanText(fact.value.map((node) => toString(node)).join(''));
}

export interface FactParagraph {
  paragraph: Paragraph;
  parent: Parent;
  facts: Fact[];
}

export interface PageFacts {
  /** Index in the root after the title (or where content starts): the page header's place. */
  headerAt: number;
  /** The fact paragraph right under the H1 when it states the page's phase. */
  page: FactParagraph | null;
  /** The phase: the `Phase`-labelled line under the H1, or its only line whatever the label. */
  phase: Fact | null;
  /** Every other fact paragraph: right under a method heading, or of known labels anywhere. */
  methods: FactParagraph[];
}

/** The page's facts, by their place under the H1 and under method headings. */
export function findPageFacts(tree: Root, locales: readonly LocaleConfig[] = LOCALE_CONFIGS): PageFacts {
  // The title may already sit in Docusaurus's `<header>` (the build) or at the top (a plain parse).
  const h1 = findPageTitle(tree)?.heading;
  const titleAt = h1 ? tree.children.findIndex((n) => n === h1 || ('children' in n && (n.children as unknown[]).includes(h1))) : -1;
  const firstContent = tree.children.findIndex((n) => n.type !== 'yaml');
  const headerAt = titleAt >= 0 ? titleAt + 1 : firstContent >= 0 ? firstContent : tree.children.length;

  let page: FactParagraph | null = null;
  let phase: Fact | null = null;
  const under = tree.children[headerAt];
  if (titleAt >= 0 && under?.type === 'paragraph') {
    const facts = readFactParagraph(under, true, locales);
    const only = facts?.length === 1 && facts[0]!.kind === null ? facts[0]! : null;
    phase = facts?.find((f) => f.kind === 'phase') ?? (only ? {...only, kind: 'phase'} : null);
    if (facts && phase) page = {paragraph: under, parent: tree, facts: facts.map((f) => (f === only ? phase! : f))};
  }

  const methods: FactParagraph[] = [];
  const placed = new Set<Paragraph>();
  visit(tree, 'paragraph', (paragraph: Paragraph, index, parent) => {
    if (paragraph === page?.paragraph || !parent || index === undefined) return;
    const before = parent.children[index - 1] as RootContent | undefined;
    const byPlace = (before?.type === 'heading' && before.depth >= 2) || (before?.type === 'paragraph' && placed.has(before));
    const facts = readFactParagraph(paragraph, byPlace, locales);
    if (!facts) return;
    if (byPlace) placed.add(paragraph);
    methods.push({paragraph, parent, facts});
  });
  return {headerAt, page, phase, methods};
}
