/**
 * Seeded pseudo-random numbers (mulberry32) for everything that must look random but be
 * reproducible: distractor choice, option order, quiz composition. `lib/` never calls
 * Math.random(), so the same seed always yields byte-identical questions.
 */

/** A seeded random source; every helper draws from `next()` so runs are reproducible. */
export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [0, max). */
  int(max: number): number;
}

/**
 * Creates a mulberry32 generator: tiny, fast and good enough for shuffling quiz options.
 *
 * @example
 * const rng = createRng(42);
 * rng.int(4); // same value on every run for seed 42
 */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (max) => Math.floor(next() * max) };
}

/**
 * Returns a shuffled copy (Fisher–Yates) of `items`; the input is left untouched.
 *
 * @example
 * shuffle(["a", "b", "c"], createRng(1)); // e.g. ["c", "a", "b"]
 */
export function shuffle<T>(items: readonly T[], rng: Rng): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const tmp = out[i];
    out[i] = out[j];
    out[j] = tmp;
  }
  return out;
}

/**
 * Picks one element uniformly; `undefined` for an empty list.
 *
 * @example
 * pick(["Vrai", "Faux"], createRng(3)); // "Vrai" or "Faux", always the same for seed 3
 */
export function pick<T>(items: readonly T[], rng: Rng): T | undefined {
  return items.length === 0 ? undefined : items[rng.int(items.length)];
}
