import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {checkLimits, LIMITS} from '../limits';
import {checkCharacters} from '../text';
import {corpusDir} from '../../../tests/support/corpus';

const N = 10_000;
const page = (body: string) => `---\ntitle: Deep\n---\n\n# Deep\n\n${body}\n`;

/** The probe's inputs, each of which made the Markdown parser hang for minutes or overflow the stack. */
export const DEEP_NESTING: Record<string, string> = {
  'nested block quotes': '> '.repeat(N) + 'x',
  'nested block quotes, no spaces': '>'.repeat(N) + 'x',
  'nested list markers on one line': '- '.repeat(N) + 'x',
  'nested ordered list markers': '1. '.repeat(N) + 'x',
  'a 1,000-level indented list (1 MB: refused by size)': Array.from({length: 1000}, (_, i) => `${' '.repeat(2 * i)}- item`).join('\n'),
  'a 200-level indented list': Array.from({length: 200}, (_, i) => `${' '.repeat(2 * i)}- item`).join('\n'),
  'nested emphasis': '*a '.repeat(3000) + 'x' + ' b*'.repeat(3000),
  'nested emphasis over many lines': Array.from({length: 3000}, () => '*a').join('\n') + '\nx\n' + Array.from({length: 3000}, () => 'b*').join('\n'),
  'nested images': '!['.repeat(3000) + 'x' + '](y)'.repeat(3000),
  'nested HTML elements': Array.from({length: 3000}, () => '<div>').join('\n\n'),
  'nested inline HTML': 'a ' + '<span>'.repeat(3000) + 'x',
};

describe('limits: deep nesting is refused with its line, before any parser runs', () => {
  test.each(Object.entries(DEEP_NESTING))('%s', (_name, body) => {
    const findings = checkLimits(page(body));
    expect(findings.length).toBeGreaterThan(0);
    // The line where the structure passes the limit (for the size limit, the file's first line).
    const {line, limit} = findings[0]!;
    if (limit === 'pageBytes') {
      expect(line).toBe(1);
    } else {
      expect(line).toBeGreaterThanOrEqual(7);
      expect(line).toBeLessThanOrEqual(7 + 2 * LIMITS.nesting);
    }
    expect(findings[0]!.message).toMatch(/the limit is/);
  });

  test('structure at the limit passes, one level more does not', () => {
    const quotes = (n: number) => page(`${'> '.repeat(n)}x`);
    expect(checkLimits(quotes(LIMITS.nesting))).toEqual([]);
    expect(checkLimits(quotes(LIMITS.nesting + 1))).toMatchObject([{limit: 'nesting', line: 7}]);
    const emphasis = (n: number) => page(`${'*a '.repeat(n)}x${' b*'.repeat(n)}`);
    expect(checkLimits(emphasis(LIMITS.nesting - 1))).toEqual([]);
    expect(checkLimits(emphasis(LIMITS.nesting + 1))).toMatchObject([{limit: 'nesting'}]);
  });
});

describe('limits: size, line length, table rows', () => {
  test('a page over the size limit', () => {
    expect(checkLimits('x'.repeat(LIMITS.pageBytes + 1))).toMatchObject([{limit: 'pageBytes', line: 1, message: expect.stringContaining('the limit is 256 KB')}]);
  });

  test('a line over the length limit, with its line number', () => {
    expect(checkLimits(page(`ok\n\n${'word '.repeat(2500)}`))).toMatchObject([{limit: 'lineLength', line: 9}]);
  });

  test('a table over the row limit', () => {
    const rows = (n: number) => page(`| a | b |\n| - | - |\n${'| 1 | 2 |\n'.repeat(n)}`);
    expect(checkLimits(rows(LIMITS.tableRows))).toEqual([]);
    expect(checkLimits(rows(LIMITS.tableRows + 5))).toMatchObject([{limit: 'tableRows', line: 7, message: expect.stringContaining('1,005 rows')}]);
  });
});

describe('characters that are not text', () => {
  test('NUL and control characters, with place and count', () => {
    expect(checkCharacters('# Title\n\nA\u0000B\u0007')).toEqual([{line: 3, column: 2, message: expect.stringContaining('2 control characters (first U+0000, NUL)')}]);
  });

  test('replacement characters from invalid UTF-8', () => {
    const decoded = Buffer.from([0x23, 0x20, 0x54, 0x0a, 0xff, 0xfe, 0x41]).toString('utf8');
    expect(checkCharacters(decoded)).toEqual([{line: 2, column: 1, message: expect.stringContaining('2 replacement characters')}]);
  });

  test('tabs, line ends and every script are text', () => {
    expect(checkCharacters('# Título\r\n\tÄnderung — 必須 (O) オプション\f\n')).toEqual([]);
  });
});

describe('the real playbook is far inside every limit', () => {
  const dir = corpusDir();
  const pages = fs.readdirSync(dir).flatMap((locale) => fs.readdirSync(path.join(dir, locale)).filter((f) => f.endsWith('.md')).map((f) => path.join(dir, locale, f)));

  test(`${pages.length} corpus pages in every locale: no limit, no stray character`, () => {
    expect(pages.length).toBeGreaterThan(300);
    const found = pages.flatMap((file) => {
      const text = fs.readFileSync(file, 'utf8');
      return [...checkLimits(text), ...checkCharacters(text)].map((f) => `${path.basename(file)}:${f.line} ${f.message}`);
    });
    expect(found).toEqual([]);
  });
});
