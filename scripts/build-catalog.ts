// Writes the content's static files (lib/content/staticCatalog.ts) into public/catalog/ before
// `next build` and `next dev`: validation and flashcard generation happen here, once per build, and a
// wrong fact fails the build with a message naming the fact and field.
import { mkdirSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { DECKS } from "../lib/content/decks";
import { catalogFiles, CATALOG_URLS } from "../lib/content/staticCatalog";

const files = catalogFiles(DECKS);
mkdirSync("public/catalog", { recursive: true });
for (const [name, url] of Object.entries(CATALOG_URLS) as [keyof typeof CATALOG_URLS, string][]) {
  const text = JSON.stringify(files[name]);
  writeFileSync(`public${url}`, text);
  console.log(`catalog: public${url} ${(text.length / 1024).toFixed(1)} KB (${(gzipSync(text).length / 1024).toFixed(1)} KB gzipped)`);
}
