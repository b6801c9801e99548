// Loads the content's static files (lib/content/staticCatalog.ts) once per page and builds the
// lookup tables: the card level for every study screen, the facts only for the screens that ask
// questions. The pages start both downloads from their HTML (`CatalogPreload`), so by the time this
// code runs the files are usually there. A failed load is forgotten, so the next attempt fetches again.
// The code that reads the files and builds the tables (with answer checking's normalizer) is imported
// here, when the files are, not with the page's first-load scripts: no screen needs it before.
import type { CardCatalog, Catalog } from "@/lib/content/catalog";
import type { CardsFile, FactsFile } from "@/lib/content/staticCatalog";

/** The content could not be downloaded or read (offline before the first visit finished caching). */
export class CatalogLoadError extends Error {
  override name = "CatalogLoadError";
}

async function fetchFile<T extends CardsFile | FactsFile>(file: "cards" | "facts"): Promise<T> {
  const { CATALOG_URLS, checkCatalogFile } = await import("@/lib/content/staticCatalog");
  const url = CATALOG_URLS[file];
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new CatalogLoadError(`${url}: ${String(error)}`);
  }
  if (!response.ok) throw new CatalogLoadError(`${url}: HTTP ${response.status}`);
  try {
    return checkCatalogFile<T>(await response.json(), url);
  } catch (error) {
    throw new CatalogLoadError(`${url}: ${String(error)}`);
  }
}

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
}

/** Decks' metadata and flashcards. */
export const loadCardCatalog = once(async (): Promise<CardCatalog> => {
  const [{ buildCardCatalog }, file] = await Promise.all([import("@/lib/content/catalog"), fetchFile<CardsFile>("cards")]);
  return buildCardCatalog(file);
});

/** Everything, facts included. */
export const loadCatalog = once(async (): Promise<Catalog> => {
  const [{ buildCatalog }, cards, facts] = await Promise.all([import("@/lib/content/catalog"), loadCardCatalog(), fetchFile<FactsFile>("facts")]);
  return buildCatalog(cards, facts);
});
