"use client";
// The student's day on the home page: due now, new available, reviewed today, streak, and a
// "Réviser" button — or, when nothing is due, when the next review comes.
import { cardsStudiedToday, studyStreak } from "@/lib/study/stats";
import { formatWhen } from "./formatWhen";
import StorageNotice from "./StorageNotice";
import { useBootStudyStore, useCatalog, useStudy } from "./studyStore";
import SummaryView from "./SummaryView";
import { useClock, useTodayQueue } from "./useTodayQueue";

export default function StudySummary() {
  useBootStudyStore();
  const catalog = useCatalog();
  const { now } = useClock();
  const queue = useTodayQueue(now);
  const streak = useStudy((s) => studyStreak(s.logs, now));
  const done = useStudy((s) => cardsStudiedToday(s.logs, now));
  if (!catalog) return <SummaryView figures={null} />;
  const nothingDue = queue.cardIds.length === 0 && (
    <p data-testid="next-review" className="min-h-12">
      Rien à réviser pour l’instant.{" "}
      {queue.nextDueAt !== null && `Prochaine révision ${formatWhen(queue.nextDueAt, now)}.`}
    </p>
  );
  return (
    <SummaryView
      notice={<StorageNotice />}
      figures={{ due: queue.dueCount + queue.priorityCount, fresh: queue.newCount, done, streak }}
      nothingDue={nothingDue || undefined}
    />
  );
}
