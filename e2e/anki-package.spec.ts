// The Anki package with the student's progress, from Réglages: offline before its SQLite component was
// ever fetched, the student is told in French; online it downloads, and the file, read back by Python's
// zipfile and SQLite, holds every card, the studied cards' schedules and the review history. After
// that first use it also works offline.
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { readAnkiPackage } from "../lib/study/apkgTesting";
import { rateCurrentCard, waitForServiceWorker } from "./helpers";

async function downloadPackage(page: Page): Promise<Uint8Array> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /Paquet Anki avec ma progression/ }).click()]);
  expect(file.suggestedFilename()).toBe("revisions-anki.apkg");
  return new Uint8Array(await readFile((await file.path())!));
}

test("Anki package: offline message first, then a file Anki reads with schedules and reviews @desktop", async ({ page, context }) => {
  // Midday: a 10-minute learning step stays on its study day (run at 03:55, it would cross the 04:00
  // rollover and Anki would rightly file it as a day-learning card).
  const midday = new Date();
  midday.setHours(12, 0, 0, 0);
  await page.clock.setFixedTime(midday);
  await page.goto("/reviser/");
  await rateCurrentCard(page, "Facile");
  await rateCurrentCard(page, "Bien");
  await page.goto("/reglages/");
  await waitForServiceWorker(page);

  await context.setOffline(true);
  await page.getByRole("button", { name: /Paquet Anki avec ma progression/ }).click();
  await expect(page.getByTestId("apkg-error")).toContainText("Tu es hors ligne : reconnecte-toi puis réessaie.");
  await context.setOffline(false);

  const { names, db } = readAnkiPackage(await downloadPackage(page));
  await expect(page.getByTestId("apkg-status")).toContainText("2 révisions");
  expect(names.sort()).toEqual(["collection.anki21", "media"]);
  const notes = db.prepare("SELECT count(*) AS n FROM notes").get() as { n: number };
  await expect(page.getByText(`Les ${notes.n} cartes du cours`)).toBeVisible();
  expect(db.prepare("SELECT count(*) AS n FROM cards").get()).toEqual(notes);
  const studied = db.prepare("SELECT type, queue, reps, data FROM cards WHERE queue != 0 ORDER BY type DESC").all() as { type: number; queue: number; reps: number; data: string }[];
  expect(studied.map((c) => [c.type, c.queue, c.reps])).toEqual([[2, 2, 1], [1, 1, 1]]);
  expect(JSON.parse(studied[0].data)).toMatchObject({ dr: 0.9 });
  expect(JSON.parse(studied[0].data).s).toBeGreaterThan(1);
  expect((db.prepare("SELECT ease FROM revlog ORDER BY id").all() as { ease: number }[]).map((r) => r.ease)).toEqual([4, 3]);

  // Cached at first use: the package can now be made offline.
  await context.setOffline(true);
  await page.reload();
  const again = readAnkiPackage(await downloadPackage(page));
  expect(again.db.prepare("SELECT count(*) AS n FROM revlog").get()).toEqual({ n: 2 });
});
