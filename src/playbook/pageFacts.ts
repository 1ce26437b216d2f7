/** Labelled lines DocFX pages use for page and method facts: `Phase: **Remediate**`. */
import {LOCALE_CONFIGS, type LocaleConfig} from './locales';

export const FACT_KINDS = ['phase', 'primaryRole', 'appliesTo'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

/** Audiences `ft.audience` names; other values are shown as written. */
export const AUDIENCES = ['partner'] as const;
export type Audience = (typeof AUDIENCES)[number];

export function isKnownAudience(value: string): value is Audience {
  return (AUDIENCES as readonly string[]).includes(value.trim().toLowerCase());
}

interface LabelForm {
  kind: FactKind;
  label: string;
  plural: boolean;
}

const labelForms = new WeakMap<readonly LocaleConfig[], Map<string, LabelForm>>();
/** Every locale's fact labels, lower-cased: pages sit in other locales' folders too. */
function labelsOf(locales: readonly LocaleConfig[]): Map<string, LabelForm> {
  let forms = labelForms.get(locales);
  if (!forms) {
    forms = new Map();
    for (const {words} of locales) {
      for (const kind of FACT_KINDS) {
        for (const label of words.facts?.[kind] ?? []) forms.set(label.toLowerCase(), {kind, label, plural: false});
        for (const label of words.pluralFacts?.[kind] ?? []) forms.set(label.toLowerCase(), {kind, label, plural: true});
      }
    }
    labelForms.set(locales, forms);
  }
  return forms;
}

/**
 * Other labelled lines that share a paragraph with facts ("Motions:", "Konzepte:",
 * "Sekundäre Rollen:", "Programmmanager:"): a short plain label, a colon, then a value.
 */
const ANY_LABEL = /^\s*(\p{L}[\p{L}\p{M}\p{N} &/'’-]{0,38}?)\s*[:：]\s*/u;

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
export function readFactLine(text: string, locales: readonly LocaleConfig[] = LOCALE_CONFIGS): FactLine | null {
  const any = ANY_LABEL.exec(text);
  if (!any) return null;
  const label = any[1]!.trim().replace(/\s+/g, ' ');
  const known = labelsOf(locales).get(label.toLowerCase());
  return {kind: known?.kind ?? null, label, plural: known?.plural ?? false, length: any[0].length};
}
