export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Runs each variant `repetitions` times, alternating (A B A B …) so that drift in the
 * machine's load affects all variants alike. Returns the samples per variant.
 */
export async function alternate<V extends string>(
  variants: readonly V[],
  repetitions: number,
  run: (variant: V, repetition: number) => Promise<number>,
): Promise<Record<V, number[]>> {
  const samples = Object.fromEntries(variants.map((v) => [v, [] as number[]])) as Record<V, number[]>;
  for (let repetition = 0; repetition < repetitions; repetition++) {
    for (const variant of variants) samples[variant].push(await run(variant, repetition));
  }
  return samples;
}

export const round = (value: number, digits = 2) => Number(value.toFixed(digits));
