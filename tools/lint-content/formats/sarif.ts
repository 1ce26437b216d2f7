import type {Log, ReportingDescriptor, Result} from 'sarif';
import {RULE_IDS, RULES, type RuleId} from '../../../src/diagnostics';
import type {Finding} from '../findings';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const SARIF_TOOL_NAME = 'playbook-lint-content';
/** Finding paths are relative to the site, which is the repository's root. */
const SRCROOT = '%SRCROOT%';

/** A rule as the registry describes it, so a viewer can explain a finding and its fix from the log alone. */
function ruleDescriptor(id: RuleId): ReportingDescriptor {
  const {summary, fix, lint} = RULES[id];
  return {id, shortDescription: {text: summary}, help: {text: fix}, defaultConfiguration: {level: lint}};
}

/** A relative URI: each path segment percent-encoded (spaces, `#`, `?`, `%` in file names). */
function fileUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

function result(f: Finding, rules: readonly RuleId[]): Result {
  return {
    ruleId: f.ruleId,
    ruleIndex: rules.indexOf(f.ruleId),
    level: f.severity,
    message: {text: f.message},
    locations: [{
      physicalLocation: {
        artifactLocation: {uri: fileUri(f.file), uriBaseId: SRCROOT},
        region: {startLine: f.line, startColumn: f.column},
      },
    }],
  };
}

/** One SARIF 2.1.0 run of the content linter; the driver describes the rules the run reports. */
export function toSarif(findings: readonly Finding[]): Log {
  const reported = new Set(findings.map((f) => f.ruleId));
  const rules = RULE_IDS.filter((id) => reported.has(id));
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: {driver: {name: SARIF_TOOL_NAME, rules: rules.map(ruleDescriptor)}},
      originalUriBaseIds: {[SRCROOT]: {description: {text: 'The root of the site, which is the root of the repository.'}}},
      // vfile columns count UTF-16 code units, as JavaScript strings do.
      columnKind: 'utf16CodeUnits',
      results: findings.map((f) => result(f, rules)),
    }],
  };
}

export function formatSarif(findings: readonly Finding[]): string {
  return `${JSON.stringify(toSarif(findings), null, 2)}\n`;
}
