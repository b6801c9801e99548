/**
 * Shared fixtures of lib/quiz tests: a quiz of every kind on the whole deck of this build's content,
 * built the way a link builds it, so each test reads real questions instead of copied literals.
 */
import { CATALOG } from "@/lib/content/nodeCatalog";
import type { Question } from "@/lib/generate/types";
import { QUESTION_KINDS } from "@/lib/generate/types";
import { quizQuestions } from "./questions";

/** A quiz of every kind on the deck's unflagged facts, fixed by its seed. */
export function everyKindQuiz(seed: number, count = 40): Question[] {
  const deck = CATALOG.decks[0];
  return quizQuestions(
    { deckId: deck.meta.id, factIds: deck.facts.filter((f) => !f.flagged).map((f) => f.id), kinds: [...QUESTION_KINDS], count, seed, timeLimitSec: 0, title: "" },
    CATALOG.factsById,
    deck.facts,
  );
}
