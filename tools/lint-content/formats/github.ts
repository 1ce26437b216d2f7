import {countFindings, type Finding} from '../findings';

/**
 * GitHub's escaping for workflow commands (as @actions/core writes them): the message may not
 * break the line, so content from a pull request can never start a command of its own; property
 * values additionally may not contain the `,` and `:` that separate properties.
 */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::error file=…,line=…,col=…,title=<rule>::<message>`: an annotation on the diff's line. */
export function githubCommand(f: Finding): string {
  const properties = {file: f.file, line: String(f.line), col: String(f.column), title: f.ruleId};
  const list = Object.entries(properties).map(([key, value]) => `${key}=${escapeProperty(value)}`).join(',');
  return `::${f.severity} ${list}::${escapeData(f.message)}`;
}

export function formatGithub(findings: readonly Finding[]): string {
  return `${[...findings.map(githubCommand), countFindings(findings)].join('\n')}\n`;
}
