import type {Root} from 'mdast';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';

// The syntax Docusaurus parses `.md` pages with (CommonMark + front matter + GFM), set up once.
const parser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm);

/** A page's mdast as the build's remark plugins first see it, outside the build (catalog, linter). */
export function parsePage(markdown: string): Root {
  return parser.parse(markdown);
}
