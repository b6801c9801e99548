"use client";
// Shown after an answer in a test whose corrections come at the end: the answer is kept, nothing says
// whether it is right, and the "next" button takes focus so Enter moves on.
import { useEffect, useRef } from "react";

interface Props {
  nextLabel: string;
  onNext: () => void;
}

export default function AnswerRecorded({ nextLabel, onNext }: Props) {
  const next = useRef<HTMLButtonElement>(null);
  useEffect(() => next.current?.focus(), []);
  return (
    <section aria-live="polite" data-testid="answer-recorded" className="space-y-2 rounded-2xl border-2 border-line bg-surface p-4">
      <h2 className="text-lg font-bold">Réponse enregistrée</h2>
      <p className="text-sm text-muted">La correction sera donnée à la fin du quiz.</p>
      <div className="flex justify-end pt-2">
        <button ref={next} type="button" onClick={onNext} className="min-h-12 rounded-xl bg-brand px-6 font-semibold text-brand-ink">
          {nextLabel}
        </button>
      </div>
    </section>
  );
}
