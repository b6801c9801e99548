/**
 * Today's study queue: which cards to show, in which order, within the daily limits.
 *
 * Order: priority cards first (facts missed in a quiz, "Réviser ces fiches"), then due learning and
 * review cards, most overdue first, then new cards in content order, up to `newPerDay` minus the new
 * cards already introduced today. Review and new cards together stay within `maxReviewsPerDay`
 * minus the reviews already done today; learning steps are never cut off mid-way.
 *
 * Learning cards due within `LEARN_AHEAD_MS` are shown ahead, after everything else, as Anki's
 * learn-ahead limit does, so the screen never says « Terminé » while a card comes back in a few minutes.
 *
 * Siblings (the forward and reverse cards of one fact) are buried until the next study day, as in
 * Anki: once one of them has been answered today, or is already in today's queue, the other's new
 * or review card waits for tomorrow. Learning cards are never buried. Suspended cards never come.
 */
import { DEFAULT_SETTINGS, type StudySettings } from "./settings";
import { nextStudyDayStart, studyDayStart } from "./studyDay";
import { factIdOf, MINUTE_MS, toMs, type CardMap, type Now, type ReviewLogEntry, type StudyCard } from "./types";

/** Learning cards due within this delay are studied ahead (Anki's default learn-ahead limit). */
export const LEARN_AHEAD_MS = 20 * MINUTE_MS;

export interface QueueInput {
  cards: CardMap;
  /** Logs, oldest first (only today's are read, from the end). */
  logs: readonly ReviewLogEntry[];
  settings?: StudySettings;
  /** Card ids to show first, in this order. */
  priority?: readonly string[];
  /** Card ids the student suspended: never queued, not even as priority. */
  suspended?: ReadonlySet<string>;
  now: Now;
  /** How far ahead learning cards are shown (default `LEARN_AHEAD_MS`). */
  learnAheadMs?: number;
  /** Bury a new card whose sibling was studied or queued today (default); a test plan's last day to show new cards turns it off. */
  buryNewSiblings?: boolean;
}

export interface StudyQueue {
  /** Card ids to study, in order. */
  cardIds: string[];
  /** How many of them are priority, learning/review and new cards. */
  priorityCount: number;
  dueCount: number;
  newCount: number;
  /** New cards and reviews already done today. */
  newToday: number;
  reviewsToday: number;
  /** When nothing is due: epoch ms of the next due card (or of tomorrow's new cards), else null. */
  nextDueAt: number | null;
  /** New and review cards held back until tomorrow because a sibling was studied or queued today. */
  buriedCount: number;
}

/** Facts with at least one card answered today (flashcard, practice or quiz). */
function factsStudiedToday(logs: readonly ReviewLogEntry[], at: number): Set<string> {
  const start = studyDayStart(at);
  const facts = new Set<string>();
  for (let i = logs.length - 1; i >= 0 && logs[i].reviewTime >= start; i--) facts.add(factIdOf(logs[i].cardId));
  return facts;
}

/** Counts today's new introductions and reviews, scanning logs backwards from the newest. */
export function countToday(logs: readonly ReviewLogEntry[], now: Now): { newToday: number; reviewsToday: number } {
  const start = studyDayStart(now);
  const end = nextStudyDayStart(now);
  let newToday = 0;
  let reviewsToday = 0;
  for (let i = logs.length - 1; i >= 0; i--) {
    const log = logs[i];
    if (log.reviewTime < start) break;
    if (log.reviewTime >= end) continue;
    if (log.state === 0) newToday++;
    else if (log.state === 2) reviewsToday++;
  }
  return { newToday, reviewsToday };
}

/** Whether a card that has been studied is due for today's session (learning cards up to `learnAheadMs` ahead). */
export function isDueToday(card: StudyCard, now: number, dayEnd: number, learnAheadMs = LEARN_AHEAD_MS): boolean {
  if (card.state === 0) return false;
  // Learning steps are minutes long: due once their time has come (or is near); reviews are due for the whole day.
  if (card.state === 2) return card.due < dayEnd;
  return card.due <= now + learnAheadMs;
}

/**
 * Builds today's queue.
 *
 * @example
 * const queue = buildQueue({ cards, logs, settings, priority: ["a:forward"], now: Date.UTC(2025, 0, 6, 9) });
 * queue.cardIds[0]; // "a:forward"
 */
export function buildQueue({ cards, logs, settings = DEFAULT_SETTINGS, priority = [], suspended, now, learnAheadMs = LEARN_AHEAD_MS, buryNewSiblings = true }: QueueInput): StudyQueue {
  const at = toMs(now);
  const dayEnd = nextStudyDayStart(at);
  const { newToday, reviewsToday } = countToday(logs, at);
  const taken = new Set<string>(suspended);
  const cardIds: string[] = [];
  const busyFacts = factsStudiedToday(logs, at);
  let buriedCount = 0;
  /** Whether a new or review card waits for tomorrow; otherwise claims its fact for today. */
  const bury = (id: string): boolean => {
    const fact = factIdOf(id);
    if (busyFacts.has(fact)) {
      buriedCount++;
      return true;
    }
    busyFacts.add(fact);
    return false;
  };

  for (const id of priority) {
    if (cards.has(id) && !taken.has(id)) {
      taken.add(id);
      busyFacts.add(factIdOf(id));
      cardIds.push(id);
    }
  }
  const priorityCount = cardIds.length;

  const learning: StudyCard[] = [];
  const reviews: StudyCard[] = [];
  const fresh: string[] = [];
  let nextDue = Infinity;
  const ahead: StudyCard[] = [];
  for (const [id, card] of cards) {
    if (taken.has(id)) continue;
    if (card.state === 0) fresh.push(id);
    else if (isDueToday(card, at, dayEnd, 0)) (card.state === 2 ? reviews : learning).push(card);
    else if (isDueToday(card, at, dayEnd, learnAheadMs)) ahead.push(card);
    else if (card.due < nextDue) nextDue = card.due;
  }
  for (const card of [...learning, ...ahead]) busyFacts.add(factIdOf(card.id));
  const byDue = (a: StudyCard, b: StudyCard) => a.due - b.due || (a.id < b.id ? -1 : 1);
  reviews.sort(byDue);
  const unburiedReviews = reviews.filter((card) => !bury(card.id));
  let reviewRoom = Math.max(0, settings.maxReviewsPerDay - reviewsToday - newToday);
  const keptReviews = unburiedReviews.slice(0, reviewRoom);
  reviewRoom -= keptReviews.length;
  const due = [...learning, ...keptReviews].sort(byDue);
  for (const card of due) cardIds.push(card.id);

  const newRoom = Math.min(Math.max(0, settings.newPerDay - newToday), reviewRoom);
  const newIds: string[] = [];
  for (const id of fresh) {
    if (newIds.length >= newRoom) break;
    if (!buryNewSiblings || !bury(id)) newIds.push(id);
  }
  cardIds.push(...newIds);
  // Learning cards not due yet but within the learn-ahead come last, once nothing else is left.
  ahead.sort(byDue);
  for (const card of ahead) cardIds.push(card.id);

  let nextDueAt: number | null = null;
  if (cardIds.length === 0) {
    const tomorrowHasNew = (fresh.length > 0 && settings.newPerDay > 0) || buriedCount > 0;
    const candidate = Math.min(nextDue, tomorrowHasNew || reviews.length > 0 ? dayEnd : Infinity);
    nextDueAt = Number.isFinite(candidate) ? candidate : null;
  }
  return { cardIds, priorityCount, dueCount: due.length + ahead.length, newCount: newIds.length, newToday, reviewsToday, nextDueAt, buriedCount };
}

/**
 * « À réviser », the one number every screen shows for today's due cards: priority cards and due
 * learning and review cards in today's queue (suspended cards never count; new cards are counted apart).
 *
 * @example
 * dueCountOf(buildQueue({ cards, logs, now })); // 19
 */
export function dueCountOf(queue: Pick<StudyQueue, "dueCount" | "priorityCount">): number {
  return queue.dueCount + queue.priorityCount;
}

/**
 * Epoch ms of the earliest studied card due after `now`, or null.
 *
 * @example
 * nextDueAt(cards, now); // 1736150400000
 */
export function nextDueAt(cards: CardMap, now: Now): number | null {
  const at = toMs(now);
  let best = Infinity;
  for (const c of cards.values()) {
    if (c.state !== 0 && c.due > at && c.due < best) best = c.due;
  }
  return Number.isFinite(best) ? best : null;
}
