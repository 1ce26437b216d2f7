import type {Paragraph, PhrasingContent, Root, RootContent} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import type {Plugin} from 'unified';
import {CONTINUE, SKIP, visit} from 'unist-util-visit';
import {readFactLine, type FactKind} from '../../playbook/pageFacts';
import {findPageTitle} from '../../playbook/titles';
import {jsxFlow, spanOf} from '../jsxNodes';

interface Fact {
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

/** `Label: value` with a non-empty value, or null. The value keeps the author's formatting. */
function readFact(line: readonly PhrasingContent[]): Fact | null {
  const [first, ...rest] = line;
  if (first?.type !== 'text') return null;
  const label = readFactLine(first.value);
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

/** A paragraph made only of `Label: value` lines, at least one of them a known fact. */
function readFacts(paragraph: Paragraph): Fact[] | null {
  const facts = splitLines(paragraph.children).map(readFact);
  if (facts.length === 0 || facts.some((f) => f === null)) return null;
  return facts.some((f) => f!.kind !== null) ? (facts as Fact[]) : null;
}

function factElements(facts: readonly Fact[]): MdxJsxFlowElement[] {
  return facts.map((fact) =>
    jsxFlow('Fact', {kind: fact.kind ?? undefined, label: fact.label, plural: fact.plural || undefined}, [{type: 'paragraph', children: fact.value}], spanOf(fact.value)),
  );
}

/**
 * Page and method facts. The `Phase:` lines right under the H1 become the page's
 * `<PageFacts>` header (which adds audience and last-updated from the page's
 * metadata); a method's `Primary Role:` / `Applies To:` lines become `<MethodFacts>`
 * chips. Values stay exactly as written; the components translate the known labels.
 */
const remarkPageFacts: Plugin<[], Root> = function () {
  return (tree) => {
    // Docusaurus may already have wrapped the H1 in `<header>`.
    const h1 = findPageTitle(tree)?.heading;
    const titleAt = h1 ? tree.children.findIndex((n) => n === h1 || ('children' in n && (n.children as unknown[]).includes(h1))) : -1;
    const firstContent = tree.children.findIndex((n) => n.type !== 'yaml');
    const insertAt = titleAt >= 0 ? titleAt + 1 : firstContent >= 0 ? firstContent : tree.children.length;

    const next = tree.children[insertAt];
    const pageFacts = next?.type === 'paragraph' ? readFacts(next) : null;
    const isPhaseHeader = pageFacts?.some((f) => f.kind === 'phase') ?? false;
    const header = jsxFlow('PageFacts', {}, isPhaseHeader ? factElements(pageFacts!) : [], isPhaseHeader ? next!.position : undefined);
    tree.children.splice(insertAt, isPhaseHeader ? 1 : 0, header as RootContent);

    visit(tree, (node, index, parent) => {
      if (node.type === 'mdxJsxFlowElement' && node.name === 'PageFacts') return SKIP;
      if (node.type !== 'paragraph' || !parent || index === undefined) return CONTINUE;
      const facts = readFacts(node);
      if (!facts) return CONTINUE;
      parent.children.splice(index, 1, jsxFlow('MethodFacts', {}, factElements(facts), node.position) as (typeof parent.children)[number]);
      return [SKIP, index + 1];
    });
  };
};

export default remarkPageFacts;
