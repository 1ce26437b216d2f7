/**
 * DocFX callouts (`> [!NOTE]`). Kinds are defined once; translated markers are the
 * ones translators actually wrote into localized pages.
 */
export const ALERT_KINDS = ['note', 'tip', 'important', 'warning', 'caution'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** Every marker word that means a kind, upper-cased. English first. */
export const ALERT_MARKERS: Readonly<Record<AlertKind, readonly string[]>> = {
  note: ['NOTE', 'HINWEIS'],
  tip: ['TIP', 'TIPP'],
  important: ['IMPORTANT', 'WICHTIG'],
  warning: ['WARNING', 'WARNUNG'],
  caution: ['CAUTION', 'VORSICHT'],
};

/** Default (English) titles; components translate them per page locale. */
export const ALERT_TITLES: Readonly<Record<AlertKind, string>> = {
  note: 'Note',
  tip: 'Tip',
  important: 'Important',
  warning: 'Warning',
  caution: 'Caution',
};

/** DocFX block markers that are not callouts; handled by their own plugins. */
export const DOCFX_BLOCK_MARKERS = ['INCLUDE', 'VIDEO', 'DIV'] as const;

const markerToKind = new Map<string, AlertKind>(
  ALERT_KINDS.flatMap((kind) => ALERT_MARKERS[kind].map((m) => [m, kind] as const)),
);

/** `[!NOTE]` at the start of a paragraph, any case; the rest of the line is content. */
export const ALERT_MARKER_PATTERN = /^\s*\[!([A-Za-zÄÖÜäöüß]+)\]/;

export type AlertMarker =
  | {kind: AlertKind; marker: string; length: number}
  | {kind: null; marker: string; length: number};

/** Reads a leading `[!WORD]`; `kind` is null for a marker that is no callout. */
export function readAlertMarker(text: string): AlertMarker | null {
  const match = ALERT_MARKER_PATTERN.exec(text);
  if (!match) return null;
  const marker = match[1]!.toUpperCase();
  return {kind: markerToKind.get(marker) ?? null, marker, length: match[0].length};
}

export function isDocfxBlockMarker(marker: string): boolean {
  return (DOCFX_BLOCK_MARKERS as readonly string[]).includes(marker.toUpperCase());
}

export function knownAlertMarkers(): string {
  return ALERT_KINDS.map((k) => ALERT_MARKERS[k].map((m) => `[!${m}]`).join('/')).join(', ');
}
