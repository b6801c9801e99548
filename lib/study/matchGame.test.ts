import { describe, expect, it } from "vitest";
import { buildFact } from "@/lib/generate/testing/factBuilder";
import { createMatchRound, isPair, MATCH_PAIRS, matchTime, MATCH_PENALTY_MS } from "./matchGame";

const facts = Array.from({ length: 10 }, (_, i) => ({ ...buildFact({ id: `f${i}`, label: `Fait ${i}`, answer: `Réponse ${i}` }), class: `c${i}` }));

describe("Match rounds", () => {
  it("makes six pairs of a label and its answer, shuffled the same way for a seed", () => {
    const tiles = createMatchRound(facts, 3);
    expect(tiles).toHaveLength(2 * MATCH_PAIRS);
    const byFact = new Map<string, typeof tiles>();
    for (const t of tiles) byFact.set(t.factId, [...(byFact.get(t.factId) ?? []), t]);
    expect(byFact.size).toBe(MATCH_PAIRS);
    for (const pair of byFact.values()) expect(isPair(pair[0], pair[1])).toBe(true);
    expect(createMatchRound(facts, 3)).toEqual(tiles);
  });

  it("leaves out flagged facts, long texts and repeated answers", () => {
    const tricky = [
      buildFact({ id: "flag", label: "A", answer: "x", flagged: "douteux" }),
      buildFact({ id: "long", label: "B", answer: "y".repeat(90) }),
      buildFact({ id: "one", label: "C", answer: "1992" }),
      buildFact({ id: "two", label: "D", answer: "1992" }),
    ];
    expect(new Set(createMatchRound(tricky, 1).map((t) => t.factId)).size).toBe(1);
  });

  it("uses one answer form per round: never two facts of one answer class", () => {
    const years = Array.from({ length: 8 }, (_, i) => ({ ...buildFact({ id: `y${i}`, label: `Année ${i}`, answer: String(1990 + i) }), class: "year" }));
    const mixed = [...years, ...facts.slice(0, 3)];
    for (const seed of [1, 2, 3, 4, 5]) {
      const round = createMatchRound(mixed, seed);
      const classes = new Map(mixed.map((f) => [f.id, f.class]));
      const used = [...new Set(round.map((t) => t.factId))].map((id) => classes.get(id));
      expect(new Set(used).size).toBe(used.length);
      expect(used.length).toBe(4);
    }
  });

  it("never pairs a tile with itself, and adds the penalty per mistake", () => {
    const [tile] = createMatchRound(facts, 1);
    expect(isPair(tile, tile)).toBe(false);
    expect(matchTime(30_000, 2)).toBe(30_000 + 2 * MATCH_PENALTY_MS);
  });
});
