// Starts downloading the content's static files from the page's HTML (a preload in <head>), in
// parallel with the page's scripts, instead of after them. A server component: no JavaScript.
import { preload } from "react-dom";
import { CATALOG_URLS } from "@/lib/content/staticCatalog";

export default function CatalogPreload({ facts = false }: { facts?: boolean }) {
  preload(CATALOG_URLS.cards, { as: "fetch", crossOrigin: "anonymous", fetchPriority: "low" });
  if (facts) preload(CATALOG_URLS.facts, { as: "fetch", crossOrigin: "anonymous", fetchPriority: "low" });
  return null;
}
