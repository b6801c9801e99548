/**
 * The content as screens use it: lookup tables built from the build's static files
 * (`staticCatalog.ts`). Two levels, so a screen loads only what it shows:
 *
 * - `CardCatalog` (cards.json): decks' metadata, flashcards, each fact's deck and topic. The study
 *   store, the review, the card browser and the statistics need no more.
 * - `Catalog` (cards.json + facts.json): adds the facts and what answer checking needs, for the
 *   screens that ask questions.
 */
import { buildSynonymTable } from "@/lib/answer/looseKey";
import { normalizeAnswer } from "@/lib/answer/normalize";
import type { CheckOptions } from "@/lib/answer/check";
import { trueStatementsOf } from "@/lib/answer/statements";
import type { Flashcard } from "@/lib/generate/types";
import { alternativesOf } from "./alternatives";
import type { DeckMeta, Fact } from "./schema";
import type { CardsFile, FactsFile } from "./staticCatalog";

export interface CardCatalog {
  decks: { meta: DeckMeta }[];
  flashcards: Flashcard[];
  flashcardsById: ReadonlyMap<string, Flashcard>;
  deckOfFact: ReadonlyMap<string, string>;
  topicOfFact: ReadonlyMap<string, string>;
}

/** A deck as the question screens see it: metadata and facts (the article stays on its route). */
export interface StudyDeck {
  meta: DeckMeta;
  facts: Fact[];
}

export interface Catalog extends CardCatalog {
  decks: StudyDeck[];
  facts: Fact[];
  factsById: ReadonlyMap<string, Fact>;
  /** Per deck, what answer checking needs beyond the fact: its synonyms, every answer and every true statement of the deck. */
  checkOptions: ReadonlyMap<string, CheckOptions>;
}

function checkOptionsOf(deck: StudyDeck): CheckOptions {
  const knownAnswers = new Set(deck.facts.flatMap((f) => [f.answer, ...alternativesOf(f)].map((a) => normalizeAnswer(a))));
  return { synonyms: buildSynonymTable(deck.meta.synonyms ?? []), knownAnswers, statements: trueStatementsOf(deck.facts) };
}

/** The card-level tables of a cards file. */
export function buildCardCatalog(file: CardsFile): CardCatalog {
  const flashcards = file.decks.flatMap((d) => d.flashcards);
  return {
    decks: file.decks.map((d) => ({ meta: d.meta })),
    flashcards,
    flashcardsById: new Map(flashcards.map((c) => [c.id, c])),
    deckOfFact: new Map(file.decks.flatMap((d) => d.factTopics.map(([factId]) => [factId, d.meta.id] as const))),
    topicOfFact: new Map(file.decks.flatMap((d) => d.factTopics)),
  };
}

/** The full tables: the card level plus each deck's facts. */
export function buildCatalog(cards: CardCatalog, file: FactsFile): Catalog {
  const factsOf = new Map(file.decks.map((d) => [d.id, d.facts]));
  const decks = cards.decks.map((d) => ({ meta: d.meta, facts: factsOf.get(d.meta.id) ?? [] }));
  const facts = decks.flatMap((d) => d.facts);
  return {
    ...cards,
    decks,
    facts,
    factsById: new Map(facts.map((f) => [f.id, f])),
    checkOptions: new Map(decks.map((d) => [d.meta.id, checkOptionsOf(d)])),
  };
}
