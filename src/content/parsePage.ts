import type {Root} from 'mdast';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import {withinLimits} from '../trust/limits';

// The syntax Docusaurus parses `.md` pages with (CommonMark + front matter + GFM), set up once.
const parser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm);

/**
 * A page's mdast as the build's remark plugins first see it, outside the build (catalog,
 * linter, importer). A page past the limits (`src/trust/limits.ts`) is never given to the
 * parser: it reads as empty, and the page's own findings say why.
 */
export function parsePage(markdown: string): Root {
  return withinLimits(markdown) ? parser.parse(markdown) : {type: 'root', children: []};
}
