"use client";
// The end of a quiz: score and time, the correction of every question (open in a test with corrections
// at the end, where it is the first the student learns of right and wrong; folded away otherwise, after
// the facts missed), "Réviser ces fiches" which puts the missed facts first in the study queue, and
// sending the result — with the questions reported — to the teacher.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import type { Catalog } from "@/lib/content/catalog";
import type { Question } from "@/lib/generate/types";
import { formatDuration } from "@/lib/quiz/clock";
import type { CorrectionMode } from "@/lib/share/quizSpec";
import { studyStore } from "../study/studyStore";
import QuizCorrection from "./QuizCorrection";
import type { QuizOutcome } from "./QuizRun";
import SendResult from "./SendResult";

interface Props {
  outcome: QuizOutcome;
  questions: readonly Question[];
  corrections: CorrectionMode;
  quizId: string;
  deckId: string;
  catalog: Catalog;
  onRestart: () => void;
}

export default function QuizEnd({ outcome, questions, corrections, quizId, deckId, catalog, onRestart }: Props) {
  const [reports, setReports] = useState<ReadonlyMap<number, string>>(new Map());
  const report = (index: number, reason: string | null) =>
    setReports((current) => {
      const next = new Map(current);
      if (reason === null) next.delete(index);
      else next.set(index, reason);
      return next;
    });
  const router = useRouter();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { score, timeSec, timedOut } = outcome;
  const missed = score.missedFactIds.map((id) => catalog.factsById.get(id)).filter((f) => f !== undefined);

  const correction = <QuizCorrection questions={questions} records={outcome.records} catalog={catalog} deckId={deckId} reports={reports} onReport={report} />;

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

      {corrections === "end" && (
        <section aria-labelledby="quiz-correction" className="space-y-3">
          <h2 id="quiz-correction" className="text-lg font-semibold">
            Correction
          </h2>
          {correction}
        </section>
      )}

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

      {corrections === "each" && (
        <details className="rounded-2xl border border-line bg-surface p-3">
          <summary className="flex min-h-11 cursor-pointer items-center font-semibold">Revoir toutes les questions (et en signaler une)</summary>
          <div className="pt-2">{correction}</div>
        </details>
      )}

      <SendResult
        quizId={quizId}
        answers={score.answers}
        wrong={score.wrong}
        reports={[...reports].sort((a, b) => a[0] - b[0]).map(([question, reason]) => ({ question, reason }))}
        totalTimeSec={timeSec}
      />

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
