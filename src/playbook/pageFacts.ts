/** Labelled lines DocFX pages use for page and method facts: `Phase: **Remediate**`. */
export const FACT_KINDS = ['phase', 'primaryRole', 'appliesTo'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

export const FACT_LABELS: Readonly<Record<FactKind, readonly string[]>> = {
  phase: ['Phase'],
  primaryRole: ['Primary Role', 'Primary Roles', 'Primäre Rolle', 'Primäre Rollen'],
  appliesTo: ['Applies To', 'Gilt für'],
};

const labelPattern = new Map<FactKind, RegExp>(
  FACT_KINDS.map((kind) => [kind, new RegExp(`^\\s*(${FACT_LABELS[kind].join('|')})\\s*:\\s*`, 'i')]),
);

/** Which fact a line of text states, if any, and the label's length. */
export function readFactLabel(text: string): {kind: FactKind; length: number} | null {
  for (const kind of FACT_KINDS) {
    const m = labelPattern.get(kind)!.exec(text);
    if (m) return {kind, length: m[0].length};
  }
  return null;
}
