// Exports to other tools: the FSRS optimizer CSV of the review logs, and the cards as tab-separated
// text for Anki and Quizlet.
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { rateCurrentCard } from "./helpers";

async function download(page: Page, button: string): Promise<{ name: string; lines: string[] }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button }).click()]);
  const text = await readFile((await file.path())!, "utf8");
  return { name: file.suggestedFilename(), lines: text.split("\n") };
}

/** Typeset French uses (narrow) no-break spaces: compare words only. */
const words = (s: string) => s.replace(/\s+/g, " ").trim();

test("CSV and TSV exports download with the right header and first line @desktop", async ({ page }) => {
  await page.goto("/reviser/");
  await rateCurrentCard(page, "Facile");
  await rateCurrentCard(page, "À revoir");
  await page.goto("/reglages/");

  const csv = await download(page, "Exporter l’historique (CSV)");
  expect(csv.name).toMatch(/\.csv$/);
  expect(csv.lines[0]).toBe("card_id,review_time,review_rating,review_state,review_duration,timezone,next_day_starts_at");
  expect(csv.lines.filter(Boolean)).toHaveLength(3);
  const timeZone = await page.getByTestId("csv-timezone").textContent();
  expect(csv.lines[1]).toMatch(new RegExp(`^[a-z0-9-]+:(forward|reverse),\\d{13},4,0,\\d+,${timeZone},4$`));
  expect(csv.lines[2]).toMatch(/,1,0,\d+,[^,]+,4$/);

  // Anki: header lines, then tab-separated records read with quoting and # comments, as Anki reads them.
  const anki = await download(page, "Cartes pour Anki");
  expect(anki.name).toBe("revisions-cartes-anki.txt");
  const headers = anki.lines.filter((l) => l.startsWith("#"));
  expect(headers).toEqual(["#separator:tab", "#html:true", "#deck:Le Kazakhstan et les Nations Unies", "#guid column:1", "#tags column:4"]);
  const records = parse(anki.lines.slice(headers.length).join("\n"), { delimiter: "\t", comment: "#", comment_no_infix: true, relax_column_count: true }) as string[][];
  const [guid, front, back, tags] = records[0];
  expect(guid).toBe("kazakhstan-onu:onu-adhesion-date:forward");
  expect(words(front)).toBe("Depuis quelle date le Kazakhstan est-il membre des Nations Unies ?");
  expect(words(back)).toBe("2 mars 1992");
  expect(tags).toMatch(/^kazakhstan-onu::[a-z0-9-]+$/);
  expect(records.every((r) => r.length === 4)).toBe(true);
  const cardCount = records.length;
  await expect(page.getByText(`Les ${cardCount} cartes du cours`)).toBeVisible();

  const quizlet = await download(page, "Cartes pour Quizlet");
  expect(quizlet.lines[0].split("\t").map(words)).toEqual([words(front), words(back)]);
  expect(quizlet.lines.join("\n")).not.toContain("<br>");
  expect(quizlet.lines.filter(Boolean)).toHaveLength(cardCount);
});
