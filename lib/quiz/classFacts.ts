/**
 * The teacher's view of a class summary in terms of facts: result links only say which question
 * indexes were right, so the facts come from the quiz regenerated from its spec. A question about
 * several facts (match, order) counts for each of them.
 */
import type { Question } from "@/lib/generate/types";
import type { ClassSummary } from "@/lib/share/classResults";
import { questionFactIds } from "./verdicts";

export interface MissedFact {
  factId: string;
  /** Wrong answers over the questions involving this fact. */
  missed: number;
  /** Answers over the questions involving this fact. */
  answered: number;
  /** 1-based numbers of the questions involving this fact, for display. */
  questionNumbers: number[];
}

/**
 * Facts missed at least once, most missed first (highest miss rate, then most misses, then id).
 *
 * @example
 * mostMissedFacts(summarizeClass(table, id), quizQuestions(spec, factsById, deck.facts)).slice(0, 5);
 */
export function mostMissedFacts(summary: ClassSummary, questions: readonly Question[]): MissedFact[] {
  const byFact = new Map<string, MissedFact>();
  for (const stat of summary.questions) {
    const question = questions[stat.index];
    if (!question) continue;
    for (const factId of questionFactIds(question)) {
      const entry = byFact.get(factId) ?? { factId, missed: 0, answered: 0, questionNumbers: [] };
      entry.missed += stat.answered - stat.correct;
      entry.answered += stat.answered;
      if (!entry.questionNumbers.includes(stat.index + 1)) entry.questionNumbers.push(stat.index + 1);
      byFact.set(factId, entry);
    }
  }
  const rate = (f: MissedFact) => (f.answered === 0 ? 0 : f.missed / f.answered);
  return [...byFact.values()]
    .filter((f) => f.missed > 0)
    .sort((a, b) => rate(b) - rate(a) || b.missed - a.missed || (a.factId < b.factId ? -1 : a.factId > b.factId ? 1 : 0));
}
