/**
 * A quiz session's bookkeeping, pure: the questions of a spec, the score at the end (unanswered
 * questions, e.g. when time runs out, count as wrong), the facts missed, and the countdown.
 */
import type { Verdict } from "@/lib/answer/check";
import type { Fact } from "@/lib/content/schema";
import { generateQuiz } from "@/lib/generate/quiz";
import type { Question } from "@/lib/generate/types";
import type { Response } from "@/lib/answer/grade";
import type { QuizSpec, WrongAnswer } from "@/lib/share";
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

/**
 * Whole seconds left before the time limit, never negative; `null` without a limit.
 *
 * @example
 * remainingSeconds(600, 0, 61_500); // 539
 */
export function remainingSeconds(limitSec: number, startedAtMs: number, nowMs: number): number | null {
  if (limitSec <= 0) return null;
  return Math.max(0, Math.ceil(limitSec - (nowMs - startedAtMs) / 1000));
}

/**
 * A duration for people: "45 s", "3 min 05 s", "1 h 02 min".
 *
 * @example
 * formatDuration(185); // "3 min 05 s"
 */
export function formatDuration(totalSec: number): string {
  const sec = Math.max(0, Math.round(totalSec));
  if (sec < 60) return `${sec} s`;
  const hours = Math.floor(sec / 3600);
  const minutes = Math.floor((sec % 3600) / 60);
  if (hours > 0) return `${hours} h ${String(minutes).padStart(2, "0")} min`;
  return `${minutes} min ${String(sec % 60).padStart(2, "0")} s`;
}

/**
 * A countdown as a clock: "9:05", "0:07".
 *
 * @example
 * formatClock(545); // "9:05"
 */
export function formatClock(totalSec: number): string {
  const sec = Math.max(0, Math.round(totalSec));
  return `${Math.floor(sec / 60)}:${String(sec % 60).padStart(2, "0")}`;
}
