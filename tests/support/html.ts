import fs from 'node:fs';
import type {Element, Root as HastRoot, RootContent} from 'hast';
import {toJsxRuntime} from 'hast-util-to-jsx-runtime';
import {Fragment, jsx, jsxs} from 'react/jsx-runtime';
import {renderToStaticMarkup} from 'react-dom/server';
import type {PluggableList} from 'unified';
import {VFile} from 'vfile';
import {htmlPipeline} from '../../src/remark/pipeline';
import {diagnosticsOf} from './markdown';

export interface Rendered {
  /** Static HTML; JSX elements the plugins made show as `<jsx-name attr="…">`. */
  html: string;
  diagnostics: string[];
}

/**
 * A `.md` page the way Docusaurus compiles it (CommonMark + GFM, remark → rehype with
 * raw HTML, rehype-raw passing JSX through, then our rehype plugins), rendered to HTML.
 */
export async function renderMarkdown(
  filePath: string,
  {remarkPlugins = [], rehypePlugins = []}: {remarkPlugins?: PluggableList; rehypePlugins?: PluggableList},
): Promise<Rendered> {
  const file = new VFile({value: fs.readFileSync(filePath, 'utf8'), path: filePath});
  const processor = htmlPipeline(remarkPlugins, rehypePlugins);
  const tree = (await processor.run(processor.parse(file), file)) as HastRoot;
  tree.children = tree.children.map(showJsx);
  // React adds image preload hints for a whole document; a page body has none.
  const html = renderToStaticMarkup(toJsxRuntime(tree, {Fragment, jsx, jsxs})).replace(/<link rel="preload"[^>]*>/g, '');
  return {
    html: html.replace(/(<\/(p|h\d|li|ul|ol|table|tr|blockquote|pre|div|details|jsx-[\w-]+)>)/g, '$1\n').trim() + '\n',
    diagnostics: diagnosticsOf(file),
  };
}

function showJsx(node: RootContent): RootContent {
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    const properties = Object.fromEntries(
      node.attributes.flatMap((a) => (a.type === 'mdxJsxAttribute' && typeof a.value === 'string' ? [[a.name, a.value]] : [])),
    );
    const element: Element = {type: 'element', tagName: `jsx-${(node.name ?? 'fragment').toLowerCase()}`, properties, children: []};
    element.children = (node.children as RootContent[]).map(showJsx) as Element['children'];
    return element;
  }
  if (node.type === 'mdxjsEsm') {
    // A plugin's export (Docusaurus's `toc`, say): shown by the names it exports.
    const body = (node.data?.estree?.body ?? []) as {type: string; declaration?: {declarations?: {id: {name?: string}}[]}}[];
    const names = body.flatMap((s) => (s.type === 'ExportNamedDeclaration' ? (s.declaration?.declarations ?? []).map((d) => d.id.name ?? '') : []));
    return {type: 'element', tagName: 'jsx-esm', properties: {exports: names.join(' ')}, children: []};
  }
  if (node.type === 'element') {
    return {...node, children: node.children.map(showJsx) as Element['children']};
  }
  return node;
}
