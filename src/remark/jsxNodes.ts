import type {BlockContent, DefinitionContent, PhrasingContent} from 'mdast';
import type {MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';

/** Attribute values; `true` writes a bare attribute (`<Fact plural>`), undefined leaves it out. */
export type JsxProps = Record<string, string | true | undefined>;

function attributes(props: JsxProps): MdxJsxAttribute[] {
  return Object.entries(props)
    .filter((entry): entry is [string, string | true] => entry[1] !== undefined)
    .map(([name, value]) => ({type: 'mdxJsxAttribute', name, value: value === true ? null : value}));
}

/** A block-level component element, e.g. `<RevisionHistory>`. */
export function flowElement(name: string, props: JsxProps, children: (BlockContent | DefinitionContent)[] = []): MdxJsxFlowElement {
  return {type: 'mdxJsxFlowElement', name, attributes: attributes(props), children};
}

/** An inline component element, e.g. `<PlaybookDate date="2020-01-29" />`. */
export function textElement(name: string, props: JsxProps, children: PhrasingContent[] = []): MdxJsxTextElement {
  return {type: 'mdxJsxTextElement', name, attributes: attributes(props), children};
}
