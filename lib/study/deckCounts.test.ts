import { describe, expect, it } from "vitest";
import { DECKS } from "@/lib/content/decks";
import { generateFlashcards } from "@/lib/generate/flashcards";
import { deckCounts } from "./deckCounts";

describe("deck counts", () => {
  it("counts the facts practice asks about per topic, and explains the cards", () => {
    const counts = deckCounts(
      [{ topic: "a" }, { topic: "a", flagged: "douteux" }, { topic: "b" }],
      4,
    );
    expect(counts).toMatchObject({ facts: 2, flaggedFacts: 1, cards: 4, reverseCards: 1 });
    expect([...counts.byTopic]).toEqual([["a", 1], ["b", 1]]);
  });

  it("agrees with the content: every card is a fact's forward or reverse card", () => {
    for (const deck of DECKS) {
      const cards = generateFlashcards(deck.facts, deck.article);
      const counts = deckCounts(deck.facts, cards.length);
      expect(counts.facts + counts.flaggedFacts).toBe(deck.facts.length);
      expect(counts.reverseCards).toBe(cards.filter((c) => c.kind === "reverse").length);
      expect([...counts.byTopic.values()].reduce((a, b) => a + b, 0)).toBe(counts.facts);
    }
  });
});
