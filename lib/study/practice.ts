/**
 * Practice mode: which kind of question to ask for a card, and how a quiz verdict becomes an FSRS
 * rating. Recognition (MCQ, true/false, matching, ordering) is easier than recall, so a right
 * recognition answer is rated Hard and only recall (typed, cloze) can earn Good or Easy.
 *
 * Free practice (`drill.ts`) touches FSRS only for cards that are due: the first answer about a
 * fact in a session counts as the review of its due forward card; other answers (cards not due, new
 * cards, later answers about the same fact) are practice only, so drilling a theme ten times never
 * pushes its reviews weeks away nor floods the review log.
 */
import type { Verdict } from "@/lib/answer/check";
import type { QuestionKind } from "@/lib/generate/types";
import { isDueToday } from "./queue";
import { nextStudyDayStart } from "./studyDay";
import { toMs, type Now, type Rating, type StudyCard } from "./types";

export type { QuestionKind, Verdict };

/** Stability (days) below which a card is asked as a multiple-choice question. */
export const MCQ_STABILITY_DAYS = 7;
/** A typed answer faster than this share of the student's median is rated Easy. */
export const EASY_SPEED_RATIO = 0.5;
/** Typed answers looked at for the median, and the fewest needed before Easy is ever given. */
export const SPEED_HISTORY_SIZE = 20;
export const SPEED_MIN_SAMPLES = 5;

/**
 * Verdict → rating, by question kind. README-quotable; `ratingForVerdict` applies it
 * (plus the Easy rule for fast typed/cloze answers).
 */
export const VERDICT_RATING_TABLE: Readonly<Record<QuestionKind, Readonly<Record<Verdict, Rating>>>> = {
  mcq: { wrong: 1, close: 2, correct: 2 },
  "true-false": { wrong: 1, close: 2, correct: 2 },
  match: { wrong: 1, close: 2, correct: 2 },
  order: { wrong: 1, close: 2, correct: 2 },
  typed: { wrong: 1, close: 2, correct: 3 },
  cloze: { wrong: 1, close: 2, correct: 3 },
};

/**
 * The question kind for a card: new or weak cards (stability under a week) get an MCQ; stronger
 * ones alternate between typed and cloze with their repetition count (deterministic).
 *
 * @example
 * questionKindFor(newCard("a:forward", t0)); // "mcq"
 */
export function questionKindFor(card: StudyCard): "mcq" | "typed" | "cloze" {
  if (card.state === 0 || card.stability < MCQ_STABILITY_DAYS) return "mcq";
  return card.reps % 2 === 0 ? "typed" : "cloze";
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export interface VerdictInput {
  kind: QuestionKind;
  verdict: Verdict;
  /** Time taken for this answer (ms). */
  durationMs?: number;
  /** The student's previous typed/cloze answer times (ms), oldest first; the last 20 are used. */
  recentTypedMs?: readonly number[];
}

/**
 * Rating for a quiz verdict: wrong → Again; close → Hard; right recognition → Hard; right recall →
 * Good, or Easy when answered in under half the median of the last 20 recall answers (≥ 5 of them).
 *
 * @example
 * ratingForVerdict({ kind: "typed", verdict: "correct", durationMs: 2000, recentTypedMs: [8000, 9000, 7000, 8500, 9500] }); // 4
 */
export function ratingForVerdict({ kind, verdict, durationMs, recentTypedMs = [] }: VerdictInput): Rating {
  const rating = VERDICT_RATING_TABLE[kind][verdict];
  if (rating !== 3 || durationMs === undefined) return rating;
  const history = recentTypedMs.slice(-SPEED_HISTORY_SIZE);
  if (history.length < SPEED_MIN_SAMPLES) return rating;
  return durationMs < EASY_SPEED_RATIO * median(history) ? 4 : rating;
}

/**
 * Whether a free-practice answer is recorded as an FSRS review: only for a studied card that is due
 * now (or later today, for a review), and only the first time its fact is answered in the session.
 *
 * @example
 * practiceCountsAsReview(dueCard, now, false); // true
 * practiceCountsAsReview(newCard("a:forward", now), now, false); // false
 */
export function practiceCountsAsReview(card: StudyCard | undefined, now: Now, answeredBefore: boolean): boolean {
  if (!card || answeredBefore) return false;
  const at = toMs(now);
  return isDueToday(card, at, nextStudyDayStart(at), 0);
}
