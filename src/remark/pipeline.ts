/**
 * The build's Markdown pipeline outside Docusaurus, for the linter, the importer and the
 * tests: the page syntax (`markdownProcessor`), then the given remark plugins, and, up to
 * HTML, remark-rehype and rehype-raw as Docusaurus's `.md` pipeline runs them.
 */
import rehypeRaw from 'rehype-raw';
import remarkRehype from 'remark-rehype';
import type {PluggableList} from 'unified';
import {markdownProcessor} from '../content/parsePage';
import {playbookPlugins, type PipelineOptions} from '.';

/** JSX the plugins create, which must survive the HTML stage, as in Docusaurus's `.md` pipeline. */
export const MDX_NODE_TYPES = ['mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression', 'mdxjsEsm'] as const;

/** Parsing and the remark stage: a page's mdast after `plugins`. */
export function remarkPipeline(plugins: PluggableList) {
  return markdownProcessor().use(plugins);
}

/** Up to HTML (hast): remark plugins, raw HTML parsed with the plugins' JSX passed through, rehype plugins. */
export function htmlPipeline(remarkPlugins: PluggableList, rehypePlugins: PluggableList) {
  return remarkPipeline(remarkPlugins)
    .use(remarkRehype, {allowDangerousHtml: true, passThrough: [...MDX_NODE_TYPES]})
    .use(rehypeRaw, {passThrough: [...MDX_NODE_TYPES]})
    .use(rehypePlugins);
}

/** Every playbook plugin, in the build's order (the ones before Docusaurus's, then after), up to HTML. */
export function playbookPipeline(options: PipelineOptions) {
  const {beforeDefaultRemarkPlugins, remarkPlugins, rehypePlugins} = playbookPlugins(options);
  return htmlPipeline([...beforeDefaultRemarkPlugins, ...remarkPlugins], rehypePlugins);
}
