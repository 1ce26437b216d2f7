import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import {describe, expect, test} from 'vitest';
import {STOCK_REMOVES} from '../../bench/lib/site';
import {parseTimeOutput} from '../support/siteCopy';
import {alternate, median} from '../../bench/lib/stats';
import {generatedPage, taskId} from '../../bench/lib/generate';
import {formatMarkdown, formatTable} from '../../bench/lib/report';
import {parsePage} from '../../src/content/parsePage';
import {readCalloutMarker} from '../../src/playbook';
import {extractPageTasks} from '../../src/tasks/extract';
import {findUpdateSummaries} from '../../src/updates/summary';
import {cssString} from '../../src/plugins/print-links';

describe('bench statistics', () => {
  test('median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });

  test('variants alternate A B A B', async () => {
    const order: string[] = [];
    const samples = await alternate(['a', 'b'] as const, 2, async (variant, rep) => (order.push(`${variant}${rep}`), rep));
    expect(order).toEqual(['a0', 'b0', 'a1', 'b1']);
    expect(samples).toEqual({a: [0, 1], b: [0, 1]});
  });
});

describe('generated pages speak the playbook grammar', () => {
  for (const locale of ['en', 'de'] as const) {
    test(`${locale}: task table, callouts and update summary are recognized, dates readable`, () => {
      const page = generatedPage(locale, 7, {pagesPerLocale: 10, tasksPerPage: 6});
      const tree = parsePage(page);
      const tasks = extractPageTasks(tree);
      expect(tasks.unread).toEqual([]);
      expect(tasks.tables).toHaveLength(1);
      const rows = tasks.tables[0]!.rows;
      expect(rows.map((row) => row.id)).toEqual([0, 1, 2, 3, 4, 5].map((row) => String(taskId(7, row, 6))));
      for (const row of rows) expect(row.problems).toEqual([]);

      const lines = page.split('\n');
      const markers = lines.filter((l) => l.startsWith('> [!')).map((l) => readCalloutMarker(l.slice(2)));
      expect(markers.map((m) => m?.kind)).toEqual(['important', 'tip']);

      const summaries = findUpdateSummaries(tree).tables;
      expect(summaries).toHaveLength(1);
      expect(summaries[0]!.table.position!.start.line).toBeGreaterThan(tasks.tables[0]!.node.position!.start.line);
      expect(summaries[0]!.rows.length).toBe(3);
      expect(summaries[0]!.rows.every((r) => r.date !== null)).toBe(true);
      expect(page).toContain(locale === 'de' ? '(generated-process-8-partner-de.md)' : '(generated-process-8-partner.md)');
    });
  }
});

describe('bench table', () => {
  test('marks missed targets and failed measures', () => {
    const table = formatTable([
      {id: 'scale', title: 'Scale', seconds: 1, result: {status: 'ok', rows: [{metric: 'growth', value: 1.3, unit: '×', target: {kind: 'max', limit: 1.2, text: '≤ 1.2×'}}]}},
      {id: 'search', title: 'Search', seconds: 0, result: {status: 'failed', error: 'no index in build/'}},
    ]);
    expect(table).toMatch(/scale\s+growth\s+1\.3 ×\s+≤ 1\.2×\s+MISSED/);
    expect(table).toMatch(/search .* FAILED \(see below\)/);
    expect(table).toContain('search: no index in build/');
  });
});

describe('bench record (bench/RESULTS.md)', () => {
  test('lists machine, date, command, every row with its samples, and lower bounds', () => {
    const markdown = formatMarkdown(
      [
        {id: 'lighthouse', title: 'Lighthouse', seconds: 70, result: {status: 'ok', rows: [{metric: 'home: performance', value: 88, unit: '', samples: [87, 88, 90], target: {kind: 'min', limit: 90, text: '≥ 90'}}], notes: ['mobile']}},
        {id: 'scale', title: 'Scale', seconds: 5, result: {status: 'ok', rows: [{metric: 'a | b', value: 1.05, unit: '×', target: {kind: 'max', limit: 1.1, text: '≤ 1.10×'}}]}},
      ],
      {date: '2026-12-03T18:00:00Z', command: 'npm run bench', machine: {cpus: 2, cpuModel: 'Test CPU', memoryGiB: 24, node: 'v20', platform: 'linux'}, repetitions: 3, seconds: 600},
    );
    expect(markdown).toContain('- Command: `npm run bench`');
    expect(markdown).toContain('2 × Test CPU, 24 GiB');
    expect(markdown).toContain('| lighthouse | home: performance | 88  | ≥ 90 | MISSED | 87, 88, 90 |');
    expect(markdown).toContain('| scale | a \\| b | 1.05 × | ≤ 1.10× | ok |  |');
    expect(markdown).toContain('- lighthouse: mobile');
  });
});

describe('print-links origin', () => {
  test('is a CSS string that cannot end the string or the style element', () => {
    expect(cssString('https://playbook.example.com')).toBe('"https://playbook.example.com"');
    const escaped = cssString('x"</style>');
    expect(escaped).toBe('"x\\22 \\3c /style\\3e "');
    expect(escaped.slice(1, -1)).not.toMatch(/["<>]/);
  });
});

describe('the stock variant', () => {
  const ROOT = path.resolve(__dirname, '../..');
  const EXTENSIONS = ['', '.ts', '.tsx', '.js', '.cjs', '.mjs', '/index.ts', '/index.tsx', '/index.js'];

  /** Every repository file the config loads through relative or @site/ imports (what Docusaurus loads before any build). */
  function configModules(): string[] {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const {fileName} of ts.preProcessFile(fs.readFileSync(path.join(ROOT, file), 'utf8'), true, true).importedFiles) {
        const base = fileName.startsWith('.') ? path.join(path.dirname(file), fileName) : fileName.startsWith('@site/') ? fileName.slice(6) : null;
        if (base === null || /\.(css|json|svg|png)$/.test(base)) continue;
        const found = EXTENSIONS.map((ext) => path.posix.normalize(base + ext)).find((f) => fs.statSync(path.join(ROOT, f), {throwIfNoEntry: false})?.isFile());
        if (found) visit(found);
      }
    };
    visit('docusaurus.config.ts');
    return [...seen];
  }

  test('stockify removes no module the config imports, so the stock build can load the config', () => {
    const modules = configModules();
    expect(modules.length).toBeGreaterThan(20);
    expect(modules.filter((file) => STOCK_REMOVES.some((dir) => file.startsWith(`${dir}/`)))).toEqual([]);
  });
});

describe('build CPU time', () => {
  test("reads user + system seconds and peak memory from /usr/bin/time's last line", () => {
    expect(parseTimeOutput('41.52 3.10 912344\n')).toEqual({cpuSeconds: 44.62, peakRssKiB: 912344});
    expect(parseTimeOutput('Command exited with non-zero status 1\n2.00 0.50 1000\n')).toEqual({cpuSeconds: 2.5, peakRssKiB: 1000});
    expect(parseTimeOutput('')).toBeUndefined();
    expect(parseTimeOutput('Command terminated by signal 9\n')).toBeUndefined();
  });
});

