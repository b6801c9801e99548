/**
 * String hashing for seeds and ids. Each question draws from its own generator seeded by
 * `deriveSeed(seed, kind, factId)`, so one question does not change when another fact is added,
 * and ids can carry a short hash of their inputs.
 */

/**
 * 32-bit FNV-1a hash of a string, mixed with a final avalanche so close strings spread out.
 *
 * @example
 * hashString("onu-adhesion-date"); // a stable unsigned 32-bit integer
 */
export function hashString(text: string, basis = 0x811c9dc5): number {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Derives an independent seed from a base seed and labels.
 *
 * @example
 * createRng(deriveSeed(1, "mcq", "onu-adhesion-date"));
 */
export function deriveSeed(seed: number, ...parts: string[]): number {
  let h = hashString(String(seed >>> 0));
  for (const part of parts) h = hashString(part, h ^ 0x9e3779b9);
  return h;
}

/**
 * Short base-36 hash used in ids of multi-fact questions (match, order).
 *
 * @example
 * shortHash(["a", "b"].join("|")); // e.g. "1k9x2ab"
 */
export function shortHash(text: string): string {
  return hashString(text).toString(36);
}
