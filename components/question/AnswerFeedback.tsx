"use client";
// Shown right after an answer: right or wrong, the correct answer, the fact's statement and a link
// to its paragraph in the article. The "next" button takes focus so Enter moves on.
import Link from "next/link";
import { useEffect, useRef } from "react";
import type { Grade } from "@/lib/answer/grade";

interface Props {
  grade: Grade;
  statement?: string;
  explanation?: string;
  articleHref: string;
  nextLabel: string;
  onNext: () => void;
}

const TITLES = { correct: "Bonne réponse", close: "Presque : c’est compté juste", wrong: "Pas tout à fait" } as const;

export default function AnswerFeedback({ grade, statement, explanation, articleHref, nextLabel, onNext }: Props) {
  const next = useRef<HTMLButtonElement>(null);
  useEffect(() => next.current?.focus(), []);
  const good = grade.verdict !== "wrong";
  return (
    <section
      aria-live="polite"
      data-testid="feedback"
      data-verdict={grade.verdict}
      className={`space-y-2 rounded-2xl border-2 p-4 ${good ? "border-good" : "border-bad"} bg-surface`}
    >
      <h2 className={`text-lg font-bold ${good ? "text-good" : "text-bad"}`}>{TITLES[grade.verdict]}</h2>
      {grade.note && <p className="text-sm">{grade.note}</p>}
      <p>
        Réponse attendue : <strong>{grade.expected}</strong>
      </p>
      {statement && <p className="text-sm">{statement}</p>}
      {explanation && <p className="text-sm text-muted">{explanation}</p>}
      <div className="flex flex-wrap items-center justify-between gap-3 pt-2">
        <Link prefetch={false} href={articleHref} className="font-medium text-brand underline">
          Voir dans l’article
        </Link>
        <button ref={next} type="button" onClick={onNext} className="min-h-12 rounded-xl bg-brand px-6 font-semibold text-brand-ink">
          {nextLabel}
        </button>
      </div>
    </section>
  );
}
