"use client";
// « Mon contrôle » over the store: the pace every queue follows while a test date is set (new cards a
// day from lib/study/testPlan), and the full plan with its predictions for home. A plan past its date
// ends by itself: the settings' own pace comes back.
import { useMemo } from "react";
import type { CardCatalog } from "@/lib/content/catalog";
import type { StudySettings } from "@/lib/study/settings";
import { planPace, testPlan, type TestPlan } from "@/lib/study/testPlan";
import { factIdOf, type CardMap, type StudyCard } from "@/lib/study/types";
import { useCardCatalog, useStudy, useSuspended } from "./studyStore";

/** A deck's cards that are not suspended. */
export function deckCards(cards: CardMap, catalog: CardCatalog, deckId: string, suspended: ReadonlySet<string>): StudyCard[] {
  const out: StudyCard[] = [];
  for (const card of cards.values()) if (!suspended.has(card.id) && catalog.deckOfFact.get(factIdOf(card.id)) === deckId) out.push(card);
  return out;
}

/**
 * The settings today's queue uses at `at`: with a test date set and not past, the plan's new cards a
 * day (the largest when several decks have one), else the student's settings.
 */
export function usePlannedSettings(at: number): StudySettings {
  const catalog = useCardCatalog();
  const cards = useStudy((s) => s.cards);
  const logs = useStudy((s) => s.logs);
  const settings = useStudy((s) => s.settings);
  const testDates = useStudy((s) => s.prefs.testDates);
  const suspended = useSuspended();
  return useMemo(() => {
    if (!catalog) return settings;
    let newPerDay: number | null = null;
    for (const [deckId, testDay] of Object.entries(testDates)) {
      const pace = planPace({ cards: deckCards(cards, catalog, deckId, suspended), logs, settings, testDay, now: at });
      if (pace.phase !== "over") newPerDay = Math.max(newPerDay ?? 0, pace.newPerDay);
    }
    return newPerDay === null ? settings : { ...settings, newPerDay };
  }, [catalog, cards, logs, settings, testDates, suspended, at]);
}

/** A deck's test plan at `at` (recomputed when the cards, the date or the minute change), or null without a date. */
export function useTestPlan(deckId: string, at: number): TestPlan | null {
  const catalog = useCardCatalog();
  const cards = useStudy((s) => s.cards);
  const logs = useStudy((s) => s.logs);
  const settings = useStudy((s) => s.settings);
  const testDay = useStudy((s) => s.prefs.testDates[deckId] ?? null);
  const suspended = useSuspended();
  const minute = Math.floor(at / 60_000) * 60_000;
  return useMemo(
    () => (catalog && testDay ? testPlan({ cards: deckCards(cards, catalog, deckId, suspended), logs, settings, testDay, now: minute }) : null),
    [catalog, cards, logs, settings, testDay, suspended, deckId, minute],
  );
}
