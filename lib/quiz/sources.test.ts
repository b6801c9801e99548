import { describe, expect, it } from "vitest";
import { CATALOG } from "@/lib/content/nodeCatalog";
import { questionSources } from "./sources";
import { everyKindQuiz } from "./testing";

const questions = everyKindQuiz(11);

describe("question sources", () => {
  it("give a single-fact question its fact's paragraph and whole sentence", () => {
    const mcq = questions.find((q) => q.kind === "mcq")!;
    const fact = CATALOG.factsById.get(mcq.factId)!;
    expect(questionSources(mcq, CATALOG.factsById)).toEqual([{ paragraph: mcq.paragraph, sentence: fact.source.sentenceText }]);
    expect(fact.source.sentenceText).toContain(fact.source.quote);
  });

  it("give a match or order question the sentence of every fact, each once, in article order", () => {
    const groups = questions.filter((q) => q.kind === "match" || q.kind === "order");
    expect(groups.length).toBeGreaterThan(0);
    for (const q of groups) {
      if (q.kind !== "match" && q.kind !== "order") continue;
      const sources = questionSources(q, CATALOG.factsById);
      const expected = new Set(q.factIds.map((id) => CATALOG.factsById.get(id)!.source.sentenceText));
      expect(new Set(sources.map((s) => s.sentence))).toEqual(expected);
      expect(sources).toHaveLength(new Set(sources.map((s) => `${s.paragraph}:${s.sentence}`)).size);
      const paragraphs = sources.map((s) => s.paragraph);
      expect(paragraphs).toEqual([...paragraphs].sort((a, b) => a - b));
    }
  });

  it("fall back to the question's paragraph when a fact is unknown", () => {
    const typed = questions.find((q) => q.kind === "typed")!;
    expect(questionSources(typed, new Map())).toEqual([{ paragraph: typed.paragraph, sentence: null }]);
  });
});
