/**
 * Keeps the scheduled cards in step with the content. Cards are keyed by `${factId}:${kind}`, so
 * editing a fact's wording keeps its progress; a fact that disappears has its cards set aside in
 * `orphaned` (never deleted) and restored with their progress if the fact comes back.
 */
import { newCard } from "./newCard";
import type { CardMap, Flashcard, Now, StudyCard } from "./types";

export interface CardCollection {
  cards: CardMap;
  orphaned: CardMap;
}

/**
 * Adds cards for new flashcards, sets aside cards whose flashcard is gone, restores returning ones.
 * Returns the same objects when nothing changed, so a store update can be skipped.
 *
 * @example
 * const next = syncCards({ cards: new Map(), orphaned: new Map() }, [{ id: "a:forward", factId: "a", kind: "forward" }], t0);
 * [...next.cards.keys()]; // ["a:forward"]
 */
export function syncCards(stored: CardCollection, flashcards: readonly Flashcard[], now: Now): CardCollection & { changed: boolean } {
  const wanted = new Set(flashcards.map((f) => f.id));
  const cards = new Map<string, StudyCard>();
  const orphaned = new Map(stored.orphaned);
  let changed = false;
  // Content order decides the order new cards are introduced in.
  for (const f of flashcards) {
    if (cards.has(f.id)) continue;
    const existing = stored.cards.get(f.id) ?? stored.orphaned.get(f.id);
    if (orphaned.delete(f.id)) changed = true;
    if (!existing) changed = true;
    cards.set(f.id, existing ?? newCard(f.id, now));
  }
  for (const [id, card] of stored.cards) {
    if (!wanted.has(id)) {
      orphaned.set(id, card);
      changed = true;
    }
  }
  if (!changed) {
    // Same set of cards; keep the stored objects (and their order) untouched.
    return { cards: stored.cards, orphaned: stored.orphaned, changed: false };
  }
  return { cards, orphaned, changed: true };
}
