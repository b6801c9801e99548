"use client";
// « Mon contrôle » over the store: the pace every queue follows while a test date is set (new cards a
// day from lib/study/testPlan), and the full plan with its predictions for home. A plan past its date
// ends by itself: the settings' own pace comes back.
import { useMemo } from "react";
import type { CardCatalog } from "@/lib/content/catalog";
import type { StudySettings } from "@/lib/study/settings";
import { planPace, testPlan, type TestPlan } from "@/lib/study/testPlan";
import { factIdOf, type CardMap, type StudyCard } from "@/lib/study/types";
import { useCardCatalog, useScheduler, useStudy, useSuspended } from "./studyStore";

/** A deck's cards that are not suspended. */
export function deckCards(cards: CardMap, catalog: CardCatalog, deckId: string, suspended: ReadonlySet<string>): StudyCard[] {
  const out: StudyCard[] = [];
  for (const card of cards.values()) if (!suspended.has(card.id) && catalog.deckOfFact.get(factIdOf(card.id)) === deckId) out.push(card);
  return out;
}

/**
 * What today's queue follows at `at`: with a test date set and not past, the plan's new cards a day
 * (the largest when several decks have one) and, on its last day for new cards, no burying of new
 * siblings; else the student's settings.
 */
export function usePlannedQueue(at: number): { settings: StudySettings; buryNewSiblings: boolean } {
  const catalog = useCardCatalog();
  const cards = useStudy((s) => s.cards);
  const logs = useStudy((s) => s.logs);
  const settings = useStudy((s) => s.settings);
  const testDates = useStudy((s) => s.prefs.testDates);
  const suspended = useSuspended();
  return useMemo(() => {
    if (!catalog) return { settings, buryNewSiblings: true };
    let newPerDay: number | null = null;
    let buryNewSiblings = true;
    for (const [deckId, testDay] of Object.entries(testDates)) {
      const pace = planPace({ cards: deckCards(cards, catalog, deckId, suspended), logs, settings, testDay, now: at });
      if (pace.phase === "over") continue;
      newPerDay = Math.max(newPerDay ?? 0, pace.newPerDay);
      if (pace.lastNewDay) buryNewSiblings = false;
    }
    return { settings: newPerDay === null ? settings : { ...settings, newPerDay }, buryNewSiblings };
  }, [catalog, cards, logs, settings, testDates, suspended, at]);
}

/** A deck's test plan at `at` (recomputed when the cards, the date or the minute change), or null without a date. */
export function useTestPlan(deckId: string, at: number): TestPlan | null {
  const catalog = useCardCatalog();
  const scheduler = useScheduler();
  const cards = useStudy((s) => s.cards);
  const logs = useStudy((s) => s.logs);
  const settings = useStudy((s) => s.settings);
  const testDay = useStudy((s) => s.prefs.testDates[deckId] ?? null);
  const suspended = useSuspended();
  const minute = Math.floor(at / 60_000) * 60_000;
  return useMemo(
    () => (catalog && scheduler && testDay ? testPlan({ cards: deckCards(cards, catalog, deckId, suspended), logs, settings, testDay, now: minute, rateCard: scheduler.rateCard }) : null),
    [catalog, scheduler, cards, logs, settings, testDay, suspended, deckId, minute],
  );
}
