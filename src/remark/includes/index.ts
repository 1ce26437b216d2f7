import fs from 'node:fs';
import path from 'node:path';
import type {Link, Parent, PhrasingContent, Root, RootContent, Text} from 'mdast';
import type {Node, Position} from 'unist';
import type {Plugin, Processor} from 'unified';
import {toString} from 'mdast-util-to-string';
import {SKIP, visit} from 'unist-util-visit';
import {VFile} from 'vfile';
import {INCLUDE_CLOSING, INCLUDE_MENTION, INCLUDE_OPENING} from '../../playbook/docfxBlocks';
import {DEFAULT_LOCALE, LOCALES} from '../../playbook/locales';
import {createConfinement} from '../../content/confine';
import {resolveFrom} from '../../content/contentTree';
import {parseLocalReference} from '../../content/contentUrl';
import {report} from '../../diagnostics';
import {checkPageSource} from '../../source';
import {LIMITS} from '../../trust/limits';
import {markOrigin} from '../origin';

export interface IncludesOptions {
  siteDir: string;
  locales?: readonly string[];
  defaultLocale?: string;
}

const MARKDOWN_FILE = /\.mdx?$/i;

/** Where the page holds the outermost include: every finding and every included node points there. */
interface Context {
  page: VFile;
  anchor: Position | undefined;
  /** Absolute paths from the page down to the file being expanded. */
  chain: string[];
  /** Characters the page has grown to with its includes, shared by all of them. */
  expanded: {size: number};
}

/**
 * DocFX includes: `[!INCLUDE [title](path.md)]` on its own line splices in the blocks
 * of that file, inside a line its single paragraph. Paths are relative to the including
 * file, or with `~/` to the content root (a translated page may use the default locale's
 * file); front matter is dropped. Links and images in an included file stay relative to it.
 * Included files are parsed by the page's own processor, so they read exactly like the page.
 */
const remarkIncludes: Plugin<[IncludesOptions], Root> = function (options) {
  // The page's own parser, so included files read exactly like the page.
  const processor = this as unknown as Processor<Root>;
  const defaultLocale = options.defaultLocale ?? DEFAULT_LOCALE;
  const confinement = createConfinement({siteDir: options.siteDir, locales: options.locales ?? LOCALES, defaultLocale});
  const relative = (file: string) => path.relative(options.siteDir, file).split(path.sep).join('/');

  /** Expands every include in `tree`, which is `filePath` (the page or an included file). */
  function expand(tree: Root, filePath: string, context: Context): void {
    visit(tree, (node, index, parent) => {
      if (!('children' in node) || !mentionsInclude(node.children as RootContent[])) return undefined;
      const phrasing = node as Parent & {children: PhrasingContent[]};
      const includes = findIncludes(phrasing.children);
      phrasing.children.forEach((child, i) => {
        if (child.type === 'text' && INCLUDE_MENTION.test(child.value) && !includes.includes(i)) {
          const shown = /\[!INCLUDE[^\]]*\]?/i.exec(child.value)![0];
          problem(context, child.position, filePath, `"${shown}" is not an include and is shown as written; write [!INCLUDE [title](path/to/file.md)].`, 'include-form');
        }
      });
      const isBlock =
        node.type === 'paragraph' && includes.length === 1 && isAlone(phrasing.children, includes[0]!);

      if (isBlock && parent && index !== undefined) {
        const link = phrasing.children[includes[0]! + 1] as Link;
        const blocks = load(link, statementPosition(phrasing.children, includes[0]!), filePath, context);
        if (!blocks) {
          showAsWritten(phrasing.children, includes[0]!);
          return SKIP;
        }
        parent.children.splice(index, 1, ...blocks);
        return [SKIP, index + blocks.length];
      }

      // Right to left, so earlier indexes stay valid while splicing.
      for (const at of [...includes].reverse()) {
        const link = phrasing.children[at + 1] as Link;
        const statement = statementPosition(phrasing.children, at);
        const blocks = load(link, statement, filePath, context);
        if (!blocks) {
          showAsWritten(phrasing.children, at);
          continue;
        }
        const inline = asPhrasing(blocks);
        if (!inline) {
          problem(
            context,
            statement,
            filePath,
            `Inline include "${link.url}" holds more than one paragraph, which cannot sit inside a line; put the include on a line of its own.`,
          );
          continue;
        }
        const opening = phrasing.children[at] as Text;
        const closing = phrasing.children[at + 2] as Text;
        const before = opening.value.replace(INCLUDE_OPENING, '');
        const after = closing.value.replace(INCLUDE_CLOSING, '');
        const replacement: PhrasingContent[] = [
          ...(before ? [{...opening, value: before}] : []),
          ...inline,
          ...(after ? [{...closing, value: after}] : []),
        ];
        phrasing.children.splice(at, 3, ...replacement);
      }
      return SKIP;
    });
  }

  /** The expanded blocks of the file `link` names, or null after reporting why not. */
  function load(link: Link, statement: Position | undefined, fromFile: string, context: Context): RootContent[] | null {
    const target = parseLocalReference(link.url)?.path;
    if (!target) {
      problem(context, statement, fromFile, `Include path "${link.url}" must be a path relative to the including file, e.g. _includes/snippet.md.`);
      return null;
    }
    if (!MARKDOWN_FILE.test(target)) {
      problem(context, statement, fromFile, `Include path "${link.url}" is not a Markdown file; only .md files can be included.`);
      return null;
    }
    const found = confinement.resolve(fromFile, link.url, 'include');
    if (found?.status === 'outside' || found?.status === 'refused') {
      // Pages come from pull requests: an include must not publish files from elsewhere on disk.
      problem(context, statement, fromFile, found.message, found.status === 'outside' ? 'content-path' : 'include');
      return null;
    }
    if (found?.status !== 'found') {
      const expected = relative(resolveFrom(options.siteDir, fromFile, target, defaultLocale));
      problem(context, statement, fromFile, `Included file "${link.url}" does not exist (looked for ${expected}). Fix the path; it is relative to the including file.`);
      return null;
    }
    if (context.chain.includes(found.path)) {
      const cycle = [...context.chain, found.path].map(relative).join(' → ');
      problem(context, statement, fromFile, `Include cycle: ${cycle}. A file must not include itself, directly or through other includes; remove one of these includes.`);
      return null;
    }

    const text = fs.readFileSync(found.path, 'utf8');
    // The same limits as for a page, before parsing; and the page with all its includes stays
    // within a page's size, so a few includes repeated at each level cannot explode it.
    const source = checkPageSource(text, found.path, {partial: true});
    context.expanded.size += text.length;
    if (!source.parseable || context.expanded.size > LIMITS.pageBytes) {
      const why = source.findings.find((f) => f.ruleId === 'limit')?.message ?? `With its includes the page would grow past ${LIMITS.pageBytes / 1024} KB, the limit for a page.`;
      problem(context, statement, fromFile, `Included file "${link.url}" is not included: ${why}`, 'limit');
      return null;
    }
    const file = new VFile({path: found.path, value: text});
    const tree = processor.parse(file);
    tree.children = tree.children.filter((child) => child.type !== 'yaml' && (child.type as string) !== 'toml');
    // Its links and images resolve relative to the include file, as DocFX resolves them.
    markOrigin(tree, found.path);
    const anchor = context.anchor ?? statement;
    expand(tree, found.path, {page: context.page, anchor, chain: [...context.chain, found.path], expanded: context.expanded});
    // Included lines are not the page's lines: point everything at the page's include.
    if (context.anchor === undefined) setPositions(tree.children, anchor);
    return tree.children;
  }

  /** Reports on the page, at its outermost include, naming the nested file when there is one. */
  function problem(context: Context, place: Position | undefined, fromFile: string, reason: string, rule: 'include' | 'include-form' | 'content-path' | 'limit' = 'include'): void {
    const nested = context.anchor !== undefined;
    const where = nested ? ` (in ${relative(fromFile)}:${place?.start.line ?? 1})` : '';
    report(context.page, rule, `${reason}${where}`, nested ? context.anchor : place);
  }

  return (tree, file) => {
    expand(tree, file.path, {page: file, anchor: undefined, chain: [path.resolve(file.path)], expanded: {size: String(file.value).length}});
  };
};

/** The links of every well-formed `[!INCLUDE [title](path)]` in a tree, as the plugin reads them (the importer asks). */
export function includeLinks(tree: Root): Link[] {
  const links: Link[] = [];
  visit(tree, (node) => {
    if (!('children' in node) || !mentionsInclude(node.children as RootContent[])) return;
    const children = node.children as PhrasingContent[];
    for (const at of findIncludes(children)) links.push(children[at + 1] as Link);
  });
  return links;
}

/** `[!INCLUDE ` text, then a link, then `]` text: the index of the opening text. */
function findIncludes(children: readonly PhrasingContent[]): number[] {
  const found: number[] = [];
  for (let i = 0; i + 2 < children.length; i++) {
    const [opening, link, closing] = [children[i]!, children[i + 1]!, children[i + 2]!];
    if (
      opening.type === 'text' && INCLUDE_OPENING.test(opening.value) &&
      link.type === 'link' &&
      closing.type === 'text' && INCLUDE_CLOSING.test(closing.value)
    ) {
      found.push(i);
      i += 1; // the closing text may open the next include
    }
  }
  return found;
}

/** A failed include stays visible as its source text, not as a link to a file that is not a page. */
function showAsWritten(children: PhrasingContent[], at: number): void {
  const [opening, link, closing] = children.slice(at, at + 3) as [Text, Link, Text];
  const source = `${opening.value}[${toString(link)}](${link.url})${closing.value}`;
  const position = opening.position && closing.position ? {start: opening.position.start, end: closing.position.end} : link.position;
  children.splice(at, 3, {type: 'text', value: source, position});
}

function mentionsInclude(children: readonly RootContent[]): boolean {
  return children.some((child) => child.type === 'text' && INCLUDE_MENTION.test(child.value));
}

/** From `[!INCLUDE` to the closing `]`, for findings that point at the whole statement. */
function statementPosition(children: readonly PhrasingContent[], at: number): Position | undefined {
  const opening = children[at] as Text;
  const closing = children[at + 2] as Text;
  if (!opening.position || !closing.position) return (children[at + 1] as Link).position;
  const index = opening.value.search(INCLUDE_OPENING);
  const lines = opening.value.slice(0, index).split('\n');
  const {line, column, offset} = opening.position.start;
  const start = {
    line: line + lines.length - 1,
    column: lines.length > 1 ? lines.at(-1)!.length + 1 : column + index,
    offset: offset === undefined ? undefined : offset + index,
  };
  const end = {...closing.position.start, column: closing.position.start.column + 1, offset: closing.position.start.offset === undefined ? undefined : closing.position.start.offset + 1};
  return {start, end};
}

/** Whether the include is all the paragraph holds (whitespace aside). */
function isAlone(children: readonly PhrasingContent[], at: number): boolean {
  const opening = children[at] as Text;
  const closing = children[at + 2] as Text;
  return (
    children.length === 3 &&
    opening.value.replace(INCLUDE_OPENING, '').trim() === '' &&
    closing.value.replace(INCLUDE_CLOSING, '').trim() === ''
  );
}

function asPhrasing(blocks: RootContent[]): PhrasingContent[] | null {
  if (blocks.length === 0) return [];
  const [only] = blocks;
  return blocks.length === 1 && only!.type === 'paragraph' ? only.children : null;
}

function setPositions(nodes: readonly Node[], position: Position | undefined): void {
  for (const node of nodes) {
    visit(node, (n) => {
      n.position = position ? {start: {...position.start}, end: {...position.end}} : undefined;
    });
  }
}

export default remarkIncludes;
