/**
 * The scenario finder of `/blockers`: which scenarios, definitions and questions of the guide
 * hold every word of a query, by the playbook's one matcher (`playbook/text.ts`). Pure and
 * browser-safe; the page folds the guide's texts once and filters on each keystroke.
 */
import {containsAllWords, foldForMatch, matchWords} from '../playbook/text';
import type {BlockerGuide, GuideL1, GuideL2, GuideScenario} from './guide';

/** An L2 with what matched in it. */
export interface L2Hits {
  l2: GuideL2;
  /** Its name or definition holds every word: this L2 itself may be the one to choose. */
  definition: boolean;
  scenarios: GuideScenario[];
  /** Questions (general and per workload) holding every word. */
  questions: string[];
}

export interface L1Hits {
  l1: GuideL1;
  l2: L2Hits[];
}

interface FoldedL2 {
  definition: string;
  scenarios: string[];
  questions: {text: string; folded: string}[];
}

/** The guide's texts folded for matching, computed once per guide. */
export interface FinderIndex {
  guide: BlockerGuide;
  folded: Map<GuideL2, FoldedL2>;
}

export function finderIndex(guide: BlockerGuide): FinderIndex {
  const folded = new Map<GuideL2, FoldedL2>();
  for (const l1 of guide.l1) {
    for (const l2 of l1.l2) {
      const questions = [...l2.questions, ...l2.workloadQuestions.flatMap((w) => w.questions.map((q) => `${w.workload}: ${q}`))];
      folded.set(l2, {
        definition: foldForMatch(`${l2.name} ${l2.definition}`),
        scenarios: l2.scenarios.map((s) => foldForMatch(s.scenario)),
        questions: questions.map((text) => ({text, folded: foldForMatch(text)})),
      });
    }
  }
  return {guide, folded};
}

/** Every L2 with a hit for the query, in the guide's order; null for a query without words (show everything). */
export function findInGuide(index: FinderIndex, query: string): L1Hits[] | null {
  const words = matchWords(query);
  if (words.length === 0) return null;
  return index.guide.l1.flatMap((l1) => {
    const l2 = l1.l2.flatMap((entry): L2Hits[] => {
      const folded = index.folded.get(entry)!;
      const hits: L2Hits = {
        l2: entry,
        definition: containsAllWords(folded.definition, words),
        scenarios: entry.scenarios.filter((_s, i) => containsAllWords(folded.scenarios[i]!, words)),
        questions: folded.questions.filter((q) => containsAllWords(q.folded, words)).map((q) => q.text),
      };
      return hits.definition || hits.scenarios.length > 0 || hits.questions.length > 0 ? [hits] : [];
    });
    return l2.length > 0 ? [{l1, l2}] : [];
  });
}

/** How many things matched: scenarios, questions, and definitions that matched. */
export function hitCount(hits: readonly L1Hits[]): number {
  return hits.reduce((sum, {l2}) => sum + l2.reduce((n, h) => n + h.scenarios.length + h.questions.length + (h.definition ? 1 : 0), 0), 0);
}
