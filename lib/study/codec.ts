/**
 * Compact, typed encoding of cards and logs for storage and backups.
 *
 * A card becomes a tuple `[due, stability, difficulty, scheduledDays, learningSteps, reps, lapses,
 * state, lastReview]` (lastReview 0 when never reviewed), or just its due date while it is still new
 * and untouched; a log becomes `[cardId, reviewTime, rating, state, durationMs]`. Field names are
 * written once here instead of 100,000 times in storage.
 */
import * as v from "valibot"; // not zod: this runs in the browser, and valibot ships only the checks used
import type { CardMap, CardState, Rating, ReviewLogEntry, StudyCard } from "./types";

/** A stored card: due date alone for an untouched new card, else the full tuple. */
export type EncodedCard =
  | number
  | [due: number, stability: number, difficulty: number, scheduledDays: number, learningSteps: number, reps: number, lapses: number, state: CardState, lastReview: number];
export type EncodedLog = [cardId: string, reviewTime: number, rating: Rating, state: CardState, durationMs: number];

// valibot numbers refuse NaN but not ±Infinity: every number here must also be finite.
const finite = v.pipe(v.number(), v.finite());
const nonNegative = v.pipe(v.number(), v.finite(), v.minValue(0));
const count = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const stateSchema = v.picklist([0, 1, 2, 3]);
const ratingSchema = v.picklist([1, 2, 3, 4]);

// Strict tuples: a tuple with extra items is not one this app wrote.
export const encodedCardSchema = v.union([finite, v.strictTuple([finite, nonNegative, nonNegative, nonNegative, count, count, count, stateSchema, nonNegative])]);
const cardId = v.pipe(v.string(), v.minLength(1));
export const encodedCardMapSchema = v.record(cardId, encodedCardSchema);
export const encodedLogSchema = v.strictTuple([cardId, finite, ratingSchema, stateSchema, nonNegative]);

/**
 * Encodes one card.
 *
 * @example
 * encodeCard(newCard("a:forward", 1700000000000)); // 1700000000000
 */
export function encodeCard(card: StudyCard): EncodedCard {
  if (card.state === 0 && card.reps === 0 && card.lastReview === null && card.stability === 0) return card.due;
  return [card.due, card.stability, card.difficulty, card.scheduledDays, card.learningSteps, card.reps, card.lapses, card.state, card.lastReview ?? 0];
}

/**
 * Decodes one card (the inverse of `encodeCard`).
 *
 * @example
 * decodeCard("a:forward", 1700000000000).state; // 0
 */
export function decodeCard(id: string, encoded: EncodedCard): StudyCard {
  if (typeof encoded === "number") {
    return { id, due: encoded, stability: 0, difficulty: 0, scheduledDays: 0, learningSteps: 0, reps: 0, lapses: 0, state: 0, lastReview: null };
  }
  const [due, stability, difficulty, scheduledDays, learningSteps, reps, lapses, state, lastReview] = encoded;
  return { id, due, stability, difficulty, scheduledDays, learningSteps, reps, lapses, state, lastReview: lastReview > 0 ? lastReview : null };
}

/** Encodes a whole card map. */
export function encodeCardMap(cards: CardMap): Record<string, EncodedCard> {
  const out: Record<string, EncodedCard> = {};
  for (const [id, card] of cards) out[id] = encodeCard(card);
  return out;
}

/** Decodes a whole (validated) card map. */
export function decodeCardMap(encoded: Record<string, EncodedCard>): CardMap {
  const out = new Map<string, StudyCard>();
  for (const id in encoded) out.set(id, decodeCard(id, encoded[id]));
  return out;
}

/**
 * Encodes one log as a tuple.
 *
 * @example
 * encodeLog({ cardId: "a:forward", reviewTime: 1, rating: 3, state: 0, durationMs: 4000 }); // ["a:forward", 1, 3, 0, 4000]
 */
export function encodeLog(log: ReviewLogEntry): EncodedLog {
  return [log.cardId, log.reviewTime, log.rating, log.state, log.durationMs];
}

/** Decodes one log tuple. */
export function decodeLog([cardId, reviewTime, rating, state, durationMs]: EncodedLog): ReviewLogEntry {
  return { cardId, reviewTime, rating, state, durationMs };
}
