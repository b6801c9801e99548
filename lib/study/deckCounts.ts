/**
 * A deck's counts as every screen states them: the facts practice and quizzes ask about (flagged
 * facts have no questions, so they are not counted), per topic, and how the flashcards relate to the
 * facts (one forward card per fact, flagged ones included, plus a reverse card for some).
 */
import type { Fact } from "@/lib/content/schema";

export interface DeckCounts {
  /** Facts with questions (not flagged). */
  facts: number;
  /** Flagged facts: flashcard only. */
  flaggedFacts: number;
  byTopic: ReadonlyMap<string, number>;
  cards: number;
  /** Facts with a second, reverse card. */
  reverseCards: number;
}

/**
 * @example
 * deckCounts(deck.facts, flashcards.length); // { facts: 80, flaggedFacts: 3, cards: 115, reverseCards: 32, byTopic }
 */
export function deckCounts(facts: readonly Pick<Fact, "topic" | "flagged">[], cardCount: number): DeckCounts {
  const byTopic = new Map<string, number>();
  let flaggedFacts = 0;
  for (const fact of facts) {
    if (fact.flagged) flaggedFacts++;
    else byTopic.set(fact.topic, (byTopic.get(fact.topic) ?? 0) + 1);
  }
  return { facts: facts.length - flaggedFacts, flaggedFacts, byTopic, cards: cardCount, reverseCards: Math.max(0, cardCount - facts.length) };
}
