/**
 * Flashcards: one forward card per fact (prompt → answer, statement and quote; flagged facts carry
 * their warning) and a reverse card when the answer is distinctive enough to recall its fact from
 * (a year, date, number, person, place… that no other fact of the deck has as answer).
 */
import type { AnswerType, Fact } from "@/lib/content/schema";
import { typesetFrench } from "@/lib/french";
import { buildFactIndex, displayOf } from "./factIndex";
import type { Flashcard } from "./types";

/** Answer types that make a good reverse-card front. */
export const REVERSIBLE_TYPES: ReadonlySet<AnswerType> = new Set([
  "year", "date", "number", "percentage", "person", "organisation", "place",
]);

/** A source excerpt without its own outer guillemets: the card shows it inside « », once. */
function bareQuote(quote: string): string {
  return quote.replace(/^«[\s\u00a0]*/, "").replace(/[\s\u00a0]*»$/, "");
}

/**
 * The study cards of a deck, in fact order; each forward card followed by its reverse card.
 * Flagged facts get a forward card with the warning and no reverse card.
 *
 * @example
 * generateFlashcards(deck.facts)[0].id; // "onu-adhesion-date:forward"
 */
export function generateFlashcards(facts: readonly Fact[]): Flashcard[] {
  const { answerCounts } = buildFactIndex(facts);
  const cards: Flashcard[] = [];
  for (const fact of facts) {
    const d = displayOf(fact);
    const common = {
      factId: fact.id,
      statement: d.statement,
      quote: bareQuote(typesetFrench(fact.source.quote)),
      paragraph: fact.source.paragraph,
      ...(fact.flagged ? { warning: typesetFrench(fact.flagged) } : {}),
    };
    cards.push({ id: `${fact.id}:forward`, kind: "forward", front: d.prompt, back: d.answer, ...common });
    if (!fact.flagged && REVERSIBLE_TYPES.has(fact.type) && answerCounts.get(d.key) === 1) {
      cards.push({ id: `${fact.id}:reverse`, kind: "reverse", front: d.answer, back: d.label, ...common });
    }
  }
  return cards;
}
