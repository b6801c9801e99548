/**
 * The true statements of a deck, which answer checking compares a typed answer with (an answer that
 * restates another fact is told so). Apart from `check.ts` so that building the content's tables does
 * not load the whole checker.
 */
import type { Fact } from "@/lib/content/schema";

/**
 * The statements of a deck that hold true: those of its unflagged facts.
 *
 * @example
 * checkAnswer(input, fact, { prompt, blank: BLANK, statements: trueStatementsOf(deck.facts) });
 */
export function trueStatementsOf(facts: readonly Fact[]): string[] {
  return facts.filter((f) => !f.flagged).map((f) => f.statement);
}
