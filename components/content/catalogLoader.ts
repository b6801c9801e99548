// Loads the content's static files (lib/content/staticCatalog.ts) once per page and builds the
// lookup tables: the card level for every study screen, the facts only for the screens that ask
// questions. The pages start both downloads from their HTML (`CatalogPreload`), so by the time this
// code runs the files are usually there. A failed load is forgotten, so the next attempt fetches again.
import { buildCardCatalog, buildCatalog, type CardCatalog, type Catalog } from "@/lib/content/catalog";
import { CATALOG_URLS, checkCatalogFile, type CardsFile, type FactsFile } from "@/lib/content/staticCatalog";

/** The content could not be downloaded or read (offline before the first visit finished caching). */
export class CatalogLoadError extends Error {
  override name = "CatalogLoadError";
}

async function fetchFile<T extends CardsFile | FactsFile>(url: string): Promise<T> {
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
export const loadCardCatalog = once(async (): Promise<CardCatalog> => buildCardCatalog(await fetchFile<CardsFile>(CATALOG_URLS.cards)));

/** Everything, facts included. */
export const loadCatalog = once(async (): Promise<Catalog> => {
  const [cards, facts] = await Promise.all([loadCardCatalog(), fetchFile<FactsFile>(CATALOG_URLS.facts)]);
  return buildCatalog(cards, facts);
});
