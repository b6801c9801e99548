/**
 * A quiz session's bookkeeping, pure: the score at the end (unanswered questions, e.g. when time runs
 * out, count as wrong) and the facts missed. The questions of a spec are in `questions.ts` and the
 * countdown in `clock.ts`: the question screens score without loading the generator again.
 */
import type { Verdict } from "@/lib/answer/check";
import type { Question } from "@/lib/generate/types";
import type { Response } from "@/lib/answer/grade";
import type { WrongAnswer } from "@/lib/share/quizResult";
import { wrongAnswerOf } from "./given";
import { questionFactIds, type FactVerdict } from "./verdicts";

/** What is kept of one answered question. */
export interface AnswerRecord {
  verdict: Verdict;
  facts: FactVerdict[];
  /** What the student gave, for the end-of-quiz correction and the teacher's result. */
  response?: Response;
}

export interface QuizScore {
  /** Questions answered right (a "close" answer counts as right, as the feedback says). */
  score: number;
  total: number;
  /** Right or wrong per question, in quiz order: what a result link carries. */
  answers: boolean[];
  /** Facts answered wrong or left unanswered, each once, in question order. */
  missedFactIds: string[];
  /** What was given to each wrong question, in question order: what a result link carries back. */
  wrong: WrongAnswer[];
}

/**
 * Scores a session; `records[i]` is the answer to `questions[i]`, `undefined` when not answered.
 *
 * @example
 * scoreQuiz(questions, [right, wrong, undefined]); // { score: 1, total: 3, answers: [true, false, false], wrong: [{ question: 1, picks: [2] }, { question: 2 }], … }
 */
export function scoreQuiz(questions: readonly Question[], records: readonly (AnswerRecord | undefined)[]): QuizScore {
  const answers = questions.map((_, i) => {
    const record = records[i];
    return record !== undefined && record.verdict !== "wrong";
  });
  const missed = new Set<string>();
  questions.forEach((question, i) => {
    const record = records[i];
    if (!record) questionFactIds(question).forEach((id) => missed.add(id));
    else record.facts.forEach((f) => f.verdict === "wrong" && missed.add(f.factId));
  });
  const wrong = questions.flatMap((question, i) => (answers[i] ? [] : [wrongAnswerOf(question, i, records[i]?.response)]));
  return { score: answers.filter(Boolean).length, total: questions.length, answers, missedFactIds: [...missed], wrong };
}
