import { describe, expect, it } from "vitest";
import type { Fact } from "@/lib/content/schema";
import type { MatchQuestion, McqQuestion, OrderQuestion, TypedQuestion } from "@/lib/generate/types";
import { gradeQuestion } from "./grade";

const fact = (overrides: Partial<Fact> = {}): Fact => ({
  id: "onu-adhesion",
  topic: "membre-onu",
  label: "Adhésion à l’ONU",
  prompt: "Depuis quand le Kazakhstan est-il membre de l’ONU ?",
  answer: "1992",
  type: "year",
  class: "year",
  value: 1992,
  accept: [],
  alsoRight: [],
  falseStatements: ["Le Kazakhstan est membre de l’ONU depuis 1995."],
  statement: "Le Kazakhstan est membre de l’ONU depuis 1992.",
  source: { paragraph: 2, quote: "1992" },
  ...overrides,
});

const base = { factId: "onu-adhesion", prompt: "?", paragraph: 2 };

describe("gradeQuestion", () => {
  it("accepts only the right option of a multiple-choice question", () => {
    const q: McqQuestion = { ...base, id: "mcq:x", kind: "mcq", options: ["1991", "1992", "1995", "1997"], answer: "1992" };
    expect(gradeQuestion(q, "1992").verdict).toBe("correct");
    expect(gradeQuestion(q, "1995")).toEqual({ verdict: "wrong", expected: "1992" });
  });

  it("checks typed answers against the fact", () => {
    const q: TypedQuestion = { ...base, id: "typed:x", kind: "typed", answer: "1992" };
    expect(gradeQuestion(q, " 1992 ", fact()).verdict).toBe("correct");
    expect(gradeQuestion(q, "1993", fact()).verdict).toBe("wrong");
    expect(() => gradeQuestion(q, "1992")).toThrow(/needs its fact/);
  });

  it("requires every pair of a match and the whole order", () => {
    const match: MatchQuestion = {
      ...base,
      id: "match:x",
      kind: "match",
      factIds: ["a", "b"],
      pairs: [{ left: "A", right: "1992" }, { left: "B", right: "2013" }],
      options: ["2013", "1992"],
      answer: ["1992", "2013"],
    };
    expect(gradeQuestion(match, ["1992", "2013"]).verdict).toBe("correct");
    expect(gradeQuestion(match, ["2013", "1992"]).verdict).toBe("wrong");
    const order: OrderQuestion = { ...base, id: "order:x", kind: "order", factIds: ["a"], options: ["b", "a"], answer: ["a", "b"], dates: ["1992", "2013"] };
    expect(gradeQuestion(order, ["a", "b"]).verdict).toBe("correct");
    expect(gradeQuestion(order, ["b", "a"])).toEqual({ verdict: "wrong", expected: "a · b" });
  });
});
