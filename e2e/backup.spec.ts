// Backup and restore: export, reset, import brings every card and log back; a wrong file changes
// nothing and says why; reset always asks first.
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { playMatchRound, rateCurrentCard, readStoredLogs } from "./helpers";

async function reviewCards(page: Page, count: number): Promise<void> {
  await page.goto("/reviser/");
  for (let i = 0; i < count; i++) await rateCurrentCard(page, ["Facile", /Bien|Correct/, "À revoir"][i % 3]);
  await expect.poll(async () => (await readStoredLogs(page)).length).toBe(count);
}

/** The cards-by-state figures of the stats screen, e.g. [110, 3, 0, 2]. */
async function stateFigures(page: Page): Promise<string[]> {
  await page.goto("/stats/");
  const table = page.getByTestId("state-table");
  await expect(table).toBeVisible();
  return table.locator("td").allTextContents();
}

const sortedLogs = async (page: Page) =>
  (await readStoredLogs(page)).map((l) => `${l.cardId}/${l.rating}`).sort();

async function resetAll(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Tout effacer…" }).click();
  await page.getByRole("dialog", { name: "Effacer toute ta progression ?" }).getByRole("button", { name: "Oui, tout effacer" }).click();
  await expect(page.getByTestId("reset-done")).toBeVisible();
}

test("backup export, reset, import restores every card and log @desktop", async ({ page }) => {
  await reviewCards(page, 5);
  const logsBefore = await sortedLogs(page);
  const statesBefore = await stateFigures(page);

  await page.goto("/reglages/");
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Exporter une sauvegarde" }).click()]);
  expect(file.suggestedFilename()).toMatch(/^revisions-sauvegarde-\d{4}-\d{2}-\d{2}\.json$/);
  const path = (await file.path())!;
  const backup = JSON.parse(await readFile(path, "utf8")) as { app: string; appVersion: string; cards: object; logs: unknown[] };
  expect(backup.app).toBe("kazakhstan-onu-revision");
  expect(backup.appVersion).toMatch(/^\d+\.\d+\.\d+/);
  expect(backup.logs).toHaveLength(5);
  const cardCount = Object.keys(backup.cards).length;

  await resetAll(page);
  expect(await readStoredLogs(page)).toHaveLength(0);
  expect(await stateFigures(page)).not.toEqual(statesBefore);

  await page.goto("/reglages/");
  await page.getByTestId("backup-file").setInputFiles(path);
  await expect(page.getByTestId("backup-preview")).toContainText(`${cardCount} cartes, 5 révisions`);
  // Nothing happens before the confirmation.
  expect(await readStoredLogs(page)).toHaveLength(0);
  await page.getByRole("button", { name: "Restaurer cette sauvegarde" }).click();
  await expect(page.getByTestId("backup-done")).toContainText("5 révisions ajoutées");

  expect(await sortedLogs(page)).toEqual(logsBefore);
  expect(await stateFigures(page)).toEqual(statesBefore);
  await page.reload();
  expect(await sortedLogs(page)).toEqual(logsBefore);
  expect(await stateFigures(page)).toEqual(statesBefore);
});

test("importing a wrong file shows the French reason and changes nothing", async ({ page }) => {
  await reviewCards(page, 2);
  const logsBefore = await sortedLogs(page);
  const statesBefore = await stateFigures(page);
  await page.goto("/reglages/");

  const files = [
    { name: "notes.json", text: "ceci n’est pas du JSON", reason: "Fichier JSON illisible." },
    { name: "autre.json", text: JSON.stringify({ app: "une-autre-appli", format: 1, cards: {} }), reason: "Ce fichier n’est pas une sauvegarde de l’application." },
    {
      name: "futur.json",
      text: JSON.stringify({ app: "kazakhstan-onu-revision", format: 99, appVersion: "9.0.0", exportedAt: "2030-01-01T00:00:00Z", settings: {}, cards: {}, logs: [] }),
      reason: /version plus récente/,
    },
    { name: "vide.json", text: "", reason: "Le fichier est vide." },
  ];
  for (const f of files) {
    await page.getByTestId("backup-file").setInputFiles({ name: f.name, mimeType: "application/json", buffer: Buffer.from(f.text) });
    const alert = page.getByTestId("backup-error");
    await expect(alert).toContainText(f.reason);
    await expect(alert).toContainText("Rien n’a été modifié.");
    await expect(page.getByRole("button", { name: "Restaurer cette sauvegarde" })).toHaveCount(0);
  }
  expect(await sortedLogs(page)).toEqual(logsBefore);
  expect(await stateFigures(page)).toEqual(statesBefore);
});

test("reset asks first: cancelling keeps everything", async ({ page }) => {
  await reviewCards(page, 2);
  await page.goto("/reglages/");
  await page.getByRole("button", { name: "Tout effacer…" }).click();
  const dialog = page.getByRole("dialog", { name: "Effacer toute ta progression ?" });
  await expect(dialog).toContainText("2 cartes étudiées et 2 révisions");
  await expect(dialog.getByRole("button", { name: "Annuler" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(dialog).toBeHidden();
  expect(await readStoredLogs(page)).toHaveLength(2);
});

test("a backup larger than the free space: nothing is imported, and the space it needs is given", async ({ page }) => {
  // A small localStorage (300,000 characters), as a nearly full one would be.
  await page.addInitScript(() => {
    const LIMIT = 300_000;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (this === window.localStorage) {
        let used = 0;
        for (const k of Object.keys(localStorage)) if (k !== key) used += k.length + (localStorage.getItem(k) ?? "").length;
        if (used + key.length + String(value).length > LIMIT) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      }
      return setItem.call(this, key, value);
    };
  });
  await reviewCards(page, 2);
  const logsBefore = await sortedLogs(page);
  const start = Date.UTC(2024, 0, 1);
  const logs = Array.from({ length: 20_000 }, (_, i) => ["onu-adhesion-date:forward", start + i * 60_000, 3, 2, 4000]);
  const text = JSON.stringify({ app: "kazakhstan-onu-revision", format: 1, appVersion: "0.1.0", exportedAt: "2024-02-01T00:00:00Z", settings: {}, cards: {}, logs });
  await page.goto("/reglages/");
  await page.getByTestId("backup-file").setInputFiles({ name: "grosse.json", mimeType: "application/json", buffer: Buffer.from(text) });
  await expect(page.getByTestId("backup-preview")).toContainText("20000 révisions");
  await page.getByRole("button", { name: "Restaurer cette sauvegarde" }).click();
  const alert = page.getByTestId("backup-error");
  await expect(alert).toContainText(/Pas assez de place.*besoin d’environ \d+\s*Ko, il en manque \d+\s*Ko/);
  await expect(alert).toContainText("Rien n’a été modifié.");
  expect(await sortedLogs(page)).toEqual(logsBefore);
  await page.reload();
  expect(await sortedLogs(page)).toEqual(logsBefore);
});

test("a backup carries suspended and flagged cards, Match times and the test date to another browser", async ({ page, browser }) => {
  await page.goto("/cartes/");
  const rows = page.getByTestId("card-row");
  await rows.nth(0).getByRole("button", { name: "Suspendre" }).click();
  await rows.nth(1).getByRole("button", { name: "Signaler" }).click();
  await page.goto("/match/");
  await page.getByRole("button", { name: "Jouer" }).click();
  await playMatchRound(page, { mistake: false });
  await expect(page.getByTestId("match-result")).toContainText("Nouveau record !");
  const best = (await page.getByTestId("match-best").textContent())!.match(/\d+,\d s/)![0];
  await page.goto("/");
  const inTwoWeeks = await page.evaluate(() => {
    const d = new Date(Date.now() + 14 * 86_400_000);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
  });
  await page.getByLabel("Date du contrôle").fill(inTwoWeeks);
  const countdown = (await page.getByTestId("plan-countdown").textContent())!;
  expect(countdown).toMatch(/^Contrôle dans 1[345] jours/);

  await page.goto("/reglages/");
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Exporter une sauvegarde" }).click()]);
  const path = (await file.path())!;

  // Another browser (a new phone): nothing there until the backup is restored.
  const other = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: "fr-FR", timezoneId: "Europe/Paris", viewport: { width: 412, height: 915 } });
  const phone = await other.newPage();
  await phone.goto("/reglages/");
  await phone.getByTestId("backup-file").setInputFiles(path);
  await phone.getByRole("button", { name: "Restaurer cette sauvegarde" }).click();
  await expect(phone.getByTestId("backup-done")).toBeVisible();
  await phone.goto("/cartes/");
  await phone.getByLabel("État").selectOption({ label: "Suspendues" });
  await expect(phone.getByTestId("card-count")).toHaveText(/^1 carte sur/);
  await phone.getByLabel("État").selectOption({ label: "Signalées" });
  await expect(phone.getByTestId("card-count")).toHaveText(/^1 carte sur/);
  await phone.goto("/match/");
  await expect(phone.getByTestId("match-best")).toContainText(`Ton record sur tous les thèmes : ${best}`);
  await phone.goto("/");
  await expect(phone.getByTestId("plan-countdown")).toHaveText(countdown);
  await other.close();
});
