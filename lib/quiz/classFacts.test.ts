import { describe, expect, it } from "vitest";
import type { McqQuestion, MatchQuestion, Question } from "@/lib/generate/types";
import { summarizeClass, type QuizResult } from "@/lib/share";
import { mostMissedFacts } from "./classFacts";

const QUIZ = "0badf00d";
const mcq = (factId: string): McqQuestion => ({ id: `mcq:${factId}`, kind: "mcq", factId, prompt: "?", paragraph: 1, options: ["x", "y", "z", "t"], answer: "x" });
const match: MatchQuestion = {
  id: "match:g",
  kind: "match",
  factId: "c",
  factIds: ["c", "d"],
  prompt: "Associe",
  paragraph: 1,
  pairs: [
    { left: "C", right: "3" },
    { left: "D", right: "4" },
  ],
  options: ["4", "3"],
  answer: ["3", "4"],
};
const result = (name: string, answers: boolean[]): QuizResult => ({ quizId: QUIZ, name, answers, totalTimeSec: 60 });

describe("mostMissedFacts", () => {
  const questions: Question[] = [mcq("a"), mcq("b"), match];

  it("ranks facts by miss rate and spreads a group question over its facts", () => {
    const summary = summarizeClass([result("Léa", [true, false, false]), result("Noé", [false, false, true])], QUIZ);
    expect(mostMissedFacts(summary, questions)).toEqual([
      { factId: "b", missed: 2, answered: 2, questionNumbers: [2] },
      { factId: "a", missed: 1, answered: 2, questionNumbers: [1] },
      { factId: "c", missed: 1, answered: 2, questionNumbers: [3] },
      { factId: "d", missed: 1, answered: 2, questionNumbers: [3] },
    ]);
  });

  it("is empty when nobody missed anything, or when indexes have no question", () => {
    expect(mostMissedFacts(summarizeClass([result("Léa", [true, true, true])], QUIZ), questions)).toEqual([]);
    expect(mostMissedFacts(summarizeClass([result("Léa", [false, false, false])], QUIZ), [])).toEqual([]);
  });
});
