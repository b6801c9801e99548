/**
 * The deck's flashcards as Anki notes: one Basic note per card, with a guid made from the deck id and
 * the stable card id (so importing again updates the notes instead of duplicating them), the deck
 * name and a tag per theme. Shared by the Anki text export and the Anki package.
 */
import type { Catalog } from "@/lib/content/catalog";

export interface AnkiNote {
  /** `${deckId}:${cardId}`, stable across exports. */
  guid: string;
  /** The app's card id (`${factId}:${kind}`), for the schedule. */
  cardId: string;
  front: string;
  back: string;
  /** Anki deck name, e.g. "Le Kazakhstan et les Nations Unies". */
  deck: string;
  /** Space-free Anki tags: `${deckId}::${topicId}`. */
  tags: string[];
}

/** Anki tags cannot hold spaces. */
function tagOf(text: string): string {
  return text.trim().replace(/\s+/g, "_");
}

/**
 * Anki notes for every flashcard of the catalog, in catalog order.
 *
 * @example
 * ankiNotes(CATALOG)[0]; // { guid: "kazakhstan-onu:onu-adhesion-date:forward", tags: ["kazakhstan-onu::membre-onu"], … }
 */
export function ankiNotes(catalog: Pick<Catalog, "decks" | "flashcards" | "factsById" | "deckOfFact">): AnkiNote[] {
  const decks = new Map(catalog.decks.map((d) => [d.meta.id, d.meta]));
  return catalog.flashcards.map((card) => {
    const deckId = catalog.deckOfFact.get(card.factId) ?? "deck";
    const topic = catalog.factsById.get(card.factId)?.topic;
    return {
      guid: `${deckId}:${card.id}`,
      cardId: card.id,
      front: card.front,
      back: card.back,
      deck: decks.get(deckId)?.title ?? deckId,
      tags: topic ? [tagOf(`${deckId}::${topic}`)] : [],
    };
  });
}
