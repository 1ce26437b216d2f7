import type {Root} from 'mdast';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';

/**
 * The syntax Docusaurus parses `.md` pages with: CommonMark, front matter and GFM. Every
 * processor outside the build starts here (`src/remark/pipeline.ts` adds the plugins), so
 * they all read a page the same way.
 */
export function markdownProcessor() {
  return unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm);
}

const parser = markdownProcessor().freeze();

/** A page's mdast as the build's remark plugins first see it, outside the build (catalog, linter). */
export function parsePage(markdown: string): Root {
  return parser.parse(markdown);
}

// GFM changes no heading's text, and skipping it makes reading every page's title in the build a fifth cheaper.
const headingParser = unified().use(remarkParse).freeze();

/** A page body (front matter removed) parsed well enough to read its headings, e.g. the title. */
export function parseHeadings(body: string): Root {
  return headingParser.parse(body);
}
