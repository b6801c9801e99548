import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { CATALOG } from "@/lib/content/nodeCatalog";
import { QUESTION_KINDS } from "@/lib/generate/types";
import { classResultsCsv, summarizeClass, type QuizResult } from "@/lib/share";
import { answerKeyText } from "./answerKey";
import { questionHeaders, questionsCsv } from "./classCsv";
import { questionRows } from "./classQuestions";
import { quizQuestions } from "./questions";

const deck = CATALOG.decks[0];
const questions = quizQuestions(
  { deckId: deck.meta.id, factIds: deck.facts.filter((f) => !f.flagged).map((f) => f.id), kinds: [...QUESTION_KINDS], count: 12, seed: 5, timeLimitSec: 0, title: "" },
  CATALOG.factsById,
  deck.facts,
);
const typed = questions.findIndex((q) => q.kind === "typed" || q.kind === "cloze");
const results: QuizResult[] = ["Léa", "=Noé", "Zoé"].map((name, s) => ({
  quizId: "3fa9c21e",
  name,
  answers: questions.map((_, i) => i !== typed || s === 2),
  totalTimeSec: 60 + s,
  ...(s < 2 ? { wrong: [{ question: typed, text: s === 0 ? "Almaty" : "almaty" }] } : {}),
  ...(s === 1 ? { reports: [{ question: 0, reason: "Deux réponses; justes" }] } : {}),
}));
const read = (csv: string) => parse(csv, { delimiter: ";", relax_column_count: false }) as string[][];

describe("class spreadsheets", () => {
  it("head each student column with the question's text and key", () => {
    const rows = read(classResultsCsv(summarizeClass(results, "3fa9c21e"), { separator: ";", questionHeaders: questionHeaders(questions) }));
    expect(rows).toHaveLength(4);
    expect(rows[0].slice(5)).toHaveLength(questions.length);
    rows[0].slice(5).forEach((header, i) => {
      expect(header.startsWith(`Q${i + 1}. `)).toBe(true);
      expect(header.endsWith(` — réponse : ${answerKeyText(questions[i])}`)).toBe(true);
      expect(header).not.toContain("_____");
    });
    expect(rows.map((r) => r[0])).toEqual(["nom", "'=Noé", "Léa", "Zoé"]);
  });

  it("give one line per question with right and wrong counts, the wrong answer given most and the reports", () => {
    const rows = read(questionsCsv(questionRows(results, questions), questions, { separator: ";" }));
    expect(rows[0]).toEqual(["question", "texte", "réponse attendue", "justes", "fausses", "dont sans réponse", "réussite_%", "réponse fausse la plus fréquente", "fois", "signalements"]);
    expect(rows).toHaveLength(questions.length + 1);
    const line = rows[typed + 1];
    expect(line.slice(0, 1)).toEqual([`Q${typed + 1}`]);
    expect(line[2]).toBe(answerKeyText(questions[typed]));
    expect(line.slice(3)).toEqual(["1", "2", "0", "33", "Almaty", "2", ""]);
    expect(rows[1][9]).toBe("=Noé : Deux réponses; justes".replace(/^=/, "'="));
  });
});
