/**
 * The questions of a quiz spec, as every student of it gets them: the question generator behind a
 * shared link. Apart from the scoring (`session.ts`) so that only the screens that build a quiz load
 * the generator.
 */
import type { Fact } from "@/lib/content/schema";
import { generateQuiz } from "@/lib/generate/quiz";
import type { Question } from "@/lib/generate/types";
import type { QuizSpec } from "@/lib/share/quizSpec";

/**
 * The questions every student of this spec gets: the spec's facts (in the order given; the generator
 * sorts them), with the whole deck as the pool of wrong options.
 *
 * @example
 * const questions = quizQuestions(decoded.spec, catalog.factsById, deck.facts);
 */
export function quizQuestions(spec: QuizSpec, factsById: ReadonlyMap<string, Fact>, deckFacts: readonly Fact[]): Question[] {
  const facts = spec.factIds.map((id) => factsById.get(id)).filter((f): f is Fact => f !== undefined);
  return generateQuiz({ facts, kinds: spec.kinds, count: spec.count, seed: spec.seed, pool: deckFacts });
}
