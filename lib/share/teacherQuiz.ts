/**
 * A quiz a teacher created (`TeacherQuiz`): its spec regenerates the questions behind the question
 * numbers of result links. Kept by the store and carried by class files, so both validate it with the
 * one schema here (stored and imported data are `unknown` until validated).
 */
import * as v from "valibot"; // not zod: this runs in the browser
import { quizIdSchema } from "./quizResult";
import { CORRECTION_MODES, QUESTION_KINDS, quizId, quizSpecProblems, type QuizSpec } from "./quizSpec";

export interface TeacherQuiz {
  quizId: string;
  /** Canonical (`normalizeQuizSpec`). */
  spec: QuizSpec;
  /** Epoch ms. */
  createdAt: number;
}

const finite = v.pipe(v.number(), v.finite());

/** A spec as stored or imported; checked with `quizSpecProblems`. */
export const quizSpecSchema = v.pipe(
  v.object({
    deckId: v.string(),
    factIds: v.array(v.string()),
    kinds: v.array(v.picklist(QUESTION_KINDS)),
    count: finite,
    seed: finite,
    timeLimitSec: finite,
    title: v.string(),
    corrections: v.optional(v.picklist(CORRECTION_MODES)),
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (dataset.typed) for (const message of quizSpecProblems(dataset.value)) addIssue({ message });
  }),
);

/** A teacher quiz as stored or imported: its id must be its spec's. */
export const teacherQuizSchema = v.pipe(
  v.object({ quizId: quizIdSchema, spec: quizSpecSchema, createdAt: v.pipe(v.number(), v.safeInteger(), v.minValue(0)) }),
  v.check((quiz) => quizId(quiz.spec) === quiz.quizId, "quizId is not the spec's"),
);

/**
 * Union of two lists of teacher quizzes (one per quiz id, the earliest creation kept), oldest first.
 * Returns `local` itself when nothing is new, so importing twice changes nothing.
 *
 * @example
 * mergeTeacherQuizzes(mine, file.quizzes);
 */
export function mergeTeacherQuizzes(local: readonly TeacherQuiz[], incoming: readonly TeacherQuiz[]): readonly TeacherQuiz[] {
  const known = new Set(local.map((q) => q.quizId));
  const fresh = new Map<string, TeacherQuiz>();
  for (const quiz of incoming) if (!known.has(quiz.quizId) && !fresh.has(quiz.quizId)) fresh.set(quiz.quizId, quiz);
  if (fresh.size === 0) return local;
  return [...local, ...fresh.values()].sort((a, b) => a.createdAt - b.createdAt);
}
