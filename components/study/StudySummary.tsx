"use client";
// The student's day on the home page: the first-visit explanation, due now, new available, cards seen
// today, streak, and the « Réviser » button — or, when nothing is due, when the next review comes —
// beside « Entraînement », always there; then each deck's « Mon contrôle ».
import { dueCountOf } from "@/lib/study/queue";
import { cardsStudiedToday, studyStreak } from "@/lib/study/stats";
import TestPlanCard from "../home/TestPlanCard";
import WelcomeCard from "../home/WelcomeCard";
import { formatWhen } from "./formatWhen";
import StorageNotice from "./StorageNotice";
import { studyStore, useBootStudyStore, useCardCatalog, useStudy } from "./studyStore";
import SummaryView from "./SummaryView";
import { useClock, useTodayQueue } from "./useTodayQueue";

export default function StudySummary() {
  useBootStudyStore();
  const catalog = useCardCatalog();
  const { now } = useClock();
  const queue = useTodayQueue(now);
  const streak = useStudy((s) => studyStreak(s.logs, now));
  const done = useStudy((s) => cardsStudiedToday(s.logs, now));
  const welcomed = useStudy((s) => s.prefs.welcomeDismissed);
  // Prerendered for every visitor; the service worker leaves it out of the page once it was closed.
  const welcome = !welcomed && <WelcomeCard onClose={() => studyStore().getState().dismissWelcome()} />;
  if (!catalog) return <SummaryView figures={null} notice={welcome || undefined} />;
  const nothingDue = queue.cardIds.length === 0 && (
    <p data-testid="next-review" className="min-h-12">
      Rien à réviser pour l’instant.{" "}
      {queue.nextDueAt !== null && `Prochaine révision ${formatWhen(queue.nextDueAt, now)}.`}
    </p>
  );
  return (
    <>
      <SummaryView
        notice={
          <>
            <StorageNotice />
            {welcome}
          </>
        }
        figures={{ due: dueCountOf(queue), fresh: queue.newCount, done, streak }}
        nothingDue={nothingDue || undefined}
      />
      {catalog.decks.map((d) => (
        <TestPlanCard key={d.meta.id} deckId={d.meta.id} deckTitle={d.meta.title} now={now} named={catalog.decks.length > 1} />
      ))}
    </>
  );
}
