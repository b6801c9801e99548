/**
 * The teacher's class results: a plain list of `QuizResult`s (the store persists it) and the pure
 * operations on it — adding pasted results without counting one twice, removing one, and summarising a
 * quiz: score per student, success rate per question, most-missed questions.
 *
 * A result sent twice (pasted twice, or sent by two apps) is recognised by its key: quiz id, normalised
 * name, answers and time. Two attempts by the same student differ in answers or time, so both are kept.
 */
import type { QuizResult } from "./quizResult";

/** All results the teacher has collected, for every quiz, in the order added. */
export type ClassResultsTable = readonly QuizResult[];

export interface AddResultsOutcome {
  table: ClassResultsTable;
  /** Results that were new. */
  added: number;
  /** Results already in the table (or repeated in the batch), not added again. */
  duplicates: number;
}

export interface StudentScore {
  /** `resultKey` of the result, for `removeResult` and list keys. */
  key: string;
  name: string;
  score: number;
  total: number;
  totalTimeSec: number;
  answers: boolean[];
  answeredOn?: string;
  /** 1 for a student's first result in the table, 2 for a second attempt… */
  attempt: number;
}

export interface QuestionStat {
  /** 0-based question index in the quiz. */
  index: number;
  correct: number;
  /** Results that include this question. */
  answered: number;
  /** correct / answered, 0 when nobody answered it. */
  successRate: number;
}

export interface ClassSummary {
  quizId: string;
  /** Questions in the quiz (the longest result, should they differ). */
  questionCount: number;
  /** One row per result, sorted by name then attempt. */
  students: StudentScore[];
  questions: QuestionStat[];
  /** Indexes of questions missed at least once, most missed first (lowest success rate, then index). */
  mostMissed: number[];
  /** Mean of score / total over results, 0 when there are none. */
  averageSuccessRate: number;
  /** Mean total time in seconds, 0 when there are no results. */
  averageTimeSec: number;
}

/**
 * A name as compared for duplicates and attempts: NFKC, spaces collapsed, lower case.
 *
 * @example
 * studentNameKey("  Léa   MARTIN "); // "léa martin"
 */
export function studentNameKey(name: string): string {
  return name.normalize("NFKC").replace(/\s+/g, " ").trim().toLocaleLowerCase("fr");
}

/**
 * The identity of a result: equal keys mean the same result sent twice.
 *
 * @example
 * resultKey({ quizId: "3fa9c21e", name: "Léa", answers: [true, false], totalTimeSec: 60 });
 * // '["3fa9c21e","léa","10",60]'
 */
export function resultKey(result: QuizResult): string {
  const bits = result.answers.map((a) => (a ? "1" : "0")).join("");
  return JSON.stringify([result.quizId, studentNameKey(result.name), bits, result.totalTimeSec]);
}

/**
 * Adds results to the table, skipping those already there (or repeated in `results`).
 *
 * @example
 * const { table: next, added, duplicates } = addResults(table, parseResultLinks(pasted).results);
 */
export function addResults(table: ClassResultsTable, results: readonly QuizResult[]): AddResultsOutcome {
  const keys = new Set(table.map(resultKey));
  const fresh: QuizResult[] = [];
  for (const result of results) {
    const key = resultKey(result);
    if (keys.has(key)) continue;
    keys.add(key);
    fresh.push(result);
  }
  return { table: fresh.length > 0 ? [...table, ...fresh] : table, added: fresh.length, duplicates: results.length - fresh.length };
}

/**
 * The table without the result of this key (unchanged if there is none).
 *
 * @example
 * removeResult(table, summary.students[0].key);
 */
export function removeResult(table: ClassResultsTable, key: string): ClassResultsTable {
  const next = table.filter((result) => resultKey(result) !== key);
  return next.length === table.length ? table : next;
}

/**
 * How many results the table holds for each quiz, most recent quiz first.
 *
 * @example
 * quizzesInTable(table); // [{ quizId: "3fa9c21e", count: 24 }, { quizId: "07b1d2aa", count: 3 }]
 */
export function quizzesInTable(table: ClassResultsTable): { quizId: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const result of table) counts.set(result.quizId, (counts.get(result.quizId) ?? 0) + 1);
  const lastSeen = new Map<string, number>();
  table.forEach((result, i) => lastSeen.set(result.quizId, i));
  return [...counts].map(([quizId, count]) => ({ quizId, count })).sort((a, b) => lastSeen.get(b.quizId)! - lastSeen.get(a.quizId)!);
}

const NAME_ORDER = new Intl.Collator("fr", { sensitivity: "base", numeric: true });

/**
 * Summarises one quiz's results. Question indexes are 0-based; map them to facts through the quiz
 * regenerated from its spec.
 *
 * @example
 * const summary = summarizeClass(table, quizId(spec));
 * summary.mostMissed.slice(0, 3).map((i) => quiz.questions[i].factId);
 */
export function summarizeClass(table: ClassResultsTable, quizId: string): ClassSummary {
  const results = table.filter((result) => result.quizId === quizId);
  const attempts = new Map<string, number>();
  const rows: StudentScore[] = results.map((result) => {
    const nameKey = studentNameKey(result.name);
    const attempt = (attempts.get(nameKey) ?? 0) + 1;
    attempts.set(nameKey, attempt);
    const row: StudentScore = {
      key: resultKey(result),
      name: result.name,
      score: result.answers.filter(Boolean).length,
      total: result.answers.length,
      totalTimeSec: result.totalTimeSec,
      answers: [...result.answers],
      attempt,
    };
    if (result.answeredOn !== undefined) row.answeredOn = result.answeredOn;
    return row;
  });
  const students = rows
    .map((row, order) => ({ row, order }))
    .sort((a, b) => NAME_ORDER.compare(a.row.name, b.row.name) || a.order - b.order)
    .map(({ row }) => row);

  const questionCount = results.reduce((max, r) => Math.max(max, r.answers.length), 0);
  const questions: QuestionStat[] = Array.from({ length: questionCount }, (_, index) => {
    let correct = 0;
    let answered = 0;
    for (const result of results) {
      if (index >= result.answers.length) continue;
      answered++;
      if (result.answers[index]) correct++;
    }
    return { index, correct, answered, successRate: answered === 0 ? 0 : correct / answered };
  });
  const mostMissed = questions
    .filter((q) => q.correct < q.answered)
    .sort((a, b) => a.successRate - b.successRate || a.index - b.index)
    .map((q) => q.index);

  const mean = (values: number[]) => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length);
  return {
    quizId,
    questionCount,
    students,
    questions,
    mostMissed,
    averageSuccessRate: mean(rows.map((row) => row.score / row.total)),
    averageTimeSec: mean(rows.map((row) => row.totalTimeSec)),
  };
}
