import type {Code, List, Root, RootContent} from 'mdast';
import type {Plugin} from 'unified';
import type {Node, Point} from 'unist';
import {SKIP, visit} from 'unist-util-visit';
import {parsePage} from '../../content/parsePage';
import {isIndentedCode, readNumberedProse, type NumberedProse} from '../../playbook/numberedProse';
import {report} from '../../diagnostics';

/** Indented code's text starts four columns after the block's own start. */
const INDENT = 4;

/**
 * The list the author meant: the items read as Markdown, exactly as they would be once
 * outdented, with positions moved to the item's line in the page. Null when Markdown reads the
 * outdented text as anything but one ordered list of one paragraph per item.
 */
function listOf(prose: NumberedProse, code: Code, source: string): List | null {
  const markdown = prose.items.map((item, i) => `${prose.start + i}. ${item}`).join('\n');
  const [list, ...rest] = parsePage(markdown).children;
  if (rest.length > 0 || list?.type !== 'list' || !list.ordered || list.children.length !== prose.items.length) return null;
  if (list.children.some((item) => item.children.length !== 1 || item.children[0]!.type !== 'paragraph')) return null;
  const origin = code.position!.start;
  const lineStarts = [0];
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  // Approximate within a line (the number and zero-width characters may differ from the source), exact in lines.
  const moved = (point: Point): Point => {
    const line = origin.line + prose.lines[point.line - 1]!;
    const column = point.column + origin.column - 1 + INDENT;
    return {line, column, offset: (lineStarts[line - 1] ?? source.length) + column - 1};
  };
  visit(list, (node: Node) => {
    if (node.position) node.position = {start: moved(node.position.start), end: moved(node.position.end)};
  });
  list.position = code.position;
  list.spread = false;
  return list;
}

/**
 * Questions that read as questions: an indented block whose every line is a numbered item of
 * prose (DocFX pages indent workload questions by four spaces, which Markdown reads as code)
 * becomes the numbered list the author meant, with a warning saying how to fix the source.
 * Anything else indented, and every fenced block, stays code.
 */
const remarkIndentedLists: Plugin<[], Root> = function () {
  return (tree, file) => {
    visit(tree, 'code', (code: Code, index, parent) => {
      if (!parent || index === undefined || code.lang || !isIndentedCode(code)) return undefined;
      const prose = readNumberedProse(code.value);
      const list = prose ? listOf(prose, code, String(file.value ?? '')) : null;
      if (!list) return undefined;
      report(
        file,
        'indented-list',
        `Numbered lines indented by four spaces are a code block in Markdown; they are shown as a numbered list. Outdent them by four spaces.`,
        code,
        `${prose!.start}. ${prose!.items[0]}`,
      );
      (parent.children as RootContent[])[index] = list;
      return SKIP;
    });
  };
};

export default remarkIndentedLists;
