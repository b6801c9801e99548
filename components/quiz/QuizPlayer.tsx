"use client";
// /quiz/play/: plays the quiz carried by the URL fragment (a teacher's link or the student's own setup).
// The link is decoded before the study store is even loaded, so a refused link touches nothing stored;
// a valid one shows its title, then the questions, then the score.
import { useCallback, useEffect, useState } from "react";
import type { Catalog } from "@/lib/content/catalog";
import { correctionMode, quizId } from "@/lib/share/quizSpec";
import { bootStudyStore, schedulerReady, studyStore } from "../study/studyStore";
import LinkProblem from "./LinkProblem";
import type { NoQuizMessage, PreparedQuiz } from "./prepareQuizLink";
import { deferred } from "../deferred";
import type { QuizOutcome } from "./QuizRun";
import { formatDuration } from "@/lib/quiz/clock";
import { useLinkedQuiz } from "./useLinkedQuiz";
import { useFragment } from "./useFragment";

// The questions and the end screen load after the intro is on screen (prefetched below).
// Answers rate cards: the questions load with the scheduler.
const loadQuizRun = () => Promise.all([import("./QuizRun"), schedulerReady()]).then(([run]) => run);
const loadQuizEnd = () => import("./QuizEnd");
const QuizRun = deferred(loadQuizRun);
const QuizEnd = deferred(loadQuizEnd);

const NO_QUIZ: NoQuizMessage = {
  title: "Aucun quiz à lancer",
  message: "Cette adresse ne contient pas de quiz. Choisis un quiz, ou ouvre le lien envoyé par ton professeur.",
};

function QuizFromLink({ prepared, catalog }: { prepared: PreparedQuiz; catalog: Catalog }) {
  const [phase, setPhase] = useState<"intro" | "run" | "end">("intro");
  const [round, setRound] = useState(0);
  const [outcome, setOutcome] = useState<QuizOutcome | null>(null);
  const valid = prepared.ok;
  // Only a quiz that will be played loads the student's memory (answers rate their cards), and the
  // code of its questions and end screen, so that each is there when needed (offline too).
  useEffect(() => {
    if (!valid) return;
    bootStudyStore();
    void loadQuizRun().then(loadQuizEnd);
  }, [valid]);

  const onFinish = useCallback(
    (result: QuizOutcome) => {
      if (!prepared.ok) return;
      studyStore()
        .getState()
        .recordQuiz({
          at: Date.now(),
          quizId: quizId(prepared.spec),
          title: prepared.spec.title,
          score: result.score.score,
          total: result.score.total,
          timeSec: result.timeSec,
          link: prepared.payload,
        });
      setOutcome(result);
      setPhase("end");
    },
    [prepared],
  );

  if (!prepared.ok) return <LinkProblem title={prepared.title} message={prepared.message} other={{ href: "/quiz/", label: "Choisir un quiz" }} />;
  const { spec, questions } = prepared;
  if (phase === "end" && outcome) {
    return (
      <QuizEnd
        outcome={outcome}
        questions={questions}
        corrections={correctionMode(spec)}
        quizId={quizId(spec)}
        deckId={spec.deckId}
        catalog={catalog}
        onRestart={() => {
          setRound((n) => n + 1);
          setPhase("run");
        }}
      />
    );
  }
  if (phase === "run") {
    return (
      <QuizRun
        key={round}
        questions={questions}
        catalog={catalog}
        deckId={spec.deckId}
        timeLimitSec={spec.timeLimitSec}
        corrections={correctionMode(spec)}
        onFinish={onFinish}
      />
    );
  }
  return (
    <section aria-labelledby="quiz-title" className="space-y-4 rounded-2xl border border-line bg-surface p-5">
      <h2 id="quiz-title" className="text-xl font-bold break-words" data-testid="quiz-title">
        {spec.title || "Quiz libre"}
      </h2>
      <ul className="list-inside list-disc text-muted">
        <li>
          {questions.length} question{questions.length > 1 ? "s" : ""}
        </li>
        <li>{spec.timeLimitSec > 0 ? `Temps limité : ${formatDuration(spec.timeLimitSec)}` : "Pas de limite de temps"}</li>
        <li data-testid="quiz-corrections">
          {correctionMode(spec) === "end" ? "Mode contrôle : la correction est donnée à la fin, pas après chaque question." : "La correction est donnée après chaque question."}
        </li>
        <li>Tes réponses mettent aussi à jour tes révisions.</li>
      </ul>
      <button
        type="button"
        // Autofocus is expected: opening a quiz link means wanting to start it.
        // eslint-disable-next-line jsx-a11y/no-autofocus
        autoFocus
        onClick={() => setPhase("run")}
        className="min-h-12 w-full rounded-xl bg-brand font-semibold text-brand-ink"
      >
        Commencer
      </button>
    </section>
  );
}

export default function QuizPlayer() {
  const fragment = useFragment();
  const quiz = useLinkedQuiz(fragment, NO_QUIZ);
  if (fragment === null || !quiz) return <p role="status">Chargement du quiz…</p>;
  return <QuizFromLink key={fragment} prepared={quiz.prepared} catalog={quiz.catalog} />;
}
