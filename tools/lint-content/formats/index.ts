/**
 * `lint:content --format …`: one findings list, four ways to print it. Every format is a pure
 * function of the findings (sorted by file, line, column, rule), so each has a golden test.
 */
import type {Finding} from '../findings';
import {formatGithub} from './github';
import {formatJson} from './json';
import {formatSarif} from './sarif';
import {formatText} from './text';

export const FORMATS = {
  /** `path:line:col  severity  message  rule`, one a line, then the totals. For terminals. */
  text: formatText,
  /** GitHub Actions workflow commands: each finding an annotation on the pull request's diff. */
  github: formatGithub,
  /** A JSON array of findings (see json.ts and findings.schema.json). For scripts. */
  json: formatJson,
  /** SARIF 2.1.0, for code-scanning tools. */
  sarif: formatSarif,
} as const satisfies Record<string, (findings: readonly Finding[]) => string>;

export type Format = keyof typeof FORMATS;

export const FORMAT_NAMES = Object.keys(FORMATS) as Format[];

export function isFormat(name: string): name is Format {
  return Object.hasOwn(FORMATS, name);
}
