import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {lintContent} from '../lint';
import {formatFinding} from '../findings';
import {isRuleId, RULE_IDS, RULES, type RuleId} from '../../../src/diagnostics';

/**
 * One fixture per rule: `<rule>/pass` and `<rule>/fail` are tiny sites (docs/ and i18n/de/…);
 * `<rule>/fail/expected.txt` holds the exact lines the linter must print for the failing site.
 */
const FIXTURES = path.join(__dirname, '__fixtures__');
const rules = fs.readdirSync(FIXTURES).filter((d) => fs.statSync(path.join(FIXTURES, d)).isDirectory());

/** Fixtures are linted as of a fixed day, so "in the future" never depends on when tests run. */
const FIXTURE_TODAY = '2024-06-30';

async function lintSite(siteDir: string): Promise<string[]> {
  return (await lintContent({siteDir, today: FIXTURE_TODAY})).map(formatFinding);
}

describe.each(rules)('rule %s', (rule) => {
  test('the passing page has no findings', async () => {
    expect(await lintSite(path.join(FIXTURES, rule, 'pass'))).toEqual([]);
  });

  test('the failing page reports exactly the expected file:line messages', async () => {
    const siteDir = path.join(FIXTURES, rule, 'fail');
    const expected = fs.readFileSync(path.join(siteDir, 'expected.txt'), 'utf8').trim().split('\n');
    const lines = await lintSite(siteDir);
    expect(lines).toEqual(expected);
    expect(lines.some((l) => l.endsWith(`  ${rule}`))).toBe(true);
  });
});

/** Rules no content can trigger on purpose: a plugin that crashes is a bug, not a fixture. */
const UNFIXTURABLE: readonly RuleId[] = ['pipeline'];

test('every registered rule has a fixture, and every fixture is a registered rule', () => {
  expect(RULE_IDS.filter((r) => !rules.includes(r) && !UNFIXTURABLE.includes(r))).toEqual([]);
  expect(rules.filter((r) => !isRuleId(r))).toEqual([]);
});

test('every rule has a summary and a fix; the linter is never laxer than the build', () => {
  for (const id of RULE_IDS) {
    const {build, lint, summary, fix} = RULES[id];
    expect(summary, id).toMatch(/\.$/);
    expect(fix, id).toMatch(/^[A-Z].*\.$/);
    if (build === 'error') expect(lint, id).toBe('error');
  }
});
