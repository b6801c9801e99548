/**
 * Match, the timed game: six facts become twelve tiles (the fact's label and its answer), shuffled;
 * the student taps a tile and its partner. One answer form per round: no two facts of a round share an
 * answer class (two years, two cities…), so no two tiles look alike and each pair is found by meaning;
 * a theme with fewer classes gives a shorter round. Each wrong pair adds `MATCH_PENALTY_MS` to the time; the
 * best time is kept per theme. Pure: the screen keeps the round and the clock.
 */
import type { Fact } from "@/lib/content/schema";
import { createRng, shuffle } from "@/lib/random/prng";

/** Pairs in a round. */
export const MATCH_PAIRS = 6;
/** Added to the time for each wrong pair. */
export const MATCH_PENALTY_MS = 5000;
/** Tiles longer than this are hard to read on a phone: such facts are left out. */
const MAX_TILE_CHARS = 70;

export interface MatchTile {
  /** `${factId}:label` or `${factId}:answer`. */
  id: string;
  factId: string;
  text: string;
}

/**
 * A round over `facts` (flagged ones and long texts left out; answers, labels and answer classes
 * never repeated), `MATCH_PAIRS` pairs at most, tiles shuffled by `seed`.
 *
 * @example
 * createMatchRound(deck.facts, 42).length; // 12
 */
export function createMatchRound(facts: readonly Fact[], seed: number): MatchTile[] {
  const rng = createRng(seed);
  const seen = new Set<string>();
  const chosen: Fact[] = [];
  for (const fact of shuffle(facts, rng)) {
    if (chosen.length === MATCH_PAIRS) break;
    const [label, answer] = [fact.label.toLowerCase(), fact.answer.toLowerCase()];
    const form = `class:${fact.class}`;
    if (fact.flagged || fact.label.length > MAX_TILE_CHARS || fact.answer.length > MAX_TILE_CHARS || seen.has(label) || seen.has(answer) || seen.has(form)) continue;
    seen.add(label);
    seen.add(answer);
    seen.add(form);
    chosen.push(fact);
  }
  const tiles = chosen.flatMap((f) => [
    { id: `${f.id}:label`, factId: f.id, text: f.label },
    { id: `${f.id}:answer`, factId: f.id, text: f.answer },
  ]);
  return shuffle(tiles, rng);
}

/** Whether two tiles are a pair (two different tiles of one fact). */
export function isPair(a: MatchTile, b: MatchTile): boolean {
  return a.id !== b.id && a.factId === b.factId;
}

/**
 * The round's time: the clock plus the penalties.
 *
 * @example
 * matchTime(41_200, 2); // 51_200
 */
export function matchTime(elapsedMs: number, mistakes: number): number {
  return Math.max(0, elapsedMs) + mistakes * MATCH_PENALTY_MS;
}
