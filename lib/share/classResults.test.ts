import { describe, expect, it } from "vitest";
import { addResults, removeResult, resultKey, quizzesInTable, summarizeClass, type ClassResultsTable } from "./classResults";
import type { QuizResult } from "./quizResult";
import { buildResult } from "./testFixtures";

const QUIZ = "3fa9c21e";
const OTHER_QUIZ = "07b1d2aa";
const marks = (pattern: string) => [...pattern].map((c) => c === "1");

const lea = buildResult(4, { name: "Léa", answers: marks("1101"), totalTimeSec: 100 });
const tom = buildResult(4, { name: "Tom", answers: marks("1001"), totalTimeSec: 200 });
const zoe = buildResult(4, { name: "zoé", answers: marks("1111"), totalTimeSec: 60 });
const elsewhere = buildResult(4, { name: "Léa", quizId: OTHER_QUIZ, answers: marks("0000") });

function tableOf(...results: QuizResult[]): ClassResultsTable {
  return addResults([], results).table;
}

describe("adding and removing class results", () => {
  it("counts the same result sent twice once, in a batch or across pastes", () => {
    const first = addResults([], [lea, tom, lea]);
    expect(first).toMatchObject({ added: 2, duplicates: 1 });
    const second = addResults(first.table, [tom, zoe]);
    expect(second).toMatchObject({ added: 1, duplicates: 1 });
    expect(second.table).toEqual([lea, tom, zoe]);
  });

  it("treats names differing only by case, spacing or Unicode form as the same student", () => {
    const again = { ...lea, name: "  LÉA " };
    const decomposed = { ...lea, name: "Le\u0301a" };
    expect(addResults([lea], [again, decomposed])).toMatchObject({ added: 0, duplicates: 2 });
  });

  it("keeps a second attempt with other answers or another time, and other quizzes' results", () => {
    const retry = { ...lea, answers: marks("1111") };
    const slower = { ...lea, totalTimeSec: 101 };
    expect(addResults([lea], [retry, slower, elsewhere])).toMatchObject({ added: 3, duplicates: 0 });
  });

  it("returns the same table when nothing is new or nothing is removed", () => {
    const table = tableOf(lea);
    expect(addResults(table, [lea]).table).toBe(table);
    expect(removeResult(table, "absent")).toBe(table);
  });

  it("removes exactly the result of a key", () => {
    const table = tableOf(lea, tom, elsewhere);
    expect(removeResult(table, resultKey(tom))).toEqual([lea, elsewhere]);
    expect(removeResult(table, resultKey(lea))).toEqual([tom, elsewhere]);
  });

  it("lists the quizzes of the table with their number of results, latest first", () => {
    expect(quizzesInTable(tableOf(lea, elsewhere, tom))).toEqual([
      { quizId: QUIZ, count: 2 },
      { quizId: OTHER_QUIZ, count: 1 },
    ]);
  });
});

describe("summarizeClass", () => {
  const summary = summarizeClass(tableOf(tom, zoe, lea, elsewhere), QUIZ);

  it("scores each student of this quiz only, sorted by name", () => {
    expect(summary.students.map((s) => [s.name, s.score, s.total, s.totalTimeSec])).toEqual([
      ["Léa", 3, 4, 100],
      ["Tom", 2, 4, 200],
      ["zoé", 4, 4, 60],
    ]);
    expect(summary.students[0].key).toBe(resultKey(lea));
  });

  it("gives the success rate of each question", () => {
    expect(summary.questionCount).toBe(4);
    expect(summary.questions.map((q) => [q.correct, q.answered])).toEqual([
      [3, 3],
      [2, 3],
      [1, 3],
      [3, 3],
    ]);
    expect(summary.questions[2].successRate).toBeCloseTo(1 / 3);
  });

  it("lists the questions missed at least once, most missed first", () => {
    expect(summary.mostMissed).toEqual([2, 1]);
  });

  it("averages success and time over results", () => {
    expect(summary.averageSuccessRate).toBeCloseTo((3 / 4 + 2 / 4 + 4 / 4) / 3);
    expect(summary.averageTimeSec).toBeCloseTo(120);
  });

  it("numbers a student's attempts in the order they were added", () => {
    const retry = { ...lea, name: "LÉA", answers: marks("1111") };
    const rows = summarizeClass(tableOf(lea, tom, retry), QUIZ).students;
    expect(rows.map((s) => [s.name, s.attempt])).toEqual([
      ["Léa", 1],
      ["LÉA", 2],
      ["Tom", 1],
    ]);
  });

  it("counts only the results that include a question when lengths differ", () => {
    const short = buildResult(2, { name: "Ana", answers: marks("00") });
    const stats = summarizeClass(tableOf(lea, short), QUIZ).questions;
    expect(stats.map((q) => q.answered)).toEqual([2, 2, 1, 1]);
  });

  it("gives an empty summary for a quiz without results", () => {
    expect(summarizeClass(tableOf(lea), "00000000")).toEqual({
      quizId: "00000000",
      questionCount: 0,
      students: [],
      questions: [],
      mostMissed: [],
      averageSuccessRate: 0,
      averageTimeSec: 0,
    });
  });
});
