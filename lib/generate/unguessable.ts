/**
 * Chooses the wrong options of a multiple-choice item so that a test-wise student who knows
 * nothing cannot find the key: among the candidate sets, those where no surface cue (the option
 * the others vary around, the longest, the one echoing the question, the one agreeing with it…)
 * singles the key out. For numbers and dates the key's rank among the options is drawn at random,
 * so « pick a middle value » is right as often as a blind guess over a deck.
 */
import type { Rng } from "@/lib/random/prng";
import { guessOptions } from "@/lib/testwise/solver";
import { MIDDLE_VALUE_CUE, OPTION_CUES } from "@/lib/testwise/optionCues";
import { sortValue } from "@/lib/testwise/surface";

/** A candidate wrong option and whether it was written by hand (preferred when all else is equal). */
export interface Candidate {
  text: string;
  authored: boolean;
}

const CUES_BUT_MIDDLE = OPTION_CUES.filter(([name]) => name !== MIDDLE_VALUE_CUE);
const CHANCE = 0.25;

function* subsets<T>(items: readonly T[], size: number, start = 0, prefix: T[] = []): Generator<T[]> {
  if (prefix.length === size) {
    yield prefix;
    return;
  }
  for (let i = start; i <= items.length - (size - prefix.length); i++) yield* subsets(items, size, i + 1, [...prefix, items[i]]);
}

/**
 * Picks `count` of `pool` for the key `answer` (fewer when the pool is short).
 *
 * @example
 * chooseUnguessable("1997", prompt, [{ text: "1996", authored: true }, …], rng, 3); // ["1994", "1998", "1999"]
 */
export function chooseUnguessable(answer: string, prompt: string, pool: readonly Candidate[], rng: Rng, count: number): string[] {
  if (pool.length <= count) return pool.map((c) => c.text);
  let sets = [...subsets(pool, count)];
  let cues = OPTION_CUES;
  const key = sortValue(answer);
  const values = pool.map((c) => sortValue(c.text));
  if (key !== undefined && values.every((v) => v !== undefined)) {
    const rankOf = (set: Candidate[]) => set.filter((c) => sortValue(c.text)! < key).length;
    const ranks = [...new Set(sets.map(rankOf))].sort((a, b) => a - b);
    const rank = ranks[rng.int(ranks.length)];
    sets = sets.filter((s) => rankOf(s) === rank);
    cues = CUES_BUT_MIDDLE;
  }
  // Hand-written sets first, in random order; the first that gives the guesser nothing is taken.
  const ranked = sets
    .map((set) => ({ set, authored: set.filter((c) => c.authored).length, tie: rng.next() }))
    .sort((a, b) => b.authored - a.authored || a.tie - b.tie);
  let best: { set: Candidate[]; gap: number } | undefined;
  for (const { set } of ranked) {
    const guess = guessOptions([answer, ...set.map((c) => c.text)], answer, prompt, cues);
    const gap = Math.abs(guess.accuracy - CHANCE);
    if (!best || gap < best.gap - 1e-9) best = { set, gap };
    if (gap < 1e-9) break;
  }
  return best!.set.map((c) => c.text);
}
