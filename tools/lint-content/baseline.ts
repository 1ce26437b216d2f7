import fs from 'node:fs';
import {RULES} from '../../src/diagnostics';
import type {Finding} from './findings';

export interface BaselineEntry {
  file: string;
  rule: string;
  actual: string;
  reason: string;
}

export const BASELINE_FILE = 'tools/lint-content/baseline.json';

export function readBaseline(file: string): BaselineEntry[] {
  if (!fs.existsSync(file)) return [];
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as {entries?: BaselineEntry[]};
  for (const entry of data.entries ?? []) {
    if (!entry.reason?.trim()) throw new Error(`${file}: baseline entry for ${entry.file} (${entry.rule}) has no reason; every accepted finding needs one.`);
  }
  return data.entries ?? [];
}

const matches = (e: BaselineEntry, f: Finding) => e.file === f.file && e.rule === f.ruleId && e.actual === f.actual;

/** Drops accepted findings; entries that no longer match anything are reported so the baseline shrinks. */
export function applyBaseline(findings: Finding[], baseline: BaselineEntry[], linted: Set<string>): Finding[] {
  const kept = findings.filter((f) => !baseline.some((e) => matches(e, f)));
  const stale = baseline
    .filter((e) => linted.has(e.file) && !findings.some((f) => matches(e, f)))
    .map<Finding>((e) => ({
      file: e.file,
      line: 1,
      column: 1,
      severity: RULES['baseline-stale'].lint,
      message: `Baseline entry for ${e.rule} "${e.actual}" no longer matches any finding; remove it from ${BASELINE_FILE}.`,
      ruleId: 'baseline-stale',
    }));
  return [...kept, ...stale];
}
