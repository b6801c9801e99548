"use client";
// « Mon contrôle » on home: the test date of a deck, chosen in one step (a date field), and the plan
// to it (lib/study/testPlan): new cards and minutes a day, the share the student will remember, and on
// the eve and the day « Réviser pour le contrôle » (practice on the weakest facts first). Past its
// date the plan ends by itself and the field offers the next one.
import Link from "next/link";
import { useId } from "react";
import { studyDayKey, studyDayStartOffset } from "@/lib/study/studyDay";
import { studyStore, useStudy } from "../study/studyStore";
import { useTestPlan } from "../study/useTestPlan";
import { countdownText, forecastText, paceText, scheduleText, testDayLabel } from "./testPlanText";

interface Props {
  deckId: string;
  deckTitle: string;
  now: number;
  /** Several decks: each card names its deck. */
  named: boolean;
}

export default function TestPlanCard({ deckId, deckTitle, now, named }: Props) {
  const id = useId();
  const testDay = useStudy((s) => s.prefs.testDates[deckId] ?? "");
  const newPerDay = useStudy((s) => s.settings.newPerDay);
  const plan = useTestPlan(deckId, now);
  const active = plan && plan.phase !== "over" ? plan : null;
  const setDay = (day: string | null) => studyStore().getState().setTestDate(deckId, day);
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-3 rounded-2xl border border-line bg-surface p-4" data-testid="test-plan">
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        Mon contrôle{named ? ` · ${deckTitle}` : ""}
      </h2>
      {active ? (
        <div className="space-y-2" role="status">
          <p className="font-semibold" data-testid="plan-countdown">
            {countdownText(active)} ({testDayLabel(active.testDay)})
          </p>
          <p data-testid="plan-pace">{paceText(active)}</p>
          <p data-testid="plan-forecast" data-share={active.predicted.plan.toFixed(4)}>
            {forecastText(active)}
          </p>
          {active.phase === "plan" && <p className="text-sm text-muted">{scheduleText(active, newPerDay)}</p>}
        </div>
      ) : plan ? (
        <p role="status">Ton contrôle du {testDayLabel(plan.testDay)} est passé : les révisions reprennent leur rythme normal.</p>
      ) : (
        <p className="text-sm text-muted">Un contrôle bientôt ? Choisis sa date : l’app te dit combien de cartes voir chaque jour.</p>
      )}
      {active && (active.phase === "final" || active.tooClose) && (
        <Link prefetch={false} href={`/entrainement/?controle=${deckId}`} className="flex min-h-12 items-center justify-center rounded-xl bg-brand font-semibold text-brand-ink">
          Réviser pour le contrôle
        </Link>
      )}
      <div className="flex flex-wrap items-end gap-2">
        <label htmlFor={`${id}-date`} className="min-w-0 flex-1 space-y-1 text-sm font-medium">
          <span className="block">Date du contrôle</span>
          <input
            id={`${id}-date`}
            type="date"
            lang="fr"
            min={studyDayKey(studyDayStartOffset(now, 1))}
            value={active ? testDay : ""}
            onChange={(e) => e.target.value && setDay(e.target.value)}
            className="min-h-11 w-full rounded-xl border-2 border-line bg-bg px-2"
          />
        </label>
        {active && (
          <button type="button" onClick={() => setDay(null)} className="min-h-11 rounded-xl border-2 border-line px-3 font-medium">
            Retirer la date
          </button>
        )}
      </div>
    </section>
  );
}
