import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {lintContent} from '../lint';
import {formatFinding} from '../findings';

/**
 * One fixture per rule: `<rule>/pass` and `<rule>/fail` are tiny sites (docs/ and i18n/de/…);
 * `<rule>/fail/expected.txt` holds the exact lines the linter must print for the failing site.
 */
const FIXTURES = path.join(__dirname, '__fixtures__');
const rules = fs.readdirSync(FIXTURES).filter((d) => fs.statSync(path.join(FIXTURES, d)).isDirectory());

async function lintSite(siteDir: string): Promise<string[]> {
  return (await lintContent({siteDir})).map(formatFinding);
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

test('every rule the linter rates has a fixture', async () => {
  const {LINT_SEVERITY} = await import('../policy');
  expect(Object.keys(LINT_SEVERITY).filter((r) => !rules.includes(r))).toEqual([]);
});
