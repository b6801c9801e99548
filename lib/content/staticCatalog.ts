/**
 * The content as the build ships it to the browser: two static JSON files computed once per build
 * from the validated decks (`scripts/build-catalog.ts`), so the browser neither validates the content,
 * nor generates flashcards, nor downloads what a screen does not show.
 *
 * - `cards.json`: per deck its metadata, each fact's topic and its flashcards. Enough for the study
 *   store, the review, the card browser and the statistics.
 * - `facts.json`: per deck its facts (no article: the article's route is prerendered). What the
 *   question generator and answer checking need, loaded only by the screens that ask questions.
 *
 * Both carry `format`; a file of another format is refused rather than misread.
 */
import { generateFlashcards } from "@/lib/generate/flashcards";
import type { Flashcard } from "@/lib/generate/types";
import type { Deck, DeckMeta, Fact } from "./schema";

export const CATALOG_FORMAT = 1;

/** Where the files are served from (and precached by the service worker). */
export const CATALOG_URLS = { cards: "/catalog/cards.json", facts: "/catalog/facts.json" } as const;

export interface CardsFile {
  format: typeof CATALOG_FORMAT;
  decks: { meta: DeckMeta; factTopics: [factId: string, topic: string][]; flashcards: Flashcard[] }[];
}

export interface FactsFile {
  format: typeof CATALOG_FORMAT;
  decks: { id: string; facts: Fact[] }[];
}

/**
 * The two files of a build, from validated decks.
 *
 * @example
 * const { cards, facts } = catalogFiles(DECKS);
 * cards.decks[0].flashcards[0].id; // "onu-adhesion-date:forward"
 */
export function catalogFiles(decks: readonly Deck[]): { cards: CardsFile; facts: FactsFile } {
  return {
    cards: {
      format: CATALOG_FORMAT,
      decks: decks.map((d) => ({ meta: d.meta, factTopics: d.facts.map((f) => [f.id, f.topic]), flashcards: generateFlashcards(d.facts, d.article) })),
    },
    facts: { format: CATALOG_FORMAT, decks: decks.map((d) => ({ id: d.meta.id, facts: d.facts })) },
  };
}

/** Thrown when a catalog file is not one this code can read (wrong format, another build's shape). */
export class CatalogFileError extends Error {}

/**
 * Checks the envelope of a fetched file: the format and a `decks` array. Its content was validated
 * by the build that wrote it.
 */
export function checkCatalogFile<T extends CardsFile | FactsFile>(value: unknown, name: string): T {
  const file = value as Partial<T> | null;
  if (!file || typeof file !== "object" || file.format !== CATALOG_FORMAT || !Array.isArray(file.decks)) {
    throw new CatalogFileError(`${name}: not a catalog file of format ${CATALOG_FORMAT}`);
  }
  return file as T;
}
