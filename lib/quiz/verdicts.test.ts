import { describe, expect, it } from "vitest";
import type { MatchQuestion, McqQuestion, OrderQuestion } from "@/lib/generate/types";
import { factVerdicts, questionFactIds } from "./verdicts";

function matchQuestion(): MatchQuestion {
  const pairs = [
    { left: "A", right: "1992" },
    { left: "B", right: "Astana" },
    { left: "C", right: "Tokaïev" },
    { left: "D", right: "193" },
  ];
  return {
    id: "match:x",
    kind: "match",
    factId: "a",
    factIds: ["a", "b", "c", "d"],
    prompt: "Associe",
    paragraph: 1,
    pairs,
    options: ["Astana", "193", "1992", "Tokaïev"],
    answer: pairs.map((p) => p.right),
  };
}

function orderQuestion(): OrderQuestion {
  return {
    id: "order:x",
    kind: "order",
    factId: "a",
    factIds: ["a", "b", "c", "d"],
    prompt: "Range",
    paragraph: 1,
    options: ["B", "A", "D", "C"],
    answer: ["A", "B", "C", "D"],
    dates: ["1991", "1992", "1993", "1994"],
  };
}

describe("factVerdicts", () => {
  it("gives a single-fact question's verdict to its fact", () => {
    const mcq: McqQuestion = { id: "mcq:a", kind: "mcq", factId: "a", prompt: "?", paragraph: 1, options: ["x", "y", "z", "t"], answer: "x" };
    expect(factVerdicts(mcq, "y", "wrong")).toEqual([{ factId: "a", verdict: "wrong" }]);
    expect(questionFactIds(mcq)).toEqual(["a"]);
  });

  it("judges each match pair on its own", () => {
    const verdicts = factVerdicts(matchQuestion(), ["1992", "Tokaïev", "Astana", "193"], "wrong");
    expect(verdicts.map((v) => v.verdict)).toEqual(["correct", "wrong", "wrong", "correct"]);
    expect(verdicts.map((v) => v.factId)).toEqual(["a", "b", "c", "d"]);
  });

  it("judges each ordered item by its own position", () => {
    const verdicts = factVerdicts(orderQuestion(), ["B", "A", "C", "D"], "wrong");
    expect(verdicts.map((v) => v.verdict)).toEqual(["wrong", "wrong", "correct", "correct"]);
  });

  it("ignores case and spacing like the grader, and treats missing items as wrong", () => {
    expect(factVerdicts(orderQuestion(), ["a ", "b"], "wrong").map((v) => v.verdict)).toEqual(["correct", "correct", "wrong", "wrong"]);
  });
});
