import fs from 'node:fs';
import path from 'node:path';
import type {Table} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {visit} from 'unist-util-visit';
import {parsePage} from '../../src/content/parsePage';
import {validateFrontMatter} from '../../src/frontmatter';
import {parsePlaybookDate} from '../../src/playbook/dates';
import {readHistoryTable} from '../../src/playbook/history';
import {dateConventionsOf} from '../../src/content/contentTree';

/**
 * When a page says it was last updated, read here straight from the grammar: the newest of its
 * `ms.date` and the first-column dates of its update-summary tables (by the page locale's conventions). The test's own reading,
 * to check the translation status the site computes.
 */
export function newestPageDate(file: string): string | null {
  const markdown = fs.readFileSync(file, 'utf8');
  const conventions = dateConventionsOf(file);
  const dates = [parsePlaybookDate(validateFrontMatter(markdown, file).frontMatter['ms.date'], conventions)?.iso];
  visit(parsePage(markdown), 'table', (table: Table) => {
    const [header, ...body] = table.children;
    const first = body.map((row) => toString(row.children[0] ?? {type: 'text', value: ''}));
    if (readHistoryTable(header?.children.map((cell) => toString(cell)) ?? [], first, conventions).kind !== 'history') return;
    for (const cell of first) dates.push(parsePlaybookDate(cell, conventions)?.iso);
  });
  return dates.filter((d): d is string => Boolean(d)).sort().at(-1) ?? null;
}

/** Same text, whatever the front matter and line breaks: a copy waiting to be translated. */
export function sameBody(a: string, b: string): boolean {
  const body = (file: string) => validateFrontMatter(fs.readFileSync(file, 'utf8'), file).body.replace(/\s+/g, ' ').trim();
  return body(a) === body(b);
}

/** Import placeholders still as written (site-relative): stand-ins, no originals. */
export function placeholderFiles(siteDir: string): Set<string> {
  const file = path.join(siteDir, 'imports', 'derived.json');
  if (!fs.existsSync(file)) return new Set();
  return new Set(Object.keys((JSON.parse(fs.readFileSync(file, 'utf8')) as {placeholders: Record<string, string>}).placeholders));
}
