import {execFile} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import Ajv from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import {beforeAll, describe, expect, test} from 'vitest';
import {isRuleId, RULE_IDS, RULES} from '../../../src/diagnostics';
import type {Finding} from '../findings';
import {FORMAT_NAMES, FORMATS} from '../formats';
import {escapeData, escapeProperty} from '../formats/github';
import {lintContent} from '../lint';

/**
 * Golden output: a tiny site with an error whose text holds every character GitHub escapes,
 * a finding that records its offending text, warnings, and a file name with a space and a comma.
 * Regenerate the goldens with `npx vitest run tools/lint-content -u` and review the diff.
 */
const SITE = path.join(__dirname, '__formats__', 'site');
const GOLDEN = {text: 'text.txt', github: 'github.txt', json: 'json.json', sarif: 'sarif.json'} as const;
// The locales are pinned, so adding a language to the site does not change these goldens.
const lint = (siteDir = SITE) => lintContent({siteDir, locales: ['en', 'de'], defaultLocale: 'en'});

/** The official SARIF 2.1.0 schema (JSON Schema draft-04), as Microsoft's SARIF matchers ship it. */
const SARIF_SCHEMA = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

let findings: Finding[];
beforeAll(async () => {
  findings = await lint();
});

test('the golden site has errors, warnings and every field', () => {
  expect(new Set(findings.map((f) => f.severity))).toEqual(new Set(['error', 'warning']));
  expect(findings.some((f) => f.actual !== undefined)).toBe(true);
});

describe.each(FORMAT_NAMES)('--format %s', (format) => {
  test('prints exactly the golden output', async () => {
    await expect(FORMATS[format](findings)).toMatchFileSnapshot(path.join('__formats__', 'expected', GOLDEN[format]));
  });

  test('prints a well-formed empty result for clean content', () => {
    const empty = FORMATS[format]([]);
    if (format === 'json') expect(JSON.parse(empty)).toEqual([]);
    else if (format === 'sarif') expect(JSON.parse(empty).runs[0].results).toEqual([]);
    else expect(empty).toBe(format === 'text' ? '\n0 error(s), 0 warning(s)\n' : '0 error(s), 0 warning(s)\n');
  });
});

describe('github', () => {
  const finding: Finding = {file: 'docs/a, b:c.md', line: 3, column: 7, severity: 'error', ruleId: 'site-link', message: 'x'};

  test('each finding is one workflow command naming file, line, column and rule', () => {
    const lines = FORMATS.github(findings).trimEnd().split('\n');
    expect(lines.slice(0, -1)).toHaveLength(findings.length);
    for (const [i, f] of findings.entries()) {
      expect(lines[i]).toMatch(new RegExp(`^::${f.severity} file=[^,]+,line=${f.line},col=${f.column},title=${f.ruleId}::`));
    }
  });

  test('content from a pull request cannot break the line and start a command of its own', () => {
    const message = 'Link "a\n::add-mask::x\r\n::error::pwned" 100%';
    const [line, ...rest] = FORMATS.github([{...finding, message}]).split('\n');
    expect(rest).toEqual(['0 error(s), 0 warning(s)'.replace('0 error', '1 error'), '']);
    expect(line).toBe('::error file=docs/a%2C b%3Ac.md,line=3,col=7,title=site-link::Link "a%0A::add-mask::x%0D%0A::error::pwned" 100%25');
  });

  test('escapes as GitHub documents: data %, CR, LF; properties also : and ,', () => {
    expect(escapeData('50% a:b,c\r\n')).toBe('50%25 a:b,c%0D%0A');
    expect(escapeProperty('50% a:b,c\r\n')).toBe('50%25 a%3Ab%2Cc%0D%0A');
  });
});

describe('json', () => {
  test('is the array findings.schema.json documents, with registered rule ids', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '../formats/findings.schema.json'), 'utf8'));
    const validate = new Ajv({allErrors: true, strict: true}).compile(schema);
    const output = JSON.parse(FORMATS.json(findings));
    expect(validate(output), JSON.stringify(validate.errors)).toBe(true);
    expect(output.every((f: {ruleId: string}) => isRuleId(f.ruleId))).toBe(true);
    expect(validate([{...output[0], line: 0}])).toBe(false);
  });
});

describe('sarif', () => {
  // The schema's language pattern is not valid with RegExp's u flag; JSON Schema does not ask for it.
  const ajv = new AjvDraft04({allErrors: true, strict: false, unicodeRegExp: false});
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(fs.readFileSync(SARIF_SCHEMA, 'utf8')));

  test('validates against the SARIF 2.1.0 schema', () => {
    const log = JSON.parse(FORMATS.sarif(findings));
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(log.version).toBe('2.1.0');
  });

  test('the validator is not vacuous: a wrong level or a missing message fails it', () => {
    const log = JSON.parse(FORMATS.sarif(findings));
    log.runs[0].results[0].level = 'fatal';
    expect(validate(log)).toBe(false);
    const noMessage = JSON.parse(FORMATS.sarif(findings));
    delete noMessage.runs[0].results[0].message;
    expect(validate(noMessage)).toBe(false);
  });

  test('describes each reported rule as the registry does, and each result points at its rule', () => {
    const run = JSON.parse(FORMATS.sarif(findings)).runs[0];
    expect(run.tool.driver.rules.map((r: {id: string}) => r.id)).toEqual(RULE_IDS.filter((id) => findings.some((f) => f.ruleId === id)));
    for (const rule of run.tool.driver.rules) {
      const spec = RULES[rule.id as keyof typeof RULES];
      expect(rule).toMatchObject({shortDescription: {text: spec.summary}, help: {text: spec.fix}, defaultConfiguration: {level: spec.lint}});
    }
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
    expect(run.results.map((r: {locations: {physicalLocation: {artifactLocation: {uri: string}}}[]}) => r.locations[0]!.physicalLocation.artifactLocation.uri))
      .toContain('docs/only%20english%2C%20for%20now.md');
  });
});

describe('the command line', () => {
  const cli = (...args: string[]) =>
    promisify(execFile)(process.execPath, ['--import', 'tsx', path.join(__dirname, '../cli.ts'), ...args], {cwd: path.resolve(__dirname, '../../..')})
      .then(({stdout, stderr}) => ({code: 0, stdout, stderr}), (error: {code: number; stdout: string; stderr: string}) => ({code: error.code, stdout: error.stdout, stderr: error.stderr}));

  test('--format github prints the annotations and fails on errors; --output writes SARIF to a file', async () => {
    const all = await lintContent({siteDir: SITE});
    const printed = await cli('--format', 'github', '--site', SITE);
    expect(printed).toEqual({code: 1, stdout: FORMATS.github(all), stderr: ''});

    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lint-sarif-')), 'findings.sarif');
    try {
      const written = await cli('--site', SITE, `--format=sarif`, '--output', out);
      expect(written).toEqual({code: 1, stdout: '', stderr: ''});
      expect(fs.readFileSync(out, 'utf8')).toBe(FORMATS.sarif(all));
    } finally {
      fs.rmSync(path.dirname(out), {recursive: true, force: true});
    }
  });

  test('an unknown format is refused with the list of formats', async () => {
    const result = await cli('--format', 'xml', '--site', SITE);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown format "xml"; use one of text, github, json, sarif');
  });
});
