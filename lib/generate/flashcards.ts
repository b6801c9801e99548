/**
 * Flashcards: one forward card per fact (prompt → answer, statement and quote; flagged facts carry
 * their warning) and a reverse card (answer → label) when the answer points to that fact alone: a full
 * date or a name that neither another fact nor the rest of the article mentions (see `reverseCues`).
 */
import type { Article, Fact } from "@/lib/content/schema";
import { typesetFrench } from "@/lib/french/typeset";
import { displayOf } from "./factIndex";
import { factsWithOwnCue } from "./reverseCues";
import type { Flashcard } from "./types";

/** A source excerpt without its own outer guillemets: the card shows it inside « », once. */
function bareQuote(quote: string): string {
  return quote.replace(/^«[\s\u00a0]*/, "").replace(/[\s\u00a0]*»$/, "");
}

/**
 * The study cards of a deck, in fact order; each forward card followed by its reverse card.
 * Flagged facts get a forward card with the warning and no reverse card. The article is where a
 * reverse card's front is looked for elsewhere (a deck without one: pass `{ paragraphs: [] }`).
 *
 * @example
 * generateFlashcards(deck.facts, deck.article)[0].id; // "onu-adhesion-date:forward"
 */
export function generateFlashcards(facts: readonly Fact[], article: Article): Flashcard[] {
  const reversible = factsWithOwnCue(facts, article);
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
    if (reversible.has(fact.id)) {
      cards.push({ id: `${fact.id}:reverse`, kind: "reverse", front: d.answer, back: d.label, ...common });
    }
  }
  return cards;
}
