// The home page's "Aujourd'hui" card as plain markup. Rendered twice: prerendered with dashes while
// the study store loads, then with the student's figures, at the same size so nothing shifts.
import Link from "next/link";
import type { ReactNode } from "react";

export interface SummaryFigures {
  due: number;
  fresh: number;
  done: number;
  streak: number;
}

function Figure({ label, value, testId }: { label: string; value: number | null; testId: string }) {
  return (
    <div className="rounded-xl bg-bg p-3 text-center">
      <dd className="text-2xl font-bold" data-testid={value === null ? undefined : testId}>
        {value ?? "–"}
      </dd>
      <dt className="text-xs text-muted">{label}</dt>
    </div>
  );
}

interface Props {
  figures: SummaryFigures | null;
  /** Shown instead of the « Réviser » button when nothing is due. */
  nothingDue?: ReactNode;
  notice?: ReactNode;
}

export default function SummaryView({ figures, nothingDue, notice }: Props) {
  return (
    <section aria-labelledby="today" className="space-y-3 rounded-2xl border border-line bg-surface p-4">
      {notice}
      <h2 id="today" className="text-lg font-semibold">
        Aujourd’hui
      </h2>
      <dl className="grid grid-cols-2 gap-2 min-[400px]:grid-cols-4">
        <Figure label="à réviser" value={figures?.due ?? null} testId="due-count" />
        <Figure label="nouvelles" value={figures?.fresh ?? null} testId="new-count" />
        <Figure label="vues aujourd’hui" value={figures?.done ?? null} testId="done-count" />
        <Figure label={figures && figures.streak > 1 ? "jours de suite" : "jour de suite"} value={figures?.streak ?? null} testId="streak" />
      </dl>
      {nothingDue}
      <div className={nothingDue ? "" : "grid grid-cols-2 gap-2"}>
        {!nothingDue && (
          <Link prefetch={false} href="/reviser/" className="flex min-h-12 items-center justify-center rounded-xl bg-brand font-semibold text-brand-ink">
            Réviser
          </Link>
        )}
        <Link prefetch={false} href="/entrainement/" className="flex min-h-12 items-center justify-center rounded-xl border-2 border-brand font-semibold text-brand">
          Entraînement
        </Link>
      </div>
    </section>
  );
}
