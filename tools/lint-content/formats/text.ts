import {countFindings, formatFinding, type Finding} from '../findings';

export function formatText(findings: readonly Finding[]): string {
  return `${[...findings.map(formatFinding), '', countFindings(findings)].join('\n')}\n`;
}
