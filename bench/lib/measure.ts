/** The benchmark's vocabulary: a measure produces rows; each row may have a target. */

export interface Target {
  /** `max`: value ≤ limit passes; `min`: value ≥ limit passes. */
  kind: 'max' | 'min';
  limit: number;
  /** How the target reads in the table, e.g. "≤ 1.05×". */
  text: string;
}

export interface Row {
  metric: string;
  value: number;
  unit: string;
  /** Samples the value is the median of (in the order they were taken). */
  samples?: number[];
  target?: Target;
}

export type MeasureResult =
  | {status: 'ok'; rows: Row[]; notes?: string[]}
  | {status: 'failed'; error: string};

export interface BenchContext {
  /** `--quick`: small sizes, one repetition; a smoke run for CI. */
  quick: boolean;
  /** Repetitions per variant. */
  repetitions: number;
  /** The repository's site directory. */
  siteDir: string;
  log: (message: string) => void;
  /** Built sites other measures may reuse (e.g. `repo:playbook` → site copy with build/). */
  builtSites: Map<string, string>;
  /** Registers a temporary directory to remove when the run ends. */
  tempDir: (dir: string) => string;
}

export interface Measure {
  /** Short id, used by `--only`. */
  id: string;
  title: string;
  run: (context: BenchContext) => Promise<MeasureResult>;
}

export function passes(row: Row): boolean | null {
  if (!row.target) return null;
  return row.target.kind === 'min' ? row.value >= row.target.limit : row.value <= row.target.limit;
}
