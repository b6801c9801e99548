/**
 * Types shared by the study library: flashcards given by the content, the cards we schedule
 * (dates as epoch milliseconds, never `Date` objects, so JSON round-trips are exact) and review logs.
 *
 * These types are ours, not ts-fsrs's: only `scheduler.ts` knows about ts-fsrs, so the rest of the
 * app (store, stats, exports, UI) never sees a `Date` that could silently become a string.
 */

/** Which side of a fact a flashcard asks. */
export type CardKind = "forward" | "reverse";

/** A flashcard as the content layer lists it; its id is `${factId}:${kind}`. */
export interface Flashcard {
  id: string;
  factId: string;
  kind: CardKind;
}

/** Card states, same numbers as FSRS (and Anki's revlog), so logs export unchanged. */
export const CARD_STATE = { New: 0, Learning: 1, Review: 2, Relearning: 3 } as const;
export type CardState = (typeof CARD_STATE)[keyof typeof CARD_STATE];

/** French names of the card states, for the stats screen. */
export const CARD_STATE_LABEL: Record<CardState, string> = {
  0: "Nouvelles",
  1: "En apprentissage",
  2: "En révision",
  3: "En réapprentissage",
};

/** Ratings as in Anki/FSRS: 1 Again (À revoir), 2 Hard (Difficile), 3 Good (Bien), 4 Easy (Facile). */
export type Rating = 1 | 2 | 3 | 4;
export const RATING = { Again: 1, Hard: 2, Good: 3, Easy: 4 } as const;
export const RATINGS: readonly Rating[] = [1, 2, 3, 4];

/** French names of the ratings for the buttons. */
export const RATING_LABEL: Record<Rating, string> = { 1: "À revoir", 2: "Difficile", 3: "Bien", 4: "Facile" };

/** The memory state of one flashcard. All dates are epoch milliseconds. */
export interface StudyCard {
  /** `${factId}:${kind}`, stable across content edits. */
  id: string;
  due: number;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardState;
  /** Epoch ms of the last review, `null` for a card never reviewed. */
  lastReview: number | null;
}

/**
 * Cards keyed by card id. A Map, not a plain object: copying a 10,000-key object on every rating
 * costs ~10 ms, a Map ~2 ms (measured), and the rate-and-persist budget is 16 ms.
 */
export type CardMap = ReadonlyMap<string, StudyCard>;

/** One review, with exactly what the FSRS optimizer needs. */
export interface ReviewLogEntry {
  cardId: string;
  /** Epoch ms of the review. */
  reviewTime: number;
  rating: Rating;
  /** State of the card before this review. */
  state: CardState;
  /** Time spent answering, in ms. */
  durationMs: number;
}

/** Epoch milliseconds or a Date: every function that depends on time takes one. */
export type Now = number | Date;

/** Converts a `Now` to epoch milliseconds. */
export function toMs(now: Now): number {
  return typeof now === "number" ? now : now.getTime();
}

/**
 * The fact a card id belongs to.
 *
 * @example
 * factIdOf("onu-adhesion-date:reverse"); // "onu-adhesion-date"
 */
export function factIdOf(cardId: string): string {
  const i = cardId.lastIndexOf(":");
  return i < 0 ? cardId : cardId.slice(0, i);
}

/**
 * A log's identity: card and review instant. Two tabs never produce the same one for different
 * reviews, so logs from several tabs are merged as a union by this id.
 *
 * @example
 * logId({ cardId: "a:forward", reviewTime: 1700000000000, rating: 3, state: 0, durationMs: 4000 }); // "a:forward@1700000000000"
 */
export function logId(log: Pick<ReviewLogEntry, "cardId" | "reviewTime">): string {
  return `${log.cardId}@${log.reviewTime}`;
}

/** Milliseconds in a minute, an hour, a day. */
export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
