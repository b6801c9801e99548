// The decks as share links see them (lib/share): each deck's id and its fact ids in content order.
import type { Catalog } from "@/lib/content/catalog";
import type { ShareDeck } from "@/lib/share/quizSpec";

/** The decks as share links see them: id and fact ids in content order. */
export function shareDecks(catalog: Catalog): ShareDeck[] {
  return catalog.decks.map((deck) => ({ id: deck.meta.id, factIds: deck.facts.map((f) => f.id) }));
}
