"use client";
// The content catalog without booting the study store: a quiz link is decoded (and may be refused)
// before anything is read from or written to storage. The files are the ones the store loads anyway.
import { startTransition, useEffect, useState } from "react";
import type { Catalog } from "@/lib/content/catalog";
import { loadCatalog } from "../content/catalogLoader";
import type { ShareDeck } from "@/lib/share/quizSpec";

/** The catalog once its files are loaded, else null; a failed download reaches the error boundary. */
export function useContentCatalog(): Catalog | null {
  const [state, setState] = useState<{ catalog: Catalog | null; error: Error | null }>({ catalog: null, error: null });
  useEffect(() => {
    let live = true;
    loadCatalog().then(
      // A transition: the screen it renders yields to the browser instead of blocking it.
      (catalog) => live && startTransition(() => setState({ catalog, error: null })),
      (error: Error) => live && setState({ catalog: null, error }),
    );
    return () => {
      live = false;
    };
  }, []);
  if (state.error) throw state.error;
  return state.catalog;
}

/** The decks as share links see them: id and fact ids in content order. */
export function shareDecks(catalog: Catalog): ShareDeck[] {
  return catalog.decks.map((deck) => ({ id: deck.meta.id, factIds: deck.facts.map((f) => f.id) }));
}
