import { describe, expect, it } from "vitest";
import { RAW_DECKS } from "@/content";
import { CATALOG } from "./catalog";
import { validateDeck } from "./schema";

describe("client catalog", () => {
  it("holds exactly the validated content (no defaults filled in by the validator)", () => {
    for (const raw of RAW_DECKS) {
      const result = validateDeck(raw);
      expect(result.ok && result.deck.facts).toEqual(raw.facts);
      expect(result.ok && result.deck.meta).toEqual(raw.meta);
    }
  });

  it("finds every fact and flashcard of every deck", () => {
    expect(CATALOG.factsById.size).toBe(CATALOG.facts.length);
    for (const card of CATALOG.flashcards) expect(CATALOG.factsById.has(card.factId)).toBe(true);
  });
});
