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

export interface RunInfo {
  date: string;
  command: string;
  machine: {cpus: number; cpuModel: string; memoryGiB: number; node: string; platform: string};
  repetitions: number;
  seconds: number;
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The run as Markdown for bench/RESULTS.md: machine, date, command, every row with its samples. */
export function formatMarkdown(entries: readonly Entry[], info: RunInfo): string {
  const lines = [
    '# Benchmark results',
    '',
    `- Date: ${info.date}`,
    `- Command: \`${info.command}\``,
    `- Machine: ${info.machine.cpus} × ${info.machine.cpuModel}, ${info.machine.memoryGiB} GiB, Node ${info.machine.node}, ${info.machine.platform}`,
    `- Repetitions per variant: ${info.repetitions}; values are medians; the whole run took ${Math.round(info.seconds / 60)} min`,
    '',
    '| Measure | Metric | Value | Target | Status | Samples |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  const notes: string[] = [];
  for (const {id, result, seconds} of entries) {
    if (result.status === 'failed') {
      lines.push(`| ${id} | — | — | — | FAILED | |`);
      notes.push(`- ${id}: FAILED: ${cell(result.error.split('\n')[0] ?? '')}`);
      continue;
    }
    for (const row of result.rows) {
      const pass = passes(row);
      const status = pass === null ? '' : pass ? 'ok' : 'MISSED';
      lines.push(`| ${id} | ${cell(row.metric)} | ${row.value} ${row.unit} | ${cell(row.target?.text ?? '')} | ${status} | ${row.samples?.join(', ') ?? ''} |`);
    }
    for (const note of result.notes ?? []) notes.push(`- ${id}: ${note}`);
    notes.push(`- ${id}: took ${seconds} s`);
  }
  return [...lines, '', '## Notes', '', ...notes, ''].join('\n');
}
