/**
 * The catalog of this build's content for Node (unit tests, scripts): built from the same static
 * files the browser fetches, computed here in memory instead of read over the network.
 */
import { buildCardCatalog, buildCatalog, type Catalog } from "./catalog";
import { DECKS } from "./decks";
import { catalogFiles } from "./staticCatalog";

const files = catalogFiles(DECKS);

export const CATALOG: Catalog = buildCatalog(buildCardCatalog(files.cards), files.facts);
