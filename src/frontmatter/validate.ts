import {isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document} from 'yaml';
import {RULES, type Severity} from '../diagnostics';
import {dateConventionsOf} from '../content/contentTree';
import type {DateConventions} from '../playbook/locales';
import {FRONT_MATTER_FIELDS, FRONT_MATTER_KEYS, frontMatterFieldsFor, frontMatterSchemaFor, isWholeMessage} from './schema';

export const FRONT_MATTER_RULES = ['front-matter-yaml', 'front-matter-yaml-warning', 'front-matter-value', 'front-matter-unknown-key', 'markdown-only'] as const;
export type FrontMatterRule = (typeof FRONT_MATTER_RULES)[number];

export interface FrontMatterDiagnostic {
  severity: Severity;
  ruleId: FrontMatterRule;
  message: string;
  /** 1-based line and column in the whole file. */
  line: number;
  column: number;
}

export interface FrontMatterResult {
  /** Keys as written (YAML 1.2: `2020-01-29` stays text). Empty when the YAML is unreadable. */
  frontMatter: Record<string, unknown>;
  /** The page without its front matter. */
  body: string;
  diagnostics: FrontMatterDiagnostic[];
  /** Where each top-level key is written (1-based, in the whole file), for findings about a value. */
  keyPositions: Record<string, {line: number; column: number}>;
}

/**
 * Keys that would make Docusaurus compile the page as MDX (`mdx: {format: mdx}`), i.e. as code
 * that runs in the build and in readers' browsers. Refused, and never passed on.
 */
export const CODE_KEYS = ['mdx', 'format'] as const;

/** Where the YAML uses an anchor (`&a`), an alias (`*a`) or a merge key (`<<`). */
function yamlAliases(doc: Document): {offset: number; what: string}[] {
  const found: {offset: number; what: string}[] = [];
  visit(doc, {
    Alias(_key, node) {
      found.push({offset: node.range?.[0] ?? 0, what: `alias (*${node.source})`});
    },
    Node(_key, node) {
      if ('anchor' in node && node.anchor) found.push({offset: node.range?.[0] ?? 0, what: `anchor (&${node.anchor})`});
    },
    Pair(_key, pair) {
      if (isScalar(pair.key) && pair.key.value === '<<') found.push({offset: pair.key.range?.[0] ?? 0, what: 'merge key (<<)'});
    },
  });
  return found.sort((a, b) => a.offset - b.offset);
}

/** A front-matter rule with the build's rating from the rule registry. */
const rated = (ruleId: FrontMatterRule) => ({ruleId, severity: RULES[ruleId].build as Severity});

interface Block {
  yaml: string;
  /** File line of the YAML's first line. */
  firstLine: number;
  body: string;
}

// `---` may carry trailing spaces (the German seed opens with `---  `); a BOM may precede it.
const FENCE = /^---[ \t]*$/;

/** Splits off a front-matter block; `unclosed` when the opening fence has no closing one. */
function splitFrontMatter(content: string): Block | 'unclosed' | null {
  const text = content.startsWith('\uFEFF') ? content.slice(1) : content;
  const lines = text.split(/(?<=\n)/);
  if (!FENCE.test((lines[0] ?? '').replace(/\r?\n$/, ''))) return null;
  for (let i = 1; i < lines.length; i++) {
    if (FENCE.test(lines[i]!.replace(/\r?\n$/, ''))) {
      return {yaml: lines.slice(1, i).join(''), firstLine: 2, body: lines.slice(i + 1).join('')};
    }
  }
  return 'unclosed';
}

const cache = new Map<string, {content: string; conventions: DateConventions; result: FrontMatterResult}>();

/**
 * Reads and checks a page's front matter against the one schema. Shared by the build
 * (which fails on errors) and the content linter (which prints the same findings). Dates are
 * read as the page's locale writes them: its entry's `dates` (by default the site's entry for
 * the locale of `filePath`; pipelines pass the conventions of their configured entries).
 */
export function validateFrontMatter(fileContent: string, filePath: string, conventions: DateConventions = dateConventionsOf(filePath)): FrontMatterResult {
  const hit = cache.get(filePath);
  if (hit && hit.content === fileContent && sameConventions(hit.conventions, conventions)) return hit.result;
  const result = validateUncached(fileContent, conventions);
  cache.set(filePath, {content: fileContent, conventions, result});
  return result;
}

const sameConventions = (a: DateConventions, b: DateConventions) => a.slash === b.slash && a.dotted === b.dotted;

function validateUncached(content: string, conventions: DateConventions): FrontMatterResult {
  const block = splitFrontMatter(content);
  if (block === null) return {frontMatter: {}, body: content, diagnostics: [], keyPositions: {}};
  if (block === 'unclosed') {
    return {
      frontMatter: {},
      body: content,
      diagnostics: [{
        ...rated('front-matter-yaml'), line: 1, column: 1,
        message: 'Front matter opened with "---" on line 1 is never closed; add a line "---" after the last key.',
      }],
      keyPositions: {},
    };
  }

  const lineCounter = new LineCounter();
  const doc = parseDocument(block.yaml, {lineCounter, prettyErrors: false});
  const at = (offset: number) => {
    const {line, col} = lineCounter.linePos(offset);
    return {line: line + block.firstLine - 1, column: col};
  };
  const diagnostics: FrontMatterDiagnostic[] = [];

  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      diagnostics.push({
        ...rated('front-matter-yaml'), ...at(error.pos[0]),
        message: `Front matter is not valid YAML: ${error.message.replace(/\.?$/, '.')} Put a value in double quotes if it contains ": " or starts with a special character, e.g. title: "FastTrack: Overview".`,
      });
    }
    return {frontMatter: {}, body: block.body, diagnostics, keyPositions: {}};
  }
  for (const warning of doc.warnings) {
    diagnostics.push({...rated('front-matter-yaml-warning'), ...at(warning.pos[0]), message: `Front matter YAML: ${warning.message.replace(/\.?$/, '.')} Write plain values, without YAML tags (!name) or directives.`});
  }

  // Aliases are refused before anything expands them: `*a` repeated through a few anchors
  // ("billion laughs") would expand to millions of values.
  const aliases = yamlAliases(doc);
  if (aliases.length > 0) {
    const more = aliases.length > 1 ? `, and ${aliases.length - 1} more anchor${aliases.length > 2 ? 's and aliases' : ' or alias'}` : '';
    diagnostics.push({
      ...rated('front-matter-yaml'), ...at(aliases[0]!.offset),
      message: `Front matter uses a YAML ${aliases[0]!.what}${more}, which the playbook does not allow. Write each value out in full.`,
    });
    return {frontMatter: {}, body: block.body, diagnostics, keyPositions: {}};
  }

  const data: unknown = doc.toJS() ?? {};
  if (typeof data !== 'object' || Array.isArray(data) || data === null) {
    diagnostics.push({
      ...rated('front-matter-yaml'), ...at(0),
      message: 'Front matter must be "key: value" lines, e.g. title: Address Technical Gaps.',
    });
    return {frontMatter: {}, body: block.body, diagnostics, keyPositions: {}};
  }
  const frontMatter = data as Record<string, unknown>;

  const fields = frontMatterFieldsFor(conventions);
  const parsed = frontMatterSchemaFor(conventions).safeParse(frontMatter);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      const key = String(path[0] ?? '');
      const message = isWholeMessage((issue as {params?: unknown}).params)
        ? issue.message
        : `Front matter "${path.join('.')}" ${describe(valueAt(frontMatter, path))}; expected ${fields[key]?.expected ?? 'a different value'}.`;
      diagnostics.push({...rated('front-matter-value'), ...at(offsetOf(doc, path)), message});
    }
  }

  for (const key of Object.keys(frontMatter)) {
    if ((CODE_KEYS as readonly string[]).includes(key)) {
      diagnostics.push({
        ...rated('markdown-only'), ...at(offsetOf(doc, [key])),
        message: `Front matter "${key}" is not allowed: it would compile the page as MDX, which runs code. Pages are Markdown; remove the key.`,
      });
      continue;
    }
    if (key in FRONT_MATTER_FIELDS) continue;
    const near = closestKey(key);
    diagnostics.push({
      ...rated('front-matter-unknown-key'), ...at(offsetOf(doc, [key])),
      message: `Unknown front-matter key "${key}"${near ? ` (did you mean "${near}"?)` : ''}; nothing uses it. Remove it or correct its name.`,
    });
  }
  diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  const keyPositions = Object.fromEntries(Object.keys(frontMatter).map((key) => [key, at(offsetOf(doc, [key]))]));
  return {frontMatter, body: block.body, diagnostics, keyPositions};
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), data);
}

/** Where a key (or list item) starts in the YAML; the deepest part of the path that exists. */
function offsetOf(doc: Document, path: readonly (string | number)[]): number {
  let node: unknown = doc.contents;
  let offset = (doc.contents?.range?.[0]) ?? 0;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) break;
      offset = (isScalar(pair.key) && pair.key.range?.[0]) || offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as {range?: [number, number, number]} | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset;
}

function describe(value: unknown): string {
  if (value === undefined) return 'is missing';
  if (value === null) return 'is empty';
  if (typeof value === 'string') return `is "${value}"`;
  if (typeof value === 'number') return `is the number ${value}`;
  if (typeof value === 'boolean') return `is ${value}`;
  if (Array.isArray(value)) return 'is a list';
  return 'is a set of key: value pairs';
}

/** A known key within two edits, for "did you mean". */
function closestKey(key: string): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const known of FRONT_MATTER_KEYS) {
    const d = editDistance(key.toLowerCase(), known.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [known, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
