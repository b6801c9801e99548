"use client";
// Today's study queue over the store, and a clock that moves: screens re-read the queue as time passes
// (learning cards fall due while the screen is open) instead of freezing the minute they opened.
import { useCallback, useEffect, useMemo, useState } from "react";
import { buildQueue, type StudyQueue } from "@/lib/study/queue";
import { useStudy, useSuspended } from "./studyStore";
import { usePlannedQueue } from "./useTestPlan";

/** How often the screens' clock ticks. */
export const CLOCK_TICK_MS = 10_000;

/** The current time, re-read every `CLOCK_TICK_MS`; `touch()` re-reads it at once (after a rating). */
export function useClock(): { now: number; touch: () => void } {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), CLOCK_TICK_MS);
    return () => window.clearInterval(timer);
  }, []);
  const touch = useCallback(() => setNow(Date.now()), []);
  return { now, touch };
}

export { useSuspended } from "./studyStore";

/** Today's queue at `at` (not memoised by the minute: the screen decides when time moves), at a test plan's pace when there is one. */
export function useTodayQueue(at: number): StudyQueue {
  const cards = useStudy((s) => s.cards);
  const logs = useStudy((s) => s.logs);
  const { settings, buryNewSiblings } = usePlannedQueue(at);
  const priority = useStudy((s) => s.priority);
  const suspended = useSuspended();
  return useMemo(() => buildQueue({ cards, logs, settings, priority, suspended, now: at, buryNewSiblings }), [cards, logs, settings, priority, suspended, at, buryNewSiblings]);
}
