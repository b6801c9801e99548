/**
 * A quiz session's bookkeeping, pure: the questions of a spec, the score at the end (unanswered
 * questions, e.g. when time runs out, count as wrong) and the facts missed. The countdown is in
 * `clock.ts`, apart from the generator this module needs.
 */
import type { Verdict } from "@/lib/answer/check";
import type { Fact } from "@/lib/content/schema";
import { generateQuiz } from "@/lib/generate/quiz";
import type { Question } from "@/lib/generate/types";
import type { Response } from "@/lib/answer/grade";
import type { QuizSpec } from "@/lib/share/quizSpec";
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
 * The questions every student of this spec gets: the spec's facts (in the order given; the generator
 * sorts them), with the whole deck as the pool of wrong options.
 *
 * @example
 * const questions = quizQuestions(decoded.spec, catalog.factsById, deck.facts);
 */
export function quizQuestions(spec: QuizSpec, factsById: ReadonlyMap<string, Fact>, deckFacts: readonly Fact[]): Question[] {
  const facts = spec.factIds.map((id) => factsById.get(id)).filter((f): f is Fact => f !== undefined);
  return generateQuiz({ facts, kinds: spec.kinds, count: spec.count, seed: spec.seed, pool: deckFacts });
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
