import {passes, type MeasureResult} from './measure';

interface Entry {
  id: string;
  title: string;
  seconds: number;
  result: MeasureResult;
}

/** The benchmark table: one line per row, target and whether it is met. */
export function formatTable(entries: readonly Entry[]): string {
  const lines: string[][] = [['measure', 'metric', 'value', 'target', 'status']];
  const notes: string[] = [];
  for (const {id, result, seconds} of entries) {
    if (result.status === 'failed') {
      lines.push([id, '—', '—', '—', 'FAILED (see below)']);
      notes.push(`${id}: ${result.error}`);
      continue;
    }
    for (const row of result.rows) {
      const pass = passes(row);
      lines.push([id, row.metric, `${row.value} ${row.unit}`, row.target?.text ?? '', pass === null ? '' : pass ? 'ok' : 'MISSED']);
    }
    for (const note of result.notes ?? []) notes.push(`${id}: ${note}`);
    notes.push(`${id}: took ${seconds} s`);
  }
  const widths = lines[0]!.map((_, column) => Math.max(...lines.map((line) => line[column]!.length)));
  const format = (line: string[]) => line.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd();
  return [format(lines[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.slice(1).map(format), '', ...notes].join('\n');
}
