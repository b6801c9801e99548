import { describe, expect, it } from "vitest";
import { DECKS, FACTS_BY_ID } from "@/lib/content/decks";
import type { QuizSpec } from "@/lib/share";
import { quizQuestions } from "./questions";

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
