/** Labelled lines DocFX pages use for page and method facts: `Phase: **Remediate**`. */
export const FACT_KINDS = ['phase', 'primaryRole', 'appliesTo'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

export const FACT_LABELS: Readonly<Record<FactKind, readonly string[]>> = {
  phase: ['Phase'],
  primaryRole: ['Primary Role', 'Primary Roles', 'Primäre Rolle', 'Primäre Rollen'],
  appliesTo: ['Applies To', 'Gilt für'],
};

/** Label forms that name several values ("Primary Roles: **FastTrack Manager, SME**"). */
export const PLURAL_FACT_LABELS: readonly string[] = ['Primary Roles', 'Primäre Rollen'];

/** Audiences `ft.audience` names; other values are shown as written. */
export const AUDIENCES = ['partner'] as const;
export type Audience = (typeof AUDIENCES)[number];

export function isKnownAudience(value: string): value is Audience {
  return (AUDIENCES as readonly string[]).includes(value.trim().toLowerCase());
}

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

/**
 * Other labelled lines that share a paragraph with facts ("Motions:", "Konzepte:",
 * "Sekundäre Rollen:", "Programmmanager:"): a short plain label, a colon, then a value.
 */
const ANY_LABEL = /^\s*(\p{L}[\p{L}\p{N} &/-]{0,38}?)\s*:\s*/u;

export interface FactLine {
  /** Known fact, or null for another labelled line. */
  kind: FactKind | null;
  /** The label as the author wrote it, without the colon. */
  label: string;
  plural: boolean;
  /** Characters the label and colon take up, including surrounding spaces. */
  length: number;
}

/** Reads `Label: value` at the start of a line; null when the line states no fact. */
export function readFactLine(text: string): FactLine | null {
  const known = readFactLabel(text);
  if (known) {
    const label = text.slice(0, known.length).replace(/\s*:\s*$/, '').trim();
    const plural = PLURAL_FACT_LABELS.some((p) => p.toLowerCase() === label.toLowerCase());
    return {kind: known.kind, label, plural, length: known.length};
  }
  const any = ANY_LABEL.exec(text);
  return any ? {kind: null, label: any[1]!, plural: false, length: any[0].length} : null;
}
