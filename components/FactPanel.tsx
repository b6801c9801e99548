"use client";
// A fact's card shown over the article: question, answer, statement, explanation, warning and the
// student's memory of it (loaded on demand with the study store).
import { useEffect, useRef } from "react";
import type { PanelFact } from "./articleView";
import ExplanationNote from "./content/ExplanationNote";
import FactMemory from "./study/FactMemoryLazy";

export default function FactPanel({ fact, onClose }: { fact: PanelFact; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, [fact]);

  return (
    <dialog
      ref={dialog}
      aria-labelledby="fact-title"
      onClose={onClose}
      className="m-auto w-[min(36rem,calc(100%-2rem))] rounded-2xl border border-line bg-surface p-5 text-ink backdrop:bg-black/50"
    >
      <h2 id="fact-title" className="text-lg font-semibold">
        {fact.prompt}
      </h2>
      <p className="mt-2 text-xl font-bold text-brand">{fact.answer}</p>
      <p className="mt-2">{fact.statement}</p>
      {fact.explanation && <ExplanationNote text={fact.explanation} source={fact.explanationSource} className="mt-2 text-sm text-muted" />}
      {fact.flagged && (
        <p className="mt-2 rounded-lg bg-warn-bg p-2 text-sm text-warn-ink">
          <strong>Attention :</strong> {fact.flagged}
        </p>
      )}
      <FactMemory factId={fact.id} />
      <form method="dialog" className="mt-4 text-right">
        <button type="submit" className="min-h-11 rounded-lg bg-brand px-5 font-semibold text-brand-ink">
          Fermer
        </button>
      </form>
    </dialog>
  );
}
