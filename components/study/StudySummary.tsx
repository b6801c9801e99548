"use client";
// The student's day on the home page: due now, new available, reviewed today, streak, and a
// "Réviser" button — or, when nothing is due, when the next review comes.
import { useMemo, useState } from "react";
import { createQueueSelector } from "@/lib/store";
import { studyStreak } from "@/lib/study/stats";
import { formatWhen } from "./formatWhen";
import StorageNotice from "./StorageNotice";
import { useBootStudyStore, useCatalog, useStudy } from "./studyStore";
import SummaryView from "./SummaryView";

export default function StudySummary() {
  useBootStudyStore();
  const catalog = useCatalog();
  const selectQueue = useMemo(() => createQueueSelector(), []);
  const [now] = useState(() => Date.now());
  const queue = useStudy((s) => selectQueue(s, now));
  const streak = useStudy((s) => studyStreak(s.logs, now));
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
      figures={{ due: queue.dueCount + queue.priorityCount, fresh: queue.newCount, done: queue.reviewsToday + queue.newToday, streak }}
      nothingDue={nothingDue || undefined}
    />
  );
}
