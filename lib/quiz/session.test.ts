import { describe, expect, it } from "vitest";
import type { McqQuestion, OrderQuestion, Question } from "@/lib/generate/types";
import { scoreQuiz, type AnswerRecord } from "./session";

const mcq = (factId: string): McqQuestion => ({
  id: `mcq:${factId}`,
  kind: "mcq",
  factId,
  prompt: "?",
  paragraph: 1,
  options: ["x", "y", "z", "t"],
  answer: "x",
});
const order: OrderQuestion = {
  id: "order:g",
  kind: "order",
  factId: "c",
  factIds: ["c", "d", "e", "f"],
  prompt: "Range",
  paragraph: 1,
  options: ["D", "C", "E", "F"],
  answer: ["C", "D", "E", "F"],
  dates: ["1", "2", "3", "4"],
};
const right = (factId: string): AnswerRecord => ({ verdict: "correct", facts: [{ factId, verdict: "correct" }] });

describe("scoreQuiz", () => {
  const questions: Question[] = [mcq("a"), mcq("b"), order, mcq("g")];

  it("counts close answers as right and unanswered questions as wrong", () => {
    const records: (AnswerRecord | undefined)[] = [
      right("a"),
      { verdict: "close", facts: [{ factId: "b", verdict: "close" }] },
      {
        verdict: "wrong",
        facts: [
          { factId: "c", verdict: "wrong" },
          { factId: "d", verdict: "wrong" },
          { factId: "e", verdict: "correct" },
          { factId: "f", verdict: "correct" },
        ],
        response: ["D", "C", "E", "F"],
      },
    ];
    const score = scoreQuiz(questions, records);
    expect(score).toEqual({
      score: 2,
      total: 4,
      answers: [true, true, false, false],
      missedFactIds: ["c", "d", "g"],
      // The order as given (indexes into its options), and nothing for the question left unanswered.
      wrong: [{ question: 2, picks: [0, 1, 2, 3] }, { question: 3 }],
    });
  });

  it("lists a fact missed twice once", () => {
    const wrongA: AnswerRecord = { verdict: "wrong", facts: [{ factId: "a", verdict: "wrong" }] };
    expect(scoreQuiz([mcq("a"), mcq("a")], [wrongA, wrongA]).missedFactIds).toEqual(["a"]);
  });
});
