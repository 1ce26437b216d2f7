/**
 * DocFX callouts (`> [!NOTE]`). Kinds are defined once; DocFX's own markers are read in every
 * locale, and translated markers (`[!HINWEIS]`) come from each locale's entry in `locales.ts`.
 */
import {LOCALE_CONFIGS, type LocaleConfig} from './locales';

export const CALLOUT_KINDS = ['note', 'tip', 'important', 'warning', 'caution'] as const;
export type CalloutKind = (typeof CALLOUT_KINDS)[number];

/** DocFX's own marker of each kind. */
export const DOCFX_CALLOUT_MARKERS: Readonly<Record<CalloutKind, string>> = {
  note: 'NOTE',
  tip: 'TIP',
  important: 'IMPORTANT',
  warning: 'WARNING',
  caution: 'CAUTION',
};

/** Every marker word of each kind, upper-cased: DocFX's first, then the locales' translations. */
export function calloutMarkers(locales: readonly LocaleConfig[] = LOCALE_CONFIGS): Record<CalloutKind, string[]> {
  return Object.fromEntries(
    CALLOUT_KINDS.map((kind) => [
      kind,
      [...new Set([DOCFX_CALLOUT_MARKERS[kind], ...locales.flatMap((l) => l.words.callouts?.[kind] ?? [])].map((m) => m.toUpperCase()))],
    ]),
  ) as Record<CalloutKind, string[]>;
}

const markerMaps = new WeakMap<readonly LocaleConfig[], Map<string, CalloutKind>>();
function markerMap(locales: readonly LocaleConfig[]): Map<string, CalloutKind> {
  let map = markerMaps.get(locales);
  if (!map) {
    const markers = calloutMarkers(locales);
    map = new Map(CALLOUT_KINDS.flatMap((kind) => markers[kind].map((m) => [m, kind] as const)));
    markerMaps.set(locales, map);
  }
  return map;
}

/** `[!NOTE]` at the start of a paragraph, any case, any script; the rest of the line is content. */
export const CALLOUT_MARKER_PATTERN = /^\s*\[!(\p{L}+)\]/u;

export interface CalloutMarker {
  /** Null for a `[!WORD]` that names no callout (or another DocFX block). */
  kind: CalloutKind | null;
  /** The word, upper-cased. */
  marker: string;
  /** Characters the marker takes up, leading spaces included. */
  length: number;
}

/** Reads a leading `[!WORD]`, with the markers of every configured locale. */
export function readCalloutMarker(text: string, locales: readonly LocaleConfig[] = LOCALE_CONFIGS): CalloutMarker | null {
  const match = CALLOUT_MARKER_PATTERN.exec(text);
  if (!match) return null;
  const marker = match[1]!.toUpperCase();
  return {kind: markerMap(locales).get(marker) ?? null, marker, length: match[0].length};
}

/** "[!NOTE]/[!HINWEIS], [!TIP]/[!TIPP], …", for messages. */
export function knownCalloutMarkers(locales: readonly LocaleConfig[] = LOCALE_CONFIGS): string {
  const markers = calloutMarkers(locales);
  return CALLOUT_KINDS.map((k) => markers[k].map((m) => `[!${m}]`).join('/')).join(', ');
}
