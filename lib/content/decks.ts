/**
 * The validated decks of this build. Validation runs when this module loads, so a wrong fact
 * fails `next build`, the deck CLI and the unit tests with a message naming the fact and field.
 */
import { RAW_DECKS } from "@/content";
import { validateDeck, type Deck, type Fact, type RawDeck } from "./schema";

/** Validates every raw deck and checks fact ids are unique across decks; throws on any error. */
export function loadDecks(raws: RawDeck[]): Deck[] {
  const errors: string[] = [];
  const decks: Deck[] = [];
  const owners = new Map<string, string>();
  for (const raw of raws) {
    const result = validateDeck(raw);
    if (!result.ok) {
      errors.push(...result.errors);
      continue;
    }
    for (const fact of result.deck.facts) {
      const owner = owners.get(fact.id);
      if (owner) errors.push(`fact "${fact.id}", field id: also used in deck "${owner}"`);
      owners.set(fact.id, result.deck.meta.id);
    }
    decks.push(result.deck);
  }
  if (errors.length > 0) throw new Error(`Invalid content:\n${errors.join("\n")}`);
  return decks;
}

export const DECKS: Deck[] = loadDecks(RAW_DECKS);

/** All facts of all decks, keyed by id. */
export const FACTS_BY_ID: ReadonlyMap<string, Fact> = new Map(DECKS.flatMap((d) => d.facts.map((f) => [f.id, f])));

export function findDeck(id: string): Deck | undefined {
  return DECKS.find((d) => d.meta.id === id);
}
