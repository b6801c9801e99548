import { describe, expect, it } from "vitest";
import { CATALOG } from "@/lib/content/nodeCatalog";
import { QUESTION_KINDS } from "@/lib/generate/types";
import { answerKeyLines, answerKeyText } from "./answerKey";
import { quizQuestions } from "./session";

const deck = CATALOG.decks[0];
const questions = quizQuestions(
  { deckId: deck.meta.id, factIds: deck.facts.filter((f) => !f.flagged).map((f) => f.id), kinds: [...QUESTION_KINDS], count: 40, seed: 7, timeLimitSec: 0, title: "" },
  CATALOG.factsById,
  deck.facts,
);

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
