import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeCard, decodeLog, encodeCard, encodeLog } from "./codec";
import { buildCard, T0 } from "./fixtures";
import { rateCard } from "./scheduler";
import { newCard } from "./newCard";
import type { CardState } from "./types";

describe("card and log codec", () => {
  it("stores an untouched new card as its due date alone", () => {
    expect(encodeCard(newCard("a:forward", T0))).toBe(T0);
    expect(decodeCard("a:forward", T0)).toEqual(newCard("a:forward", T0));
  });

  it("round-trips rated cards exactly", () => {
    let card = newCard("a:forward", T0);
    for (const [i, rating] of ([3, 3, 1, 3, 4] as const).entries()) {
      card = rateCard(card, rating, T0 + i * 86_400_000 * 3, 1000).card;
      expect(decodeCard(card.id, JSON.parse(JSON.stringify(encodeCard(card))))).toEqual(card);
    }
  });

  it("round-trips any card", () => {
    fc.assert(
      fc.property(
        fc.record({
          due: fc.integer({ min: 0, max: 4e12 }),
          stability: fc.double({ min: 0.001, max: 1e5, noNaN: true }),
          difficulty: fc.double({ min: 1, max: 10, noNaN: true }),
          reps: fc.integer({ min: 1, max: 1000 }),
          state: fc.constantFrom<CardState>(1, 2, 3),
          lastReview: fc.integer({ min: 1, max: 4e12 }),
        }),
        (fields) => {
          const card = buildCard("x:reverse", fields);
          expect(decodeCard("x:reverse", encodeCard(card))).toEqual(card);
        },
      ),
      { seed: 42 },
    );
  });

  it("round-trips logs", () => {
    const log = { cardId: "a:forward", reviewTime: T0, rating: 2 as const, state: 1 as const, durationMs: 1234 };
    expect(decodeLog(encodeLog(log))).toEqual(log);
  });
});
