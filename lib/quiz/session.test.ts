import { describe, expect, it } from "vitest";
import { DECKS, FACTS_BY_ID } from "@/lib/content/decks";
import type { McqQuestion, OrderQuestion, Question } from "@/lib/generate/types";
import type { QuizSpec } from "@/lib/share";
import { quizQuestions, scoreQuiz, type AnswerRecord } from "./session";

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

describe("quizQuestions", () => {
  const deck = DECKS[0];
  const spec: QuizSpec = {
    deckId: deck.meta.id,
    factIds: deck.facts.map((f) => f.id),
    kinds: ["mcq", "match", "order", "typed"],
    count: 12,
    seed: 1234,
    timeLimitSec: 0,
    title: "",
  };

  it("rebuilds the same questions whatever the order of fact ids", () => {
    const a = quizQuestions(spec, FACTS_BY_ID, deck.facts);
    const b = quizQuestions({ ...spec, factIds: [...spec.factIds].reverse() }, FACTS_BY_ID, deck.facts);
    expect(a).toHaveLength(12);
    expect(b).toEqual(a);
  });

  it("skips fact ids the catalog lacks", () => {
    const questions = quizQuestions({ ...spec, factIds: ["nope", ...spec.factIds.slice(0, 10)] }, FACTS_BY_ID, deck.facts);
    expect(questions.every((q) => FACTS_BY_ID.has(q.factId))).toBe(true);
  });
});
