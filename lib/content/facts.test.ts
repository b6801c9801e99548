/**
 * Tests of the deck content: the real Kazakhstan–ONU facts load and hold the promises the question
 * generators rely on, and the schema refuses broken facts with a message naming the fact and the field.
 */
import { describe, expect, it } from "vitest";
import { RAW_DECKS } from "@/content";
import { DECKS, loadDecks } from "@/lib/content/decks";
import { sentenceAt, sentencesAround } from "@/lib/content/sentences";
import { validateDeck, type FactInput, type RawDeck } from "@/lib/content/schema";

const DECK_ID = "kazakhstan-onu";

function realRawDeck(): RawDeck {
  const raw = RAW_DECKS.find((d) => (d.meta as { id?: string }).id === DECK_ID);
  if (!raw) throw new Error(`deck ${DECK_ID} is not listed in content/index.ts`);
  return raw;
}

describe("the kazakhstan-onu deck", () => {
  const deck = loadDecks(RAW_DECKS).find((d) => d.meta.id === DECK_ID)!;
  const paragraphs = new Map(deck.article.paragraphs.map((p) => [p.n, p.text]));

  it("validates", () => {
    const result = validateDeck(realRawDeck());
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it("has at least 40 facts", () => {
    expect(deck.facts.length).toBeGreaterThanOrEqual(40);
  });

  it("gives every topic of deck.json at least 3 facts", () => {
    for (const topic of deck.meta.topics) {
      const count = deck.facts.filter((f) => f.topic === topic.id).length;
      expect(count, `topic "${topic.id}" has ${count} facts`).toBeGreaterThanOrEqual(3);
    }
  });

  it("quotes every source verbatim from its paragraph", () => {
    for (const fact of deck.facts) {
      const text = paragraphs.get(fact.source.paragraph);
      expect(text, `fact "${fact.id}": no paragraph ${fact.source.paragraph}`).toBeDefined();
      expect(text, `fact "${fact.id}": source.quote not in paragraph ${fact.source.paragraph}`).toContain(fact.source.quote);
    }
  });

  it("uses unique ids and unique labels", () => {
    const ids = deck.facts.map((f) => f.id);
    const labels = deck.facts.map((f) => f.label);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(labels.filter((label, i) => labels.indexOf(label) !== i)).toEqual([]);
  });

  it("puts each answer verbatim in its statement", () => {
    for (const fact of deck.facts) {
      expect(fact.statement, `fact "${fact.id}"`).toContain(fact.answer);
    }
  });

  it("flags the speech year, which the article gives as 2023 for the 80th session", () => {
    const speechYear = deck.facts.find((f) => f.id === "discours-annee");
    expect(speechYear?.type).toBe("year");
    expect(speechYear?.flagged).toMatch(/2023/);
    expect(speechYear?.flagged).toMatch(/2025/);
  });

  it("keeps flagged facts to the few genuinely doubtful ones", () => {
    const flagged = deck.facts.filter((f) => f.flagged);
    expect(flagged.length).toBeGreaterThanOrEqual(3);
    expect(flagged.length).toBeLessThanOrEqual(6);
  });

  it("writes numbers with French typography (U+202F thousands, U+00A0 before % and km)", () => {
    for (const fact of deck.facts) {
      for (const text of [fact.answer, fact.statement, fact.prompt]) {
        expect(text, `fact "${fact.id}"`).not.toMatch(/\d[ \u202f]%|\d[ \u202f]km\b|\d \d{3}\b/);
      }
    }
    const rail = deck.facts.find((f) => f.id === "rail-5000-km");
    expect(rail?.answer).toBe("5\u202f000\u00a0km");
    const transit = deck.facts.find((f) => f.id === "transit-asie-europe");
    expect(transit?.answer).toBe("80\u00a0%");
  });
});

// ───────────────────────────── the schema refuses broken facts

const FIXTURE_PARAGRAPH = "Le Kazakhstan est membre des Nations Unies depuis le 2 mars 1992.";

/** A valid fact of the fixture deck; override any field to break it. */
function buildFact(overrides: Partial<FactInput> = {}): FactInput {
  return {
    id: "x",
    topic: "membre-onu",
    label: "Adhésion du Kazakhstan à l’ONU",
    prompt: "Depuis quand le Kazakhstan est-il membre de l’ONU ?",
    answer: "1992",
    type: "year",
    class: "year",
    value: 1992,
    accept: [],
    statement: "Le Kazakhstan est membre de l’ONU depuis 1992.",
    source: { paragraph: 1, quote: "depuis le 2 mars 1992" },
    falseStatements: ["Le Kazakhstan est membre de l’ONU depuis 1995."],
    ...overrides,
  };
}

/** A one-paragraph, one-topic deck holding the given facts (raw, as a content folder exports it). */
function buildRawDeck(facts: unknown[]): RawDeck {
  return {
    meta: {
      id: "fixture",
      title: "Deck de test",
      language: "fr",
      topics: [{ id: "membre-onu", label: "Membre de l’ONU" }],
      classes: [{ id: "year", label: "année" }, { id: "un-organ", label: "organe de l’ONU" }],
      sources: [],
    },
    article: { paragraphs: [{ n: 1, text: FIXTURE_PARAGRAPH }] },
    facts,
  };
}

function errorsOf(facts: unknown[]): string[] {
  const result = validateDeck(buildRawDeck(facts));
  return result.ok ? [] : result.errors;
}

/** Drops one field from a built fact, to test that it is required. */
function without(fact: FactInput, field: keyof FactInput): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...fact };
  delete copy[field];
  return copy;
}

describe("validateDeck on broken facts", () => {
  it("accepts the fixture fact as built", () => {
    expect(errorsOf([buildFact()])).toEqual([]);
  });

  it("refuses a class the deck does not declare", () => {
    expect(errorsOf([buildFact({ class: "sea" })])).toEqual(['fact "x", field class: unknown class "sea"']);
  });

  it("needs three hand-written distractors for an answer that is not a number or a date", () => {
    const organ = { answer: "Conseil de sécurité", type: "organisation" as const, class: "un-organ", value: undefined, statement: "Il siège au Conseil de sécurité." };
    expect(errorsOf([buildFact({ ...organ, distractors: ["Assemblée générale", "Secrétariat"] })])).toEqual([
      'fact "x", field distractors: needs at least 3 hand-written distractors',
    ]);
    expect(errorsOf([buildFact({ ...organ, distractors: ["Assemblée générale", "Secrétariat", "Conseil économique et social"] })])).toEqual([]);
  });

  it("needs a false statement unless the fact is flagged", () => {
    expect(errorsOf([buildFact({ falseStatements: [] })])).toEqual(['fact "x", field falseStatements: needs at least one false statement']);
    expect(errorsOf([buildFact({ falseStatements: [], flagged: "Date douteuse." })])).toEqual([]);
  });

  it("refuses a quote that is not in the article, naming the fact and source.quote", () => {
    const errors = errorsOf([buildFact({ source: { paragraph: 1, quote: "depuis le 3 mars 1992" } })]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('fact "x"');
    expect(errors[0]).toContain("source.quote");
  });

  it("refuses a paragraph that does not exist", () => {
    const errors = errorsOf([buildFact({ source: { paragraph: 2, quote: "depuis" } })]);
    expect(errors.join("\n")).toContain('fact "x", field source.paragraph');
  });

  it("refuses a fact without a prompt", () => {
    const errors = errorsOf([without(buildFact(), "prompt")]);
    expect(errors.join("\n")).toContain('fact "x", field prompt');
  });

  it("refuses a prompt that is not a question", () => {
    const errors = errorsOf([buildFact({ prompt: "Date d’adhésion." })]);
    expect(errors.join("\n")).toContain('fact "x", field prompt');
  });

  it("refuses a year fact without a numeric value", () => {
    expect(errorsOf([without(buildFact(), "value")]).join("\n")).toContain('fact "x", field value');
    expect(errorsOf([buildFact({ value: "1992-03-02" })]).join("\n")).toContain('fact "x", field value');
  });

  it("refuses a date fact without an ISO date value", () => {
    const errors = errorsOf([buildFact({ type: "date", answer: "2 mars 1992", value: 1992, statement: "Depuis le 2 mars 1992." })]);
    expect(errors.join("\n")).toContain('fact "x", field value');
  });

  it("refuses a statement that does not contain the answer", () => {
    const errors = errorsOf([buildFact({ statement: "Le Kazakhstan est membre de l’ONU depuis 1993." })]);
    expect(errors.join("\n")).toContain('fact "x", field statement');
  });

  it("refuses a topic that deck.json does not declare", () => {
    const errors = errorsOf([buildFact({ topic: "sport" })]);
    expect(errors.join("\n")).toContain('fact "x", field topic');
  });

  it("refuses an unknown answer type", () => {
    const errors = errorsOf([{ ...buildFact(), type: "colour" }]);
    expect(errors.join("\n")).toContain('fact "x", field type');
  });

  it("refuses an id that is not a lowercase slug", () => {
    const errors = errorsOf([buildFact({ id: "Onu Adhesion" })]);
    expect(errors.join("\n")).toContain('fact "Onu Adhesion", field id');
  });

  it("refuses a duplicate id", () => {
    const errors = errorsOf([buildFact({ id: "y" }), buildFact({ id: "y", label: "Autre libellé" })]);
    expect(errors).toEqual(['fact "y", field id: duplicate id']);
  });

  it("refuses a fact id used in two decks", () => {
    const other = { ...buildRawDeck([buildFact()]), meta: { ...(buildRawDeck([]).meta as object), id: "fixture-bis" } };
    expect(() => loadDecks([buildRawDeck([buildFact()]), other])).toThrow('fact "x", field id: also used in deck "fixture"');
  });

  it("names the fact by its position when it has no id", () => {
    const errors = errorsOf([buildFact(), without(buildFact({ id: "z" }), "id")]);
    expect(errors.join("\n")).toContain('fact "#1", field id');
  });
});

describe("sentences of the article", () => {
  it("number each quote's sentence in its paragraph, so facts of one sentence are known", () => {
    expect(sentenceAt("Le Kazakhstan a adhéré en 1992. Il a siégé au Conseil. « Merci », dit-il.", 40)).toBe(1);
    expect(sentenceAt("Un. Deux. Trois.", 0)).toBe(0);
    expect(sentenceAt("Un. Deux. Trois.", 10)).toBe(2);
    // « 2 mars 1992 » and the Security Council mandate are in one sentence of § 2.
    const deck = DECKS.find((d) => d.meta.id === "kazakhstan-onu")!;
    const [a, b] = ["onu-adhesion-date", "conseil-securite-organe"].map((id) => deck.facts.find((f) => f.id === id)!.source);
    expect(a.paragraph === b.paragraph && a.sentence === b.sentence).toBe(true);
  });

  it("give each quote its whole sentence, for corrections and answer keys", () => {
    expect(sentencesAround("Un. Deux trois. Quatre.", 4, 8)).toBe("Deux trois.");
    expect(sentencesAround("Un. Deux trois. Quatre.", 0, 2)).toBe("Un.");
    // A quote over two sentences gives both.
    expect(sentencesAround("Un. Deux. Trois. Quatre.", 5, 12)).toBe("Deux. Trois.");
    const deck = DECKS.find((d) => d.meta.id === "kazakhstan-onu")!;
    const paragraphs = new Map(deck.article.paragraphs.map((p) => [p.n, p.text]));
    for (const fact of deck.facts) {
      const sentence = fact.source.sentenceText!;
      expect(sentence, fact.id).toContain(fact.source.quote);
      const text = paragraphs.get(fact.source.paragraph)!;
      const at = text.indexOf(sentence);
      // Whole sentences: it starts the paragraph or follows a sentence end.
      expect(at === 0 || /[.!?…»]\s+$/.test(text.slice(0, at)), fact.id).toBe(true);
    }
  });
});
