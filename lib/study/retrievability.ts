/**
 * The probability of recalling a card now: FSRS-6's forgetting curve, computed as ts-fsrs computes it
 * (`forgetting_curve`, rounded to 8 decimals) but without loading it. Home, statistics, the card list and
 * the drill show it on their first view, and ts-fsrs (the scheduler) only loads after the first paint;
 * `scheduler.test.ts` checks that both agree.
 *
 * R(t, S) = (1 + FACTOR · t / S) ^ DECAY, where DECAY = −w₂₀ and FACTOR = 0.9 ^ (1 / DECAY) − 1, so that
 * R = 0.9 when t = S.
 */
import { DEFAULT_SETTINGS, type StudySettings } from "./settings";
import { DAY_MS, toMs, type Now, type StudyCard } from "./types";

/** w₂₀ of FSRS-6's default parameters (ts-fsrs `default_w[20]`), used without the student's own. */
export const DEFAULT_DECAY = 0.1542;

const round8 = (x: number) => Math.round(x * 1e8) / 1e8;

/**
 * Probability of recalling the card at `now` (0 for a new card), with fractional elapsed days.
 *
 * @example
 * retrievability(card, card.due); // about 0.9 at the due date with the default retention
 */
export function retrievability(card: StudyCard, now: Now, settings: StudySettings = DEFAULT_SETTINGS): number {
  if (card.state === 0 || card.lastReview === null || card.stability <= 0) return 0;
  const elapsedDays = Math.max(0, (toMs(now) - card.lastReview) / DAY_MS);
  const decay = -(settings.fsrsParameters?.[20] ?? DEFAULT_DECAY);
  const factor = round8(Math.exp(Math.log(0.9) / decay) - 1);
  return round8(Math.pow(1 + (factor * elapsedDays) / card.stability, decay));
}
