import { describe, expect, it } from "vitest";
import { answerKeyLines, answerKeyText } from "./answerKey";
import { everyKindQuiz } from "./testing";

const questions = everyKindQuiz(7);

describe("answer keys", () => {
  it("give the key of a one-answer question as it is", () => {
    for (const q of questions.filter((q) => q.kind !== "match" && q.kind !== "order")) expect(answerKeyText(q)).toBe(q.answer);
  });

  it("pair every match label with its answer, and date every event of an order in order", () => {
    const match = questions.find((q) => q.kind === "match")!;
    expect(match.kind === "match" && answerKeyLines(match)).toEqual(match.kind === "match" && match.pairs.map((p) => `${p.left} → ${p.right}`));
    const order = questions.find((q) => q.kind === "order")!;
    const lines = answerKeyLines(order);
    expect(lines).toHaveLength(order.kind === "order" ? order.answer.length : 0);
    expect(lines[0]).toMatch(/^1\. .+ \(.+\)$/);
    expect(answerKeyText(order)).toBe(lines.join(" ; "));
  });
});
