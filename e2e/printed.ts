// What the teacher's journeys need to read printed sheets: the PDF Chromium prints, as text per page,
// and the quiz of a link as the app builds it from this build's content.
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { buildCardCatalog, buildCatalog } from "../lib/content/catalog";
import { CATALOG_URLS } from "../lib/content/staticCatalog";
import type { Question } from "../lib/generate/types";
import { quizQuestions } from "../lib/quiz";
import { decodeQuizLink } from "../lib/share";

/** The catalog the browser downloads, read from the build (lib/content/nodeCatalog.ts needs JSON imports). */
export const BUILT_CATALOG = buildCatalog(
  buildCardCatalog(JSON.parse(readFileSync(`out${CATALOG_URLS.cards}`, "utf8"))),
  JSON.parse(readFileSync(`out${CATALOG_URLS.facts}`, "utf8")),
);

/** Compared without any whitespace: printed lines wrap anywhere, and French typography adds no-break spaces. */
export function squash(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, "");
}

/** The text of each page of a PDF, squashed. */
async function pdfPages(pdf: Buffer): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(squash(content.items.map((item) => ("str" in item ? item.str : "")).join("")));
  }
  await document.destroy();
  return pages;
}

export async function printToPdf(page: Page): Promise<string[]> {
  await page.emulateMedia({ media: "print" });
  const pages = await pdfPages(await page.pdf({ format: "A4" }));
  await page.emulateMedia({ media: "screen" });
  return pages;
}

/** The quiz of a payload, as the app builds it from the same content. */
export function questionsOf(payload: string): Question[] {
  const decoded = decodeQuizLink(
    payload,
    BUILT_CATALOG.decks.map((deck) => ({ id: deck.meta.id, factIds: deck.facts.map((f) => f.id) })),
  );
  if (!decoded.ok) throw new Error(`quiz link refused: ${decoded.error}`);
  const deck = BUILT_CATALOG.decks.find((d) => d.meta.id === decoded.spec.deckId)!;
  return quizQuestions(decoded.spec, BUILT_CATALOG.factsById, deck.facts);
}

