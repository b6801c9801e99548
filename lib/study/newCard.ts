/**
 * A card never studied, without ts-fsrs: every field of a new card is a constant (what ts-fsrs's
 * `createEmptyCard` gives, converted by the scheduler wrapper; `scheduler.test.ts` checks they agree).
 * Apart from `scheduler.ts` so that the store can add the content's cards on every page before the
 * scheduler, and ts-fsrs with it, has loaded.
 */
import { toMs, type Now, type StudyCard } from "./types";

/**
 * A card never studied, due at `now`.
 *
 * @example
 * const card = newCard("onu-adhesion-date:forward", Date.UTC(2025, 0, 6, 9));
 * card.state; // 0 (New)
 */
export function newCard(id: string, now: Now): StudyCard {
  return { id, due: toMs(now), stability: 0, difficulty: 0, scheduledDays: 0, learningSteps: 0, reps: 0, lapses: 0, state: 0, lastReview: null };
}
