import { describe, expect, it } from "vitest";
import { RAW_DECKS } from "@/content";
import { buildCardCatalog, buildCatalog } from "./catalog";
import { DECKS } from "./decks";
import { CATALOG } from "./nodeCatalog";
import { validateDeck } from "./schema";
import { catalogFiles, CatalogFileError, checkCatalogFile } from "./staticCatalog";

describe("static catalog files", () => {
  it("hold exactly the validated content (no defaults filled in by the validator, only each quote's sentence)", () => {
    for (const raw of RAW_DECKS) {
      const result = validateDeck(raw);
      const withoutSentence = result.ok && result.deck.facts.map(({ source: { sentence, sentenceText, ...source }, ...f }) => {
        expect(sentence).toBeTypeOf("number");
        expect(sentenceText).toContain(source.quote);
        return { ...f, source };
      });
      expect(withoutSentence).toEqual(raw.facts);
      expect(result.ok && result.deck.meta).toEqual(raw.meta);
    }
  });

  it("survive JSON: the catalog built from the served text equals the one built in memory", () => {
    const files = catalogFiles(DECKS);
    const served = buildCatalog(
      buildCardCatalog(checkCatalogFile(JSON.parse(JSON.stringify(files.cards)), "cards.json")),
      checkCatalogFile(JSON.parse(JSON.stringify(files.facts)), "facts.json"),
    );
    expect(served.flashcards).toEqual(CATALOG.flashcards);
    expect(served.facts).toEqual(CATALOG.facts);
    expect([...served.checkOptions.keys()]).toEqual([...CATALOG.checkOptions.keys()]);
  });

  it("leave the article out: the browser gets it only on the article's route", () => {
    const text = JSON.stringify(catalogFiles(DECKS));
    for (const deck of DECKS) {
      const longest = deck.article.paragraphs.reduce((a, b) => (b.text.length > a.text.length ? b : a));
      expect(text).not.toContain(longest.text);
    }
  });

  it("refuse a file of another format or shape", () => {
    expect(() => checkCatalogFile({ format: 2, decks: [] }, "cards.json")).toThrow(CatalogFileError);
    expect(() => checkCatalogFile("<!doctype html>", "cards.json")).toThrow(CatalogFileError);
    expect(() => checkCatalogFile(null, "facts.json")).toThrow(CatalogFileError);
  });
});

describe("catalog", () => {
  it("finds every fact and flashcard of every deck, with its deck and topic", () => {
    expect(CATALOG.factsById.size).toBe(CATALOG.facts.length);
    for (const card of CATALOG.flashcards) {
      const fact = CATALOG.factsById.get(card.factId);
      expect(fact).toBeDefined();
      expect(CATALOG.topicOfFact.get(card.factId)).toBe(fact!.topic);
      expect(CATALOG.deckOfFact.get(card.factId)).toBe(DECKS.find((d) => d.facts.includes(fact!))?.meta.id);
    }
  });
});
