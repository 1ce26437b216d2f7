/**
 * Markdown through the playbook's plugins the way the build parses it (`src/remark/pipeline.ts`),
 * for plugin tests: the resulting tree, or readable MDX, with the findings as the build prints them.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {Root} from 'mdast';
import type {PluggableList} from 'unified';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import {VFile} from 'vfile';
import {formatDiagnostic, playbookMessages} from '../../src/diagnostics';
import {markdownProcessor} from '../../src/content/parsePage';
import {remarkPipeline} from '../../src/remark/pipeline';

export const SITE_DIR = path.resolve(__dirname, '../..');

/** `file:line:col  severity  message  rule` lines, relative to the site root. */
export function diagnosticsOf(file: VFile): string[] {
  return playbookMessages(file).map((m) => formatDiagnostic(m, file.path, SITE_DIR));
}

export interface Processed {
  /** Readable MDX: what the plugins made of the page. */
  output: string;
  diagnostics: string[];
}

// Prints MDX only: the page is parsed as the build parses `.md` (CommonMark, where indented code is code).
const mdxPrinter = markdownProcessor().use(remarkMdx).use(remarkStringify);

/** Runs Markdown through the plugins, then prints MDX. */
export async function processMarkdown(markdown: string, filePath: string, plugins: PluggableList): Promise<Processed> {
  const file = new VFile({value: markdown, path: filePath});
  const processor = remarkPipeline(plugins);
  const tree = await processor.run(processor.parse(file), file);
  return {output: mdxPrinter.stringify(tree as Root, file), diagnostics: diagnosticsOf(file)};
}

/** Runs Markdown through the plugins and returns the tree: quicker than printing, for whole-corpus checks. */
export async function transformMarkdown(markdown: string, filePath: string, plugins: PluggableList): Promise<{tree: Root; diagnostics: string[]}> {
  const file = new VFile({value: markdown, path: filePath});
  const processor = remarkPipeline(plugins);
  const tree = (await processor.run(processor.parse(file), file)) as Root;
  return {tree, diagnostics: diagnosticsOf(file)};
}

export function readFixture(dir: string, name: string): string {
  return fs.readFileSync(path.join(dir, name), 'utf8');
}
