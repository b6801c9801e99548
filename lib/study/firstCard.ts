/**
 * What the review screen can show before its scripts run. The page is prerendered with the first
 * card a new student gets; for a returning student the app keeps a snapshot of the card at the head
 * of today's queue, and this module says how long that snapshot stays true: until a card falls due
 * or the study day ends (when new cards and buried siblings come back), whichever is first. Any
 * change to the study state also drops it (the caller's job), so a snapshot in time is the queue's head.
 */
import { buildQueue, type StudyQueue } from "./queue";
import { DEFAULT_SETTINGS } from "./settings";
import { nextStudyDayStart } from "./studyDay";
import { syncCards } from "./syncCards";
import type { CardMap, Flashcard } from "./types";

/**
 * Until when the queue's head at `now` cannot change on its own.
 *
 * @example
 * headValidUntil(cards, Date.parse("2026-03-02T10:00:00Z")); // the next due card's time, or 04:00 tomorrow
 */
export function headValidUntil(cards: CardMap, now: number): number {
  let until = nextStudyDayStart(now);
  for (const card of cards.values()) if (card.due > now && card.due < until) until = card.due;
  return until;
}

/**
 * Today's queue of a student who has never opened the app: every card new, default settings.
 *
 * @example
 * newStudentQueue(flashcards, Date.now()).cardIds[0]; // "onu-adhesion-date:forward"
 */
export function newStudentQueue(flashcards: readonly Flashcard[], now: number): StudyQueue {
  const { cards } = syncCards({ cards: new Map(), orphaned: new Map() }, flashcards, now);
  return buildQueue({ cards, logs: [], settings: DEFAULT_SETTINGS, now });
}
