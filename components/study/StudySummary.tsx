"use client";
// The student's day on the home page: due now, new available, reviewed today, streak, and a
// "Réviser" button — or, when nothing is due, when the next review comes.
import Link from "next/link";
import { useMemo, useState } from "react";
import { createQueueSelector } from "@/lib/store";
import { studyStreak } from "@/lib/study/stats";
import { formatWhen } from "./formatWhen";
import StorageNotice from "./StorageNotice";
import { useBootStudyStore, useCatalog, useStudy } from "./studyStore";

function Figure({ label, value, testId }: { label: string; value: number; testId: string }) {
  return (
    <div className="rounded-xl bg-bg p-3 text-center">
      <dd className="text-2xl font-bold" data-testid={testId}>
        {value}
      </dd>
      <dt className="text-xs text-muted">{label}</dt>
    </div>
  );
}

export default function StudySummary() {
  useBootStudyStore();
  const catalog = useCatalog();
  const selectQueue = useMemo(() => createQueueSelector(), []);
  const [now] = useState(() => Date.now());
  const queue = useStudy((s) => selectQueue(s, now));
  const streak = useStudy((s) => studyStreak(s.logs, now));
  if (!catalog) return <p role="status">Chargement de tes révisions…</p>;
  const nothingDue = queue.cardIds.length === 0;
  return (
    <section aria-labelledby="today" className="space-y-3 rounded-2xl border border-line bg-surface p-4">
      <StorageNotice />
      <h2 id="today" className="text-lg font-semibold">
        Aujourd’hui
      </h2>
      <dl className="grid grid-cols-4 gap-2">
        <Figure label="à réviser" value={queue.dueCount + queue.priorityCount} testId="due-count" />
        <Figure label="nouvelles" value={queue.newCount} testId="new-count" />
        <Figure label="faites" value={queue.reviewsToday + queue.newToday} testId="done-count" />
        <Figure label={streak > 1 ? "jours de suite" : "jour de suite"} value={streak} testId="streak" />
      </dl>
      {nothingDue ? (
        <p data-testid="next-review">
          Rien à réviser pour l’instant.{" "}
          {queue.nextDueAt !== null && `Prochaine révision ${formatWhen(queue.nextDueAt, now)}.`}
        </p>
      ) : (
        <div className="grid grid-cols-2 gap-2">
          <Link href="/reviser/" className="flex min-h-12 items-center justify-center rounded-xl bg-brand font-semibold text-brand-ink">
            Réviser
          </Link>
          <Link href="/entrainement/" className="flex min-h-12 items-center justify-center rounded-xl border-2 border-brand font-semibold text-brand">
            Entraînement
          </Link>
        </div>
      )}
    </section>
  );
}
