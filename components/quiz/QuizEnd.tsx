"use client";
// The end of a quiz: score and time, the facts missed (with their statement and paragraph), "Réviser
// ces fiches" which puts them first in the study queue, and sending the result to the teacher.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import type { Catalog } from "@/lib/content/catalog";
import { formatDuration } from "@/lib/quiz";
import { studyStore } from "../study/studyStore";
import type { QuizOutcome } from "./QuizRun";
import SendResult from "./SendResult";

interface Props {
  outcome: QuizOutcome;
  quizId: string;
  deckId: string;
  catalog: Catalog;
  onRestart: () => void;
}

export default function QuizEnd({ outcome, quizId, deckId, catalog, onRestart }: Props) {
  const router = useRouter();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { score, timeSec, timedOut } = outcome;
  const missed = score.missedFactIds.map((id) => catalog.factsById.get(id)).filter((f) => f !== undefined);

  const reviewMissed = () => {
    studyStore()
      .getState()
      .prioritize(missed.map((f) => `${f.id}:forward`));
    router.push("/reviser/");
  };

  return (
    <div className="space-y-6">
      <section aria-labelledby="quiz-score" className="space-y-2 rounded-2xl border border-line bg-surface p-5 text-center">
        <h2 id="quiz-score" ref={heading} tabIndex={-1} className="text-lg font-semibold outline-none">
          Ton score
        </h2>
        <p className="text-4xl font-bold" data-testid="quiz-score">
          {score.score} / {score.total}
        </p>
        <p className="text-muted">
          Temps : <span data-testid="quiz-time">{formatDuration(timeSec)}</span>
        </p>
        {timedOut && <p className="font-medium text-bad">Temps écoulé : les questions sans réponse comptent comme fausses.</p>}
      </section>

      <section aria-labelledby="quiz-missed" className="space-y-3">
        <h2 id="quiz-missed" className="text-lg font-semibold">
          {missed.length === 0 ? "Aucune erreur, bravo !" : `À revoir (${missed.length})`}
        </h2>
        {missed.length > 0 && (
          <>
            <ul className="space-y-2" data-testid="missed-facts">
              {missed.map((fact) => (
                <li key={fact.id} className="space-y-1 rounded-xl border border-line bg-surface p-3">
                  <p className="font-semibold">{fact.label}</p>
                  <p className="text-sm">{fact.statement}</p>
                  <Link prefetch={false} href={`/article/${catalog.deckOfFact.get(fact.id) ?? deckId}/#p-${fact.source.paragraph}`} className="text-sm font-medium text-brand underline">
                    Voir dans l’article
                  </Link>
                </li>
              ))}
            </ul>
            <button type="button" onClick={reviewMissed} className="min-h-12 w-full rounded-xl bg-brand font-semibold text-brand-ink">
              Réviser ces fiches
            </button>
          </>
        )}
      </section>

      <SendResult quizId={quizId} answers={score.answers} totalTimeSec={timeSec} />

      <div className="grid grid-cols-2 gap-2">
        <button type="button" onClick={onRestart} className="min-h-11 rounded-xl border-2 border-line bg-surface px-3 font-semibold">
          Refaire ce quiz
        </button>
        <Link prefetch={false} href="/quiz/" className="flex min-h-11 items-center justify-center rounded-xl border-2 border-line bg-surface px-3 font-semibold">
          Nouveau quiz
        </Link>
      </div>
    </div>
  );
}
