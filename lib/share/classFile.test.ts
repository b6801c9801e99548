import { describe, expect, it } from "vitest";
import { addResults } from "./classResults";
import { CLASS_FILE_MESSAGES, createClassFile, readClassFile } from "./classFile";
import { normalizeQuizSpec, quizId } from "./quizSpec";
import { mergeTeacherQuizzes, type TeacherQuiz } from "./teacherQuiz";
import { buildDeck, buildResult, buildSpec } from "./testFixtures";

const deck = buildDeck(30);
const spec = normalizeQuizSpec(buildSpec(deck, { corrections: "end", title: "Contrôle du 7 décembre" }), deck);
const quiz: TeacherQuiz = { quizId: quizId(spec), spec, createdAt: Date.UTC(2026, 11, 7) };
const results = [
  buildResult(20, { quizId: quiz.quizId, name: "Léa", wrong: [{ question: 2, picks: [1] }, { question: 5, text: "Almaty" }, { question: 8 }, { question: 11 }, { question: 14 }, { question: 17 }], reports: [{ question: 3, reason: "Deux réponses justes" }] }),
  buildResult(20, { quizId: quiz.quizId, name: "Tom", totalTimeSec: 300 }),
];
const NOW = new Date(Date.UTC(2026, 11, 7, 15));

describe("class files", () => {
  it("carry the quizzes and every result, test mode, wrong answers and reports included", () => {
    const read = readClassFile(createClassFile([quiz], results, NOW));
    expect(read).toEqual({ ok: true, quizzes: [quiz], results });
  });

  it("merge as a union: importing the same file twice adds nothing", () => {
    const read = readClassFile(createClassFile([quiz], results, NOW));
    if (!read.ok) throw new Error(read.message);
    const once = addResults([results[1]], read.results);
    expect(once.added).toBe(1);
    expect(addResults(once.table, read.results)).toEqual({ table: once.table, added: 0, duplicates: 2 });
    const quizzes = mergeTeacherQuizzes([], read.quizzes);
    expect(mergeTeacherQuizzes(quizzes, read.quizzes)).toBe(quizzes);
  });

  it("refuse whole, in French, a file that is not exactly a class file", () => {
    const good = JSON.parse(createClassFile([quiz], results, NOW));
    const cases: [string, string][] = [
      ["", CLASS_FILE_MESSAGES.empty],
      ["{ pas du json", CLASS_FILE_MESSAGES.notJson],
      [JSON.stringify({ app: "kazakhstan-onu-revision", format: 1, cards: {} }), CLASS_FILE_MESSAGES.backup],
      [JSON.stringify([1, 2]), CLASS_FILE_MESSAGES.notClassFile],
      [JSON.stringify({ ...good, version: 9 }), CLASS_FILE_MESSAGES.newer],
      // One result with an impossible score, one quiz whose id is not its spec's, a truncated file.
      [JSON.stringify({ ...good, results: [...good.results, { ...good.results[0], answers: [] }] }), CLASS_FILE_MESSAGES.damaged],
      [JSON.stringify({ ...good, quizzes: [{ ...good.quizzes[0], quizId: "00000000" }] }), CLASS_FILE_MESSAGES.damaged],
      [JSON.stringify({ ...good, results: [{ ...good.results[0], wrong: [{ question: 0, picks: [1] }] }] }), CLASS_FILE_MESSAGES.damaged],
      [createClassFile([quiz], results, NOW).slice(0, 300), CLASS_FILE_MESSAGES.notJson],
    ];
    for (const [text, message] of cases) expect(readClassFile(text)).toEqual({ ok: false, message });
  });
});
