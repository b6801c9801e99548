/**
 * The content as the browser sees it: decks, a fact lookup and the flashcards, without the zod
 * validator. The data is the same JSON that `decks.ts` validates during the build (the schema has
 * no defaults, so validated data equals the raw data; `catalog.test.ts` checks it), so the client
 * bundle does not carry the validator.
 */
import { RAW_DECKS } from "@/content";
import { buildSynonymTable, normalizeAnswer, type CheckOptions } from "@/lib/answer";
import { alternativesOf } from "./alternatives";
import { generateFlashcards } from "@/lib/generate/flashcards";
import type { Flashcard } from "@/lib/generate/types";
import type { Deck, Fact } from "./schema";

export interface Catalog {
  decks: Deck[];
  facts: Fact[];
  factsById: ReadonlyMap<string, Fact>;
  deckOfFact: ReadonlyMap<string, string>;
  flashcards: Flashcard[];
  flashcardsById: ReadonlyMap<string, Flashcard>;
  /** Per deck, what answer checking needs beyond the fact: its synonyms and every answer of the deck. */
  checkOptions: ReadonlyMap<string, CheckOptions>;
}

function checkOptionsOf(deck: Deck): CheckOptions {
  const knownAnswers = new Set(deck.facts.flatMap((f) => [f.answer, ...alternativesOf(f)].map((a) => normalizeAnswer(a))));
  return { synonyms: buildSynonymTable(deck.meta.synonyms ?? []), knownAnswers };
}

/** Builds the lookup tables once from already validated decks. */
export function buildCatalog(decks: Deck[]): Catalog {
  const facts = decks.flatMap((d) => d.facts);
  const flashcards = decks.flatMap((d) => generateFlashcards(d.facts));
  return {
    decks,
    facts,
    factsById: new Map(facts.map((f) => [f.id, f])),
    deckOfFact: new Map(decks.flatMap((d) => d.facts.map((f) => [f.id, d.meta.id] as const))),
    flashcards,
    flashcardsById: new Map(flashcards.map((c) => [c.id, c])),
    checkOptions: new Map(decks.map((d) => [d.meta.id, checkOptionsOf(d)])),
  };
}

export const CATALOG: Catalog = buildCatalog(RAW_DECKS as unknown as Deck[]);
