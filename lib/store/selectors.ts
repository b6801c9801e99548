/**
 * Selectors for the screens. Those that depend on time take `now`; `createQueueSelector` memoises
 * today's queue on the state pieces it reads and the minute, so components can call it on each render.
 */
import { buildQueue, type StudyQueue } from "@/lib/study/queue";
import { cardsByState, dueNow, reviewedToday } from "@/lib/study/stats";
import { MINUTE_MS, toMs, type Now } from "@/lib/study/types";
import type { StudyStoreState } from "./slices/types";

/** Number of cards (not orphaned). */
export const selectCardCount = (s: StudyStoreState): number => s.cards.size;
/** The storage problem to show, or null. */
export const selectStorageIssue = (s: StudyStoreState) => s.storageIssue;
/** Whether undo is possible. */
export const selectCanUndo = (s: StudyStoreState): boolean => s.undoDepth > 0;
/** Cards by state. */
export const selectCardsByState = (s: StudyStoreState) => cardsByState(s.cards);
/** Reviews done today. */
export const selectReviewedToday = (s: StudyStoreState, now: Now): number => reviewedToday(s.logs, now);
/** Studied cards due now, before limits. */
export const selectDueNow = (s: StudyStoreState, now: Now): number => dueNow(s.cards, now);

/**
 * A memoised "today's queue" selector: recomputed when cards, logs, settings or priority change, or
 * when the minute changes.
 *
 * @example
 * const selectQueue = createQueueSelector();
 * const queue = selectQueue(store.getState(), Date.now());
 */
export function createQueueSelector(): (s: StudyStoreState, now: Now) => StudyQueue {
  let last: { s: Pick<StudyStoreState, "cards" | "logs" | "settings" | "priority">; minute: number; queue: StudyQueue } | null = null;
  return (s, now) => {
    const minute = Math.floor(toMs(now) / MINUTE_MS);
    if (last && last.minute === minute && last.s.cards === s.cards && last.s.logs === s.logs && last.s.settings === s.settings && last.s.priority === s.priority) {
      return last.queue;
    }
    const queue = buildQueue({ cards: s.cards, logs: s.logs, settings: s.settings, priority: s.priority, now });
    last = { s: { cards: s.cards, logs: s.logs, settings: s.settings, priority: s.priority }, minute, queue };
    return queue;
  };
}
