import { describe, expect, it } from "vitest";
import { buildCard, buildFlashcards, cardMap, T0 } from "./fixtures";
import { syncCards } from "./syncCards";

describe("syncCards", () => {
  it("adds a new card for each new flashcard, in content order", () => {
    const next = syncCards({ cards: new Map(), orphaned: new Map() }, buildFlashcards(3, { reverseEvery: 2 }), T0);
    expect([...next.cards.keys()]).toEqual(["fact-0:forward", "fact-0:reverse", "fact-1:forward", "fact-2:forward", "fact-2:reverse"]);
    expect(next.cards.get("fact-1:forward")!.state).toBe(0);
  });

  it("keeps the progress of existing cards", () => {
    const studied = buildCard("fact-0:forward", { state: 2, reps: 4, lastReview: T0 });
    const next = syncCards({ cards: cardMap([studied]), orphaned: new Map() }, buildFlashcards(2), T0);
    expect(next.cards.get("fact-0:forward")).toBe(studied);
  });

  it("sets aside cards whose fact disappeared instead of deleting them", () => {
    const studied = buildCard("gone:forward", { state: 2, reps: 4, lastReview: T0 });
    const next = syncCards({ cards: cardMap([studied]), orphaned: new Map() }, buildFlashcards(1), T0);
    expect(next.cards.get("gone:forward")).toBeUndefined();
    expect(next.orphaned.get("gone:forward")).toBe(studied);
  });

  it("restores an orphaned card with its progress when its fact comes back", () => {
    const studied = buildCard("fact-0:forward", { state: 2, reps: 4, lastReview: T0 });
    const next = syncCards({ cards: new Map(), orphaned: cardMap([studied]) }, buildFlashcards(1), T0);
    expect(next.cards.get("fact-0:forward")).toBe(studied);
    expect(next.orphaned.size).toBe(0);
  });

  it("returns the same objects when nothing changed", () => {
    const first = syncCards({ cards: new Map(), orphaned: new Map() }, buildFlashcards(3), T0);
    const again = syncCards(first, buildFlashcards(3), T0 + 1000);
    expect(again.changed).toBe(false);
    expect(again.cards).toBe(first.cards);
  });
});
