import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ByteReader } from "./bytes";
import { encodeFactRefs, readFactRefs } from "./factRefs";

function roundTrip(indexes: number[], deckSize: number): number[] {
  const { mode, bytes } = encodeFactRefs(indexes, deckSize);
  const reader = new ByteReader(bytes);
  const decoded = readFactRefs(reader, mode, deckSize);
  expect(reader.remaining).toBe(0);
  return decoded;
}

const subsetOfDeck = fc.integer({ min: 1, max: 3000 }).chain((deckSize) =>
  fc
    .uniqueArray(fc.integer({ min: 0, max: deckSize - 1 }), { minLength: 1, maxLength: Math.min(deckSize, 400) })
    .map((picked) => ({ deckSize, indexes: picked.sort((a, b) => a - b) })),
);

describe("fact references", () => {
  it("reads back any chosen facts of decks from 1 to 3,000 facts", () => {
    fc.assert(
      fc.property(subsetOfDeck, ({ deckSize, indexes }) => {
        expect(roundTrip(indexes, deckSize)).toEqual(indexes);
      }),
      { seed: 4, numRuns: 400 },
    );
  });

  it("never takes more than a bitset of the deck", () => {
    fc.assert(
      fc.property(subsetOfDeck, ({ deckSize, indexes }) => {
        expect(encodeFactRefs(indexes, deckSize).bytes.length).toBeLessThanOrEqual(Math.ceil(deckSize / 8));
      }),
      { seed: 5, numRuns: 400 },
    );
  });

  it("costs nothing for a whole deck and picks the shortest form otherwise", () => {
    expect(encodeFactRefs([0, 1, 2, 3], 4)).toEqual({ mode: "all", bytes: new Uint8Array(0) });
    expect(encodeFactRefs([0, 2, 4, 6, 8], 50).mode).toBe("list");
    expect(encodeFactRefs(Array.from({ length: 25 }, (_, i) => i * 2), 50).mode).toBe("bitset");
    const allButTwo = Array.from({ length: 3000 }, (_, i) => i).filter((i) => i !== 10 && i !== 2000);
    expect(encodeFactRefs(allButTwo, 3000)).toMatchObject({ mode: "except" });
    expect(encodeFactRefs(allButTwo, 3000).bytes.length).toBeLessThanOrEqual(4);
    expect(roundTrip(allButTwo, 3000)).toEqual(allButTwo);
  });
});
