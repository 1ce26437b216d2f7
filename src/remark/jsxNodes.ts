import type {BlockContent, DefinitionContent, PhrasingContent} from 'mdast';
import type {MdxJsxAttribute, MdxJsxAttributeValueExpression, MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import type {Node, Position} from 'unist';

/**
 * Builders for the JSX elements the plugins emit. Docusaurus renders them in `.md` pages too;
 * the components are registered in `src/theme/MDXComponents.tsx`. Each element keeps the
 * source position of what it replaces, so later findings still point at the page's line.
 */

/**
 * Attribute values; `true` writes a bare attribute (`<Fact plural>`), a list of strings passes
 * the list itself (`services={["Exchange","SharePoint"]}`), undefined leaves it out.
 */
export type JsxProps = Record<string, string | true | readonly string[] | undefined>;

/** A list of strings as a JSX expression: string literals only, so it carries data and nothing else. */
function listExpression(list: readonly string[]): MdxJsxAttributeValueExpression {
  const elements = list.map((value) => ({type: 'Literal' as const, value, raw: JSON.stringify(value)}));
  return {
    type: 'mdxJsxAttributeValueExpression',
    value: JSON.stringify(list),
    data: {estree: {type: 'Program', sourceType: 'module', body: [{type: 'ExpressionStatement', expression: {type: 'ArrayExpression', elements}}]}},
  };
}

function attributes(props: JsxProps): MdxJsxAttribute[] {
  return Object.entries(props)
    .filter((entry): entry is [string, string | true | readonly string[]] => entry[1] !== undefined)
    .map(([name, value]) => ({type: 'mdxJsxAttribute', name, value: value === true ? null : typeof value === 'string' ? value : listExpression(value)}));
}

/** A block-level component element, e.g. `<RevisionHistory>`. */
export function jsxFlow(name: string, props: JsxProps, children: (BlockContent | DefinitionContent)[] = [], position?: Position): MdxJsxFlowElement {
  return {type: 'mdxJsxFlowElement', name, attributes: attributes(props), children, position};
}

/** An inline component element, e.g. `<PlaybookDate date="2020-01-29" />`. */
export function jsxText(name: string, props: JsxProps, children: PhrasingContent[] = [], position?: Position): MdxJsxTextElement {
  return {type: 'mdxJsxTextElement', name, attributes: attributes(props), children, position};
}

/** The source span of consecutive nodes: from the first one's start to the last one's end. */
export function spanOf(nodes: readonly Node[]): Position | undefined {
  const start = nodes[0]?.position?.start;
  const end = nodes[nodes.length - 1]?.position?.end;
  return start && end ? {start, end} : undefined;
}
