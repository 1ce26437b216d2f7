/**
 * Blocker pages, read by their structure, whatever their language. The FTOP status of a
 * customer is an L1 (Blocked, In Progress, …) with an L2 that names the cause; each L2 page:
 * - has its title (H1), the L2's name, then a callout right under it holding the definition,
 *   which opens with a bold label (`**Definition:**`, `**定義:**`);
 * - has scenario tables of two columns, a scenario and its status. A table whose statuses
 *   name the page itself lists valid scenarios; any other lists invalid ones, each naming the
 *   L2 that fits instead;
 * - asks questions: numbered items in a callout, and numbered items under a heading per
 *   workload (often indented, see `numberedProse.ts`).
 * L1s are the sections (a heading and what follows it) of other pages that link L2 pages:
 * an L1 page whose H2 headings are links, an overview whose H1s each list L2 links.
 * No word of any language is read: statuses meet titles by {@link blockerNameKey}.
 */
import {cleanText} from './text';

/** A scenario table has these two columns: the scenario, and the L2 status it takes. */
export const SCENARIO_COLUMNS = ['scenario', 'status'] as const;

/**
 * The key a scenario's status and an L2 page's title are compared by: letters and digits of
 * any script, compatibility-normalised and case-folded. Spacing, punctuation and zero-width
 * characters do not count (`Product / Feature Capability` is `Product/Feature Capability`).
 */
export function blockerNameKey(text: string): string {
  return cleanText(text).normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** The level code names carry in overviews: `L1 - Blocked`, `L2 – Migration`, `L1: …`. */
const LEVEL_CODE = /^L([1-3])\s*[-–—:]\s*/i;

/** A name without its level code, as a reader wants it: `L1 – Blockiert` → `Blockiert`. */
export function withoutLevelCode(text: string): string {
  const clean = cleanText(text);
  const match = LEVEL_CODE.exec(clean);
  return match && match[0].length < clean.length ? clean.slice(match[0].length) : clean;
}

/**
 * A bold label written out where CommonMark did not read it as bold (`**定義:**サービス`:
 * the closing `**` sits between punctuation and a letter): its length, or 0.
 */
export function literalLabelLength(text: string): number {
  return /^\s*\*\*[^*\n]{1,40}?[:：]\s*\*\*\s*/u.exec(text)?.[0].length ?? 0;
}

/** Whether bold text is a label: it ends with a colon (any script's), or the text after it starts with one. */
export function isLabel(bold: string, after: string): boolean {
  return /[:：]\s*$/u.test(bold) || /^\s*[:：]/u.test(after);
}

/**
 * Whether a scenario table lists valid scenarios: most of its statuses name the page it is
 * on. (A typing slip in one status does not turn the table around; that status is reported.)
 */
export function isValidScenarioTable(statuses: readonly string[], pageTitle: string): boolean {
  const own = blockerNameKey(pageTitle);
  return statuses.filter((s) => blockerNameKey(s) === own).length * 2 > statuses.length;
}
