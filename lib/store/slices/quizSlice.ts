/**
 * Quiz slice: the student's recent quizzes, and the teacher's side of shared quizzes — the specs of
 * quizzes created here (so result indexes map back to facts) and the class results table. Lists are
 * capped so the main state stays small; class results go through `lib/share`'s pure operations, so a
 * result sent twice counts once.
 */
import { addResults, removeResult } from "@/lib/share/classResults";
import { normalizeQuizSpec, quizId } from "@/lib/share/quizSpec";
import { mergeTeacherQuizzes } from "@/lib/share/teacherQuiz";
import type { QuizHistoryEntry, QuizSlice, SliceCreator } from "./types";

/** Recent quizzes kept in the student's history. */
export const QUIZ_HISTORY_LIMIT = 20;
/** Teacher quiz specs kept (oldest dropped first). */
export const TEACHER_QUIZ_LIMIT = 200;

/**
 * Union of two quiz histories (an entry is its end time and quiz id), oldest first, the last
 * QUIZ_HISTORY_LIMIT kept. Returns `local` itself when nothing is new.
 *
 * @example
 * mergeQuizHistory(mine, backup.quizHistory); // importing twice adds nothing
 */
export function mergeQuizHistory(local: QuizHistoryEntry[], incoming: readonly QuizHistoryEntry[]): QuizHistoryEntry[] {
  const key = (e: QuizHistoryEntry) => `${e.at}|${e.quizId}`;
  const known = new Set(local.map(key));
  const fresh = incoming.filter((e) => !known.has(key(e)));
  if (fresh.length === 0) return local;
  return [...local, ...fresh].sort((a, b) => a.at - b.at).slice(-QUIZ_HISTORY_LIMIT);
}

export const createQuizSlice: SliceCreator<QuizSlice> = () => (set, get) => ({
  quizHistory: [],
  teacherQuizzes: [],
  classResults: [],
  recordQuiz: (entry) => set({ quizHistory: [...get().quizHistory, entry].slice(-QUIZ_HISTORY_LIMIT) }),
  saveTeacherQuiz: (spec, now) => {
    const canonical = normalizeQuizSpec(spec);
    const id = quizId(canonical);
    const others = get().teacherQuizzes.filter((q) => q.quizId !== id);
    set({ teacherQuizzes: [...others, { quizId: id, spec: canonical, createdAt: now }].slice(-TEACHER_QUIZ_LIMIT) });
    return id;
  },
  addClassResults: (results) => {
    const outcome = addResults(get().classResults, results);
    if (outcome.added > 0) set({ classResults: outcome.table });
    return outcome;
  },
  importClassFile: (quizzes, results) => {
    const outcome = addResults(get().classResults, results);
    const known = get().teacherQuizzes;
    const merged = mergeTeacherQuizzes(known, quizzes);
    const quizzesAdded = merged.length - known.length;
    if (outcome.added > 0 || quizzesAdded > 0) {
      set({ classResults: outcome.table, teacherQuizzes: [...merged].slice(-TEACHER_QUIZ_LIMIT) });
    }
    return { added: outcome.added, duplicates: outcome.duplicates, quizzesAdded };
  },
  removeClassResult: (key) => {
    const current = get().classResults;
    const next = removeResult(current, key);
    if (next !== current) set({ classResults: next });
  },
});
