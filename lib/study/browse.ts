/**
 * The card browser's filter: which cards match a search text, a theme and a memory state (or the
 * suspended / flagged lists). Search ignores case and accents and looks at both sides of the card.
 */
import type { CardMap, CardState } from "./types";

/** What the browser knows of a card from the content. */
export interface BrowsableCard {
  id: string;
  topic: string;
  front: string;
  back: string;
}

/** A memory state, or the student's own lists. */
export type BrowseStateFilter = "all" | CardState | "suspended" | "flagged";

export interface BrowseFilter {
  query: string;
  /** Theme id, or "all". */
  topic: string;
  state: BrowseStateFilter;
}

/** Lower case, no accents, single spaces: « Économie » and « economie » match. */
export function foldForSearch(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * The cards matching `filter`, in content order. A card never studied counts as new.
 *
 * @example
 * filterCards(list, cards, { query: "astana", topic: "all", state: "all" }, { suspended, flagged });
 */
export function filterCards<T extends BrowsableCard>(
  list: readonly T[],
  cards: CardMap,
  filter: BrowseFilter,
  marks: { suspended: ReadonlySet<string>; flagged: ReadonlySet<string> },
): T[] {
  const words = foldForSearch(filter.query).split(" ").filter(Boolean);
  return list.filter((c) => {
    if (filter.topic !== "all" && c.topic !== filter.topic) return false;
    if (filter.state === "suspended" && !marks.suspended.has(c.id)) return false;
    if (filter.state === "flagged" && !marks.flagged.has(c.id)) return false;
    if (typeof filter.state === "number" && (cards.get(c.id)?.state ?? 0) !== filter.state) return false;
    if (words.length === 0) return true;
    const text = foldForSearch(`${c.front} ${c.back}`);
    return words.every((w) => text.includes(w));
  });
}
