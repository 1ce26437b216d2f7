import type {Root} from 'mdast';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import {withinLimits} from '../trust/limits';

/**
 * The syntax Docusaurus parses `.md` pages with: CommonMark, front matter and GFM. Every
 * processor outside the build starts here (`src/remark/pipeline.ts` adds the plugins), so
 * they all read a page the same way.
 */
export function markdownProcessor() {
  return unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm);
}

const parser = markdownProcessor().freeze();

/**
 * A page's mdast as the build's remark plugins first see it, outside the build (catalog,
 * linter, importer). A page past the limits (`src/trust/limits.ts`) is never given to the
 * parser: it reads as empty, and the page's own findings say why.
 */
export function parsePage(markdown: string): Root {
  return withinLimits(markdown) ? parser.parse(markdown) : {type: 'root', children: []};
}

// GFM changes no heading's text, and skipping it makes reading every page's title in the build a fifth cheaper.
const headingParser = unified().use(remarkParse).freeze();

/** A page body (front matter removed) parsed well enough to read its headings, e.g. the title. */
export function parseHeadings(body: string): Root {
  return headingParser.parse(body);
}
