import path from 'node:path';
import type {Root} from 'mdast';
import {unified, type PluggableList} from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import {VFile} from 'vfile';
import {formatDiagnostic, playbookMessages} from '../../src/diagnostics';

const SITE_DIR = path.resolve(__dirname, '../..');

/**
 * Parses CommonMark + GFM (as the build reads `.md`) and runs the plugins, returning the
 * tree instead of printing it: quicker for whole-corpus checks than `processMarkdown`.
 */
export async function transformMarkdown(markdown: string, filePath: string, plugins: PluggableList): Promise<{tree: Root; diagnostics: string[]}> {
  const file = new VFile({value: markdown, path: filePath});
  const processor = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).use(plugins);
  const tree = (await processor.run(processor.parse(file), file)) as Root;
  return {tree, diagnostics: playbookMessages(file).map((m) => formatDiagnostic(m, file.path, SITE_DIR))};
}
