/**
 * A page's source text, checked before any parser reads it: characters that are not text,
 * the documented limits, and a page with nothing in it. The build's Markdown preprocessor,
 * its content gate, the includes and the content linter all ask here, so they agree.
 */
import {checkLimits, type LimitName} from '../trust/limits';
import {checkCharacters} from '../trust/text';
import {validateFrontMatter} from '../frontmatter/validate';

export type SourceRule = 'limit' | 'text-encoding' | 'empty-page';

export interface SourceFinding {
  ruleId: SourceRule;
  /** Which limit, for `limit` findings. */
  limit?: LimitName;
  line: number;
  column: number;
  message: string;
}

export interface SourceCheck {
  findings: SourceFinding[];
  /** False when a limit is exceeded: no Markdown parser may be given the text. */
  parseable: boolean;
}

export interface SourceOptions {
  /** An include file: it may be empty. */
  partial?: boolean;
}

export function checkPageSource(text: string, filePath: string, options: SourceOptions = {}): SourceCheck {
  const limits = checkLimits(text).map<SourceFinding>(({limit, line, column, message}) => ({ruleId: 'limit', limit, line, column, message}));
  const findings: SourceFinding[] = [...checkCharacters(text).map((f) => ({ruleId: 'text-encoding' as const, ...f})), ...limits];
  if (!options.partial && limits.length === 0 && validateFrontMatter(text, filePath).body.trim() === '') {
    findings.push({
      ruleId: 'empty-page',
      line: 1,
      column: 1,
      message: text.trim() === '' ? 'The page is empty. Write its content (at least a # title), or delete the file.' : 'The page has front matter but no content. Write its content (at least a # title), or delete the file.',
    });
  }
  return {findings: findings.sort((a, b) => a.line - b.line || a.column - b.column), parseable: limits.length === 0};
}

/**
 * What the Markdown parser reads instead of a page it must not parse: its front matter (when
 * that is small enough to read, so its own findings still show) and a notice, so the page's
 * route still exists. Its findings are errors, so such a page never ships.
 */
export function refusedPageText(text: string, filePath: string, check: SourceCheck): string {
  const notice = 'This page is not shown: it exceeds the limits for pages (see the build log).\n';
  const whole = check.findings.some((f) => f.limit === 'pageBytes' || f.limit === 'lineLength');
  if (whole) return notice;
  const {body} = validateFrontMatter(text, filePath);
  return `${text.slice(0, text.length - body.length)}\n${notice}`;
}
