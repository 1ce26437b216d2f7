/**
 * Limits on a page's raw text, checked before the Markdown parser sees it. Pathological
 * input (10,000 nested `>`, a 1,000-level list, `*a *a *a …` nested emphasis) makes the
 * parser take minutes or overflow the stack, before any plugin could say which file it was;
 * past a limit the page is refused with `file:line` instead, within milliseconds.
 *
 * Nesting is measured with markdown-it, a second, linear-time CommonMark parser with its own
 * nesting cap, and HTML nesting with parse5; both only count, the build's parser stays
 * micromark. Real playbook pages stay far below every limit (largest page 38 KB, longest
 * line 1,128 characters, 63 table rows, nesting 4).
 */
import {createHash} from 'node:crypto';
import MarkdownIt from 'markdown-it';
import {parseFragment, type DefaultTreeAdapterMap} from 'parse5';

export const LIMITS = {
  /** Bytes of one page or include file (UTF-8). */
  pageBytes: 256 * 1024,
  /** Characters on one line. */
  lineLength: 10_000,
  /** Levels of block quotes, lists, emphasis, links and HTML elements inside each other. */
  nesting: 32,
  /** Rows of one table. */
  tableRows: 1_000,
} as const;

export type LimitName = keyof typeof LIMITS;

export interface LimitFinding {
  limit: LimitName;
  line: number;
  column: number;
  message: string;
}

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

// Configured once. Its own cap keeps the count linear; it sits well above ours, so a page at
// our limit is still measured exactly.
const meter = new MarkdownIt('commonmark', {html: true}).enable(['table', 'strikethrough']);
meter.set({maxNesting: LIMITS.nesting * 3});

/** Tokens that open a level an author sees: quotes, lists, emphasis, links, images. */
const LEVEL_OPENERS = new Set(['blockquote_open', 'bullet_list_open', 'ordered_list_open', 'em_open', 'strong_open', 's_open', 'link_open']);
const LEVEL_CLOSERS = new Set(['blockquote_close', 'bullet_list_close', 'ordered_list_close', 'em_close', 'strong_close', 's_close', 'link_close']);

const format = (n: number) => n.toLocaleString('en-US');

// The build asks several times per page (gate, preprocessor, title, catalog) and in every
// locale's build; Docusaurus reloads this module per locale, so the map lives on globalThis.
const MEASURED = Symbol.for('playbook.buildCache.limits');
const measured: Map<string, LimitFinding[]> = ((globalThis as Record<symbol, Map<string, LimitFinding[]> | undefined>)[MEASURED] ??= new Map());

/** Every limit the text exceeds, each once, at its first line; empty when the parser may read it. */
export function checkLimits(text: string): LimitFinding[] {
  const key = createHash('sha1').update(text).digest('base64');
  let findings = measured.get(key);
  if (!findings) measured.set(key, (findings = measure(text)));
  return findings;
}

function measure(text: string): LimitFinding[] {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > LIMITS.pageBytes) {
    // Too large to measure further: nothing else reads it.
    return [{limit: 'pageBytes', line: 1, column: 1, message: `The file is ${format(Math.ceil(bytes / 1024))} KB; the limit is ${format(LIMITS.pageBytes / 1024)} KB. Split it into several pages or include files.`}];
  }
  const findings: LimitFinding[] = [];
  const lines = text.split('\n');
  const long = lines.findIndex((line) => line.length > LIMITS.lineLength);
  if (long >= 0) {
    findings.push({limit: 'lineLength', line: long + 1, column: LIMITS.lineLength + 1, message: `Line ${long + 1} is ${format(lines[long]!.length)} characters long; the limit is ${format(LIMITS.lineLength)}. Break it into shorter lines or paragraphs.`});
    // Measuring structure would mean parsing the long line; refuse it as it is.
    return findings;
  }
  const tokens = meter.parse(text, {});
  const deep = deepestPlace(tokens);
  if (deep) findings.push(nestingFinding(deep, 'block quotes, lists, emphasis and links'));
  const html = deepestHtml(text);
  if (html) findings.push(nestingFinding(html, 'HTML elements'));
  const table = longestTable(tokens);
  if (table) {
    findings.push({limit: 'tableRows', line: table.line, column: 1, message: `The table on line ${table.line} has ${format(table.rows)} rows; the limit is ${format(LIMITS.tableRows)}. Split it into several tables.`});
  }
  return findings;
}

/** Whether the Markdown parser may be given the text (no limit exceeded). */
export function withinLimits(text: string): boolean {
  return checkLimits(text).length === 0;
}

function nestingFinding(line: number, what: string): LimitFinding {
  return {
    limit: 'nesting',
    line,
    column: 1,
    message: `Line ${line} nests more than ${format(LIMITS.nesting)} levels of ${what}; the limit is ${format(LIMITS.nesting)}. Flatten the structure: fewer quote markers, list levels or nested emphasis.`,
  };
}

/** The line of the first place deeper than the limit, counting only the levels authors write. */
function deepestPlace(tokens: readonly Token[]): number | null {
  let depth = 0;
  let line = 1;
  // Iterative over the flat block stream; inline children (and image alt text) with a stack.
  for (const token of tokens) {
    if (token.map) line = token.map[0] + 1;
    if (LEVEL_OPENERS.has(token.type)) depth++;
    else if (LEVEL_CLOSERS.has(token.type)) depth--;
    if (depth > LIMITS.nesting) return line;
    if (token.children) {
      const stack: {children: Token[]; index: number; depth: number}[] = [{children: token.children, index: 0, depth}];
      while (stack.length > 0) {
        const frame = stack[stack.length - 1]!;
        const child = frame.children[frame.index++];
        if (!child) {
          stack.pop();
          continue;
        }
        if (LEVEL_OPENERS.has(child.type)) frame.depth++;
        else if (LEVEL_CLOSERS.has(child.type)) frame.depth--;
        const here = frame.depth + (child.type === 'image' ? 1 : 0);
        if (here > LIMITS.nesting) return line;
        if (child.children?.length) stack.push({children: child.children, index: 0, depth: here});
      }
    }
  }
  return null;
}

type HtmlNode = DefaultTreeAdapterMap['node'];

/** The line of the first HTML element nested deeper than the limit; parsed only when there are enough tags. */
function deepestHtml(text: string): number | null {
  const tags = text.match(/<[a-z]/gi)?.length ?? 0;
  if (tags <= LIMITS.nesting) return null;
  const fragment = parseFragment(text, {sourceCodeLocationInfo: true});
  const stack: {node: HtmlNode; depth: number}[] = fragment.childNodes.map((node) => ({node, depth: 1}));
  let line: number | null = null;
  while (stack.length > 0) {
    const {node, depth} = stack.pop()!;
    if (!('tagName' in node)) continue;
    if (depth > LIMITS.nesting) line = Math.min(line ?? Infinity, node.sourceCodeLocation?.startLine ?? 1);
    for (const child of node.childNodes) stack.push({node: child, depth: depth + 1});
  }
  return line;
}

/** The first table with more body rows than the limit (the header row does not count). */
function longestTable(tokens: readonly Token[]): {line: number; rows: number} | null {
  let rows = 0;
  let line = 1;
  let over = false;
  for (const token of tokens) {
    if (token.type === 'table_open') {
      rows = 0;
      line = (token.map?.[0] ?? 0) + 1;
    } else if (token.type === 'tbody_open') {
      rows = 0;
    } else if (token.type === 'tr_open') {
      rows++;
      if (rows > LIMITS.tableRows) over = true;
    } else if (token.type === 'table_close' && over) {
      return {line, rows};
    }
  }
  return null;
}
