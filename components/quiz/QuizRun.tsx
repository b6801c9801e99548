"use client";
// Playing a quiz: one question a screen, a progress bar, an optional countdown. Each answer also rates
// the facts' forward flashcards (the same verdict → rating table as practice); a match or order
// question rates each fact by its own pair or position. When time runs out, the quiz ends there. In a
// test with corrections at the end, each answer is only acknowledged (the correction comes with the score).
import { useCallback, useEffect, useRef, useState } from "react";
import type { Catalog } from "@/lib/content/catalog";
import type { Question } from "@/lib/generate/types";
import { factVerdicts } from "@/lib/quiz/verdicts";
import { remainingSeconds } from "@/lib/quiz/clock";
import { scoreQuiz, type AnswerRecord, type QuizScore } from "@/lib/quiz/session";
import type { CorrectionMode } from "@/lib/share/quizSpec";
import { ratingForVerdict } from "@/lib/study/practice";
import QuestionCard, { type Answered } from "../question/QuestionCard";
import { studyStore } from "../study/studyStore";
import Countdown from "./Countdown";
import ProgressBar from "./ProgressBar";

export interface QuizOutcome {
  score: QuizScore;
  /** What was answered, per question (`undefined`: not answered), for the correction. */
  records: (AnswerRecord | undefined)[];
  timeSec: number;
  timedOut: boolean;
}

interface Props {
  questions: Question[];
  catalog: Catalog;
  deckId: string;
  timeLimitSec: number;
  /** When the student sees whether an answer is right: after each question, or at the end. */
  corrections: CorrectionMode;
  onFinish: (outcome: QuizOutcome) => void;
}

export default function QuizRun({ questions, catalog, deckId, timeLimitSec, corrections, onFinish }: Props) {
  const [startedAt] = useState(() => Date.now());
  const [now, setNow] = useState(startedAt);
  const [index, setIndex] = useState(0);
  const [records, setRecords] = useState<(AnswerRecord | undefined)[]>([]);
  const finished = useRef(false);
  const heading = useRef<HTMLDivElement>(null);
  /** Set by « Question suivante » when the next question should take the focus. */
  const focusHeading = useRef(false);

  const finish = useCallback(
    (all: (AnswerRecord | undefined)[], timedOut: boolean) => {
      if (finished.current) return;
      finished.current = true;
      const elapsed = Math.round((Date.now() - startedAt) / 1000);
      const timeSec = timeLimitSec > 0 ? Math.min(timeLimitSec, elapsed) : elapsed;
      onFinish({ score: scoreQuiz(questions, all), records: all, timeSec, timedOut });
    },
    [questions, startedAt, timeLimitSec, onFinish],
  );

  // The first question takes focus from the "Commencer" button, which is gone (typed answers focus their field).
  useEffect(() => {
    const kind = questions[0]?.kind;
    if (kind !== "typed" && kind !== "cloze") heading.current?.focus();
  }, [questions]);

  const remaining = remainingSeconds(timeLimitSec, startedAt, now);
  useEffect(() => {
    if (timeLimitSec <= 0) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [timeLimitSec]);
  useEffect(() => {
    if (remaining === 0) finish(records, true);
  }, [remaining, records, finish]);

  const onAnswered = useCallback(
    ({ question, grade, response, durationMs }: Answered) => {
      const facts = factVerdicts(question, response, grade.verdict);
      setRecords((list) => {
        const next = [...list];
        next[index] = { verdict: grade.verdict, facts, response };
        return next;
      });
      const store = studyStore().getState();
      const at = Date.now();
      for (const fact of facts) {
        const rating = ratingForVerdict({ kind: question.kind, verdict: fact.verdict, durationMs });
        store.rate(`${fact.factId}:forward`, rating, at, durationMs);
      }
    },
    [index],
  );

  const onNext = useCallback(() => {
    if (index + 1 >= questions.length) {
      finish(records, false);
      return;
    }
    setIndex(index + 1);
    // Keyboards and screen readers start the next question from its top (typed answers focus their field).
    const kind = questions[index + 1].kind;
    focusHeading.current = kind !== "typed" && kind !== "cloze";
  }, [index, questions, records, finish]);
  // Once the next question is on screen, not a frame later: a quick answer's feedback then keeps the focus.
  useEffect(() => {
    if (!focusHeading.current) return;
    focusHeading.current = false;
    heading.current?.focus();
  }, [index]);

  const question = questions[index];
  return (
    <div className="space-y-4">
      <div className="flex items-end gap-4">
        <div className="flex-1">
          <ProgressBar current={index + 1} answered={records.filter(Boolean).length} total={questions.length} />
        </div>
        {remaining !== null && <Countdown remainingSec={remaining} />}
      </div>
      <div ref={heading} tabIndex={-1} className="rounded-lg outline-none focus-visible:outline-3">
        <QuestionCard
          key={index}
          question={question}
          fact={catalog.factsById.get(question.factId)}
          deckId={deckId}
          checkOptions={catalog.checkOptions.get(deckId)}
          nextLabel={index + 1 >= questions.length ? "Voir mon score" : "Question suivante"}
          showCorrection={corrections === "each"}
          onAnswered={onAnswered}
          onNext={onNext}
        />
      </div>
    </div>
  );
}
