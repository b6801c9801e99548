/**
 * Typed fixture builders for the study and store tests (and benchmarks): fixed dates, flashcards,
 * cards in a given state, logs, and deterministic ids. Not used by the app.
 */
import { newCard } from "./newCard";
import type { Flashcard, ReviewLogEntry, StudyCard } from "./types";

/** Monday 6 January 2025, 10:00 in Paris (09:00 UTC). */
export const T0 = Date.UTC(2025, 0, 6, 9, 0, 0);

/** Flashcards for facts `fact-0` … `fact-(n-1)`, forward only, or also reverse every `reverseEvery` facts. */
export function buildFlashcards(n: number, { reverseEvery = 0, prefix = "fact" }: { reverseEvery?: number; prefix?: string } = {}): Flashcard[] {
  const out: Flashcard[] = [];
  for (let i = 0; i < n; i++) {
    const factId = `${prefix}-${i}`;
    out.push({ id: `${factId}:forward`, factId, kind: "forward" });
    if (reverseEvery > 0 && i % reverseEvery === 0) out.push({ id: `${factId}:reverse`, factId, kind: "reverse" });
  }
  return out;
}

/** A card with fields overridden. */
export function buildCard(id: string, overrides: Partial<StudyCard> = {}): StudyCard {
  return { ...newCard(id, T0), ...overrides, id };
}

/** A card in the review state, due at `due`, last reviewed `intervalDays` before. */
export function buildReviewCard(id: string, due: number, { stability = 10, intervalDays = 10, reps = 3 }: { stability?: number; intervalDays?: number; reps?: number } = {}): StudyCard {
  return buildCard(id, { state: 2, due, stability, difficulty: 5, scheduledDays: intervalDays, reps, lastReview: due - intervalDays * 86_400_000 });
}

/** A card map from cards. */
export function cardMap(cards: StudyCard[]): Map<string, StudyCard> {
  return new Map(cards.map((c) => [c.id, c]));
}

/** A log. */
export function buildLog(cardId: string, reviewTime: number, overrides: Partial<ReviewLogEntry> = {}): ReviewLogEntry {
  return { cardId, reviewTime, rating: 3, state: 2, durationMs: 4000, ...overrides };
}

/** Deterministic ids "id1", "id2", … for `newId`. */
export function counterIds(prefix = "id"): () => string {
  let n = 0;
  return () => `${prefix}${++n}`;
}

/** A deterministic pseudo-random generator (mulberry32) for fixtures. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
