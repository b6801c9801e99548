"use client";
// One question of any kind, then its feedback. Used by practice and quizzes: the parent decides
// what a verdict means (an FSRS rating, a score) through `onAnswered`, and what comes next. In a test
// whose corrections come at the end, the answer is only acknowledged: nothing says right or wrong.
import { useCallback, useEffect, useRef, useState } from "react";
import { gradeQuestion, type Grade, type Response } from "@/lib/answer/grade";
import type { CheckOptions } from "@/lib/answer/check";
import type { Fact } from "@/lib/content/schema";
import { BLANK } from "@/lib/generate/rewrite";
import type { Question } from "@/lib/generate/types";
import AnswerFeedback from "./AnswerFeedback";
import AnswerRecorded from "./AnswerRecorded";
import ChoiceList from "./ChoiceList";
import MatchBoard from "./MatchBoard";
import OrderBoard from "./OrderBoard";
import PromptText from "./PromptText";
import TypedAnswer from "./TypedAnswer";
import SpeakButton from "../study/SpeakButton";
import { KIND_NAMES } from "../quiz/KindPicker";

export interface Answered {
  question: Question;
  grade: Grade;
  response: Response;
  durationMs: number;
}

interface Props {
  question: Question;
  fact?: Fact;
  deckId: string;
  /** The deck's synonyms and answers (`catalog.checkOptions`), for typed answers. */
  checkOptions?: CheckOptions;
  nextLabel?: string;
  /** Show right or wrong and the correction after answering (false: corrections at the end). */
  showCorrection?: boolean;
  onAnswered: (answered: Answered) => void;
  onNext: () => void;
}

export default function QuestionCard({ question, fact, deckId, checkOptions, nextLabel = "Suivant", showCorrection = true, onAnswered, onNext }: Props) {
  const startedAt = useRef(0);
  useEffect(() => {
    startedAt.current = performance.now();
  }, [question.id]);
  const [grade, setGrade] = useState<Grade | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [given, setGiven] = useState<readonly string[]>([]);

  const answer = useCallback(
    (response: Response) => {
      if (grade) return;
      const result = gradeQuestion(question, response, fact, checkOptions);
      setGrade(result);
      if (typeof response === "string") setChosen(response);
      else setGiven(response);
      onAnswered({ question, grade: result, response, durationMs: Math.round(performance.now() - startedAt.current) });
    },
    [grade, question, fact, checkOptions, onAnswered],
  );

  return (
    <div className="space-y-4" data-testid="question" data-kind={question.kind} data-fact={question.factId}>
      <p className="text-sm font-medium uppercase tracking-wide text-muted">{KIND_NAMES[question.kind]}</p>
      <h2 className="text-xl font-semibold leading-snug">
        <PromptText question={question} />
      </h2>
      <SpeakButton texts={[question.prompt.replace(BLANK, "…")]} label="Écouter la question" />
      {(question.kind === "mcq" || question.kind === "true-false") && (
        <ChoiceList options={question.options} answer={question.answer} chosen={chosen} reveal={showCorrection} onChoose={answer} />
      )}
      {(question.kind === "typed" || question.kind === "cloze") && <TypedAnswer disabled={grade !== null} onSubmit={answer} />}
      {question.kind === "match" && <MatchBoard question={question} disabled={grade !== null} reveal={showCorrection} onSubmit={answer} />}
      {question.kind === "order" && <OrderBoard question={question} disabled={grade !== null} onSubmit={answer} />}
      {grade && !showCorrection && <AnswerRecorded nextLabel={nextLabel} onNext={onNext} />}
      {grade && showCorrection && (
        <AnswerFeedback
          grade={grade}
          statement={question.statement ?? fact?.statement}
          explanation={question.explanation ?? fact?.explanation}
          explanationSource={fact?.explanationSource}
          articleHref={`/article/${deckId}/#p-${question.paragraph}`}
          nextLabel={nextLabel}
          onNext={onNext}
          match={question.kind === "match" ? { pairs: question.pairs, given } : undefined}
        />
      )}
    </div>
  );
}
