import fs from 'node:fs';
import path from 'node:path';
import {unified, type PluggableList} from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import {VFile} from 'vfile';
import {formatDiagnostic, playbookMessages} from '../../src/diagnostics';

export interface Processed {
  /** Readable MDX: what the plugins made of the page. */
  output: string;
  /** `file:line:col  severity  message  rule` lines, relative to the site root. */
  diagnostics: string[];
}

const SITE_DIR = path.resolve(__dirname, '../..');

/** Runs Markdown through CommonMark + GFM and the given plugins, then prints MDX. */
export async function processMarkdown(markdown: string, filePath: string, plugins: PluggableList): Promise<Processed> {
  const file = new VFile({value: markdown, path: filePath});
  const processor = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).use(plugins).use(remarkMdx).use(remarkStringify);
  const tree = await processor.run(processor.parse(file), file);
  return {
    output: processor.stringify(tree as Parameters<typeof processor.stringify>[0], file),
    diagnostics: playbookMessages(file).map((m) => formatDiagnostic(m, file.path, SITE_DIR)),
  };
}

export function readFixture(dir: string, name: string): string {
  return fs.readFileSync(path.join(dir, name), 'utf8');
}
