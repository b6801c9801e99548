"use client";
// The quiz exactly as students will see it, one question at a time (answering here rates nothing).
import { useState } from "react";
import type { Catalog } from "@/lib/content/catalog";
import type { Question } from "@/lib/generate/types";
import QuestionCard from "../question/QuestionCard";

interface Props {
  questions: Question[];
  catalog: Catalog;
  deckId: string;
}

const ignore = () => {};

export default function QuizPreview({ questions, catalog, deckId }: Props) {
  const [index, setIndex] = useState(0);
  const [round, setRound] = useState(0);
  const at = Math.min(index, questions.length - 1);
  if (questions.length === 0) return <p className="text-bad">Aucune question possible avec ces réglages.</p>;
  const question = questions[at];
  const go = (i: number) => {
    setIndex((i + questions.length) % questions.length);
    setRound((n) => n + 1);
  };
  return (
    <div className="space-y-3" data-testid="quiz-preview">
      <div className="flex items-center justify-between gap-2">
        <button type="button" onClick={() => go(at - 1)} className="min-h-11 rounded-xl border-2 border-line bg-surface px-3 text-sm font-semibold">
          ← Précédente
        </button>
        <p className="text-sm font-medium text-muted" aria-live="polite">
          Question {at + 1} sur {questions.length}
        </p>
        <button type="button" onClick={() => go(at + 1)} className="min-h-11 rounded-xl border-2 border-line bg-surface px-3 text-sm font-semibold">
          Suivante →
        </button>
      </div>
      <div className="rounded-2xl border-2 border-dashed border-line p-3">
        <QuestionCard
          key={`${question.id}#${round}`}
          question={question}
          fact={catalog.factsById.get(question.factId)}
          deckId={deckId}
          checkOptions={catalog.checkOptions.get(deckId)}
          nextLabel="Question suivante"
          onAnswered={ignore}
          onNext={() => go(at + 1)}
        />
      </div>
    </div>
  );
}
