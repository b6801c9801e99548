// Reverse cards exist only where their front points to one fact: fixtures for each way a front can
// point elsewhere, then the real decks, checked the way a reader would check them.
import { describe, expect, it } from "vitest";
import { DECKS } from "@/lib/content/decks";
import type { Article, Deck, Fact } from "@/lib/content/schema";
import { normalizeAnswer } from "@/lib/answer/normalize";
import { generateFlashcards } from "./flashcards";
import { factsWithOwnCue, NO_ARTICLE } from "./reverseCues";
import { buildFact } from "./testing/factBuilder";

const ARTICLE: Article = {
  paragraphs: [
    { n: 1, text: "Le Kazakhstan est membre des Nations Unies depuis le 2 mars 1992. Il a accueilli un bureau du HCR." },
    { n: 2, text: "La Caspienne se réduit. Les États riverains de la Caspienne doivent coopérer." },
  ],
};

const adhesion = buildFact({
  id: "adhesion",
  type: "date",
  value: "1992-03-02",
  answer: "2 mars 1992",
  label: "Adhésion du Kazakhstan à l’ONU",
  source: { paragraph: 1, quote: "depuis le 2 mars 1992" },
});
const hcr = buildFact({ id: "hcr", type: "organisation", answer: "HCR", label: "Agence au bureau régional", source: { paragraph: 1, quote: "un bureau du HCR" } });

describe("factsWithOwnCue", () => {
  it("keeps a full date or a name that only its fact and its own sentence mention", () => {
    expect([...factsWithOwnCue([adhesion, hcr], ARTICLE)]).toEqual(["adhesion", "hcr"]);
  });

  it("drops an answer another fact's statement, prompt, label or answer names", () => {
    const inStatement = buildFact({ id: "autre", answer: "un bureau", statement: "Le HCR a ouvert un bureau." });
    const inPrompt = buildFact({ id: "autre", answer: "un bureau", prompt: "Qu’a ouvert le HCR ?" });
    const inLabel = buildFact({ id: "autre", answer: "un bureau", label: "Ce qu’a ouvert le HCR" });
    const inAnswer = buildFact({ id: "autre", answer: "bureau du HCR" });
    for (const other of [inStatement, inPrompt, inLabel, inAnswer]) {
      expect(factsWithOwnCue([hcr, other], ARTICLE).has("hcr"), other.statement).toBe(false);
    }
  });

  it("drops an answer the article mentions outside the fact's own sentence, under any accepted form", () => {
    const caspienne = buildFact({
      id: "caspienne",
      type: "place",
      answer: "mer Caspienne",
      accept: ["Caspienne"],
      statement: "La mer Caspienne se réduit.",
      source: { paragraph: 2, quote: "La Caspienne se réduit." },
    });
    expect(factsWithOwnCue([caspienne], ARTICLE).has("caspienne")).toBe(false);
    expect(factsWithOwnCue([{ ...caspienne, accept: [] }], ARTICLE).has("caspienne")).toBe(true);
  });

  it("matches whole words only, folded", () => {
    const hcrWord = buildFact({ id: "autre", answer: "HCRX", statement: "Le sigle HCRX n’est pas celui de l’agence." });
    const folded = buildFact({ id: "autre", answer: "un bureau", statement: "Le hcr a ouvert un bureau." });
    expect(factsWithOwnCue([hcr, hcrWord], ARTICLE).has("hcr")).toBe(true);
    expect(factsWithOwnCue([hcr, folded], ARTICLE).has("hcr")).toBe(false);
  });

  it("drops an answer whose label repeats one of its content words", () => {
    const club = buildFact({ id: "club", type: "organisation", answer: "Club des jeunes juristes", label: "Fondation de jeunes professionnels du droit" });
    expect(factsWithOwnCue([club], NO_ARTICLE).has("club")).toBe(false);
    expect(factsWithOwnCue([{ ...club, label: "Fondation citée par Aidarkyzy" }], NO_ARTICLE).has("club")).toBe(true);
  });

  it("never makes a reverse card of a bare year, number or percentage, nor of a flagged fact", () => {
    const year = buildFact({ id: "annee", type: "year", value: 2013, answer: "2013" });
    const percent = buildFact({ id: "part", type: "percentage", value: 80, answer: "80 %" });
    const flagged = { ...adhesion, flagged: "Date douteuse." };
    expect(factsWithOwnCue([year, percent, flagged], NO_ARTICLE).size).toBe(0);
  });
});

/** Where a reverse card's front is also found, as a reader of the deck would find it. */
function otherPlaces(deck: Deck, fact: Fact, front: string): string[] {
  const fold = (s: string) => ` ${normalizeAnswer(s).replace(/'/g, " ")} `;
  const needle = fold(front);
  const places: string[] = [];
  for (const other of deck.facts) {
    if (other.id === fact.id) continue;
    for (const [field, text] of Object.entries({ answer: other.answer, statement: other.statement, label: other.label })) {
      if (fold(text).includes(needle)) places.push(`${other.id}.${field}`);
    }
  }
  for (const p of deck.article.paragraphs) {
    // The fact's own sentence: the one holding its quote, up to the next full stop.
    let text = p.text;
    if (p.n === fact.source.paragraph) {
      const at = text.indexOf(fact.source.quote);
      const start = Math.max(text.lastIndexOf(". ", at) + 1, 0);
      const stop = text.indexOf(". ", at + fact.source.quote.length);
      text = text.slice(0, start) + text.slice(stop < 0 ? text.length : stop);
    }
    if (fold(text).includes(needle)) places.push(`article § ${p.n}`);
  }
  return places;
}

describe.each(DECKS.map((d) => [d.meta.id, d] as const))("reverse cards of %s", (_, deck) => {
  const cards = generateFlashcards(deck.facts, deck.article);
  const byId = new Map(deck.facts.map((f) => [f.id, f]));

  it("show a front found in no other fact's answer, statement or label, nor elsewhere in the article", () => {
    const problems: string[] = [];
    for (const card of cards.filter((c) => c.kind === "reverse")) {
      const places = otherPlaces(deck, byId.get(card.factId)!, card.front);
      if (places.length > 0) problems.push(`${card.id}: « ${card.front} » also in ${places.join(", ")}`);
    }
    expect(problems).toEqual([]);
  });

  it("keep the ids the scheduler stores and leave every fact its forward card", () => {
    for (const fact of deck.facts) expect(cards.some((c) => c.id === `${fact.id}:forward`)).toBe(true);
    for (const card of cards.filter((c) => c.kind === "reverse")) expect(card.id).toBe(`${card.factId}:reverse`);
  });
});
