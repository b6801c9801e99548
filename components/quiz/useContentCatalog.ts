"use client";
// The content catalog without booting the study store: a quiz link is decoded (and may be refused)
// before anything is read from or written to storage. The chunk is the one the store loads anyway.
import { useEffect, useState } from "react";
import type { Catalog } from "@/lib/content/catalog";
import type { ShareDeck } from "@/lib/share";

/** The catalog once its chunk is loaded, else null. */
export function useContentCatalog(): Catalog | null {
  const [catalog, setCatalog] = useState<Catalog | null>(null);
  useEffect(() => {
    let live = true;
    void import("@/lib/content/catalog").then(({ CATALOG }) => live && setCatalog(CATALOG));
    return () => {
      live = false;
    };
  }, []);
  return catalog;
}

/** The decks as share links see them: id and fact ids in content order. */
export function shareDecks(catalog: Catalog): ShareDeck[] {
  return catalog.decks.map((deck) => ({ id: deck.meta.id, factIds: deck.facts.map((f) => f.id) }));
}
