// The daily flashcard loop on a phone: reveal, rate by tap, key and swipe, undo, reload, offline.
import { expect, test } from "@playwright/test";
import { rateCurrentCard, readStoredLogs, waitForServiceWorker } from "./helpers";

const question = (page: import("@playwright/test").Page) => page.getByTestId("flashcard").getByRole("heading");

test("rate 10 cards with taps and keys, reload: progress is kept", async ({ page }) => {
  await page.goto("/reviser/");
  await expect(page.getByTestId("queue-counts")).toContainText("15 nouvelles");
  for (let i = 0; i < 5; i++) await rateCurrentCard(page, "Facile");
  for (let i = 0; i < 5; i++) {
    await expect(page.getByRole("button", { name: "Afficher la réponse" })).toBeVisible();
    await page.keyboard.press("Space");
    await expect(page.getByTestId("card-back")).toBeVisible();
    await page.keyboard.press("4");
  }
  await expect(page.getByTestId("queue-counts")).toContainText("5 nouvelles");
  expect(await readStoredLogs(page)).toHaveLength(10);

  await page.reload();
  await expect(page.getByTestId("queue-counts")).toContainText("5 nouvelles");
  await page.goto("/");
  await expect(page.getByTestId("done-count")).toHaveText("10");
  await expect(page.getByTestId("new-count")).toHaveText("5");
});

test("undo restores the previous card and removes its log", async ({ page }) => {
  await page.goto("/reviser/");
  const first = await question(page).textContent();
  await rateCurrentCard(page, "À revoir");
  await expect(question(page)).not.toHaveText(first!);
  expect(await readStoredLogs(page)).toHaveLength(1);

  await page.getByRole("button", { name: "Annuler la dernière note" }).click();
  await expect(question(page)).toHaveText(first!);
  await expect(page.getByTestId("card-back")).toBeVisible();
  expect(await readStoredLogs(page)).toHaveLength(0);
  await expect(page.getByTestId("queue-counts")).toContainText("15 nouvelles");

  // Ctrl+Z undoes too.
  await page.keyboard.press("3");
  await expect(question(page)).not.toHaveText(first!);
  await page.keyboard.press("Control+z");
  await expect(question(page)).toHaveText(first!);
  expect(await readStoredLogs(page)).toHaveLength(0);
});

test("swipe left rates À revoir and swipe right rates Bien", async ({ page }) => {
  await page.goto("/reviser/");
  const swipe = async (dx: number) => {
    await page.getByRole("button", { name: "Afficher la réponse" }).click();
    const card = page.getByTestId("flashcard");
    const box = (await card.boundingBox())!;
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    await card.dispatchEvent("pointerdown", { pointerType: "touch", clientX: x, clientY: y, isPrimary: true });
    await card.dispatchEvent("pointermove", { pointerType: "touch", clientX: x + dx / 2, clientY: y, isPrimary: true });
    await card.dispatchEvent("pointerup", { pointerType: "touch", clientX: x + dx, clientY: y, isPrimary: true });
  };
  await swipe(-150);
  await expect.poll(async () => (await readStoredLogs(page)).map((l) => l.rating)).toEqual([1]);
  await swipe(150);
  await expect.poll(async () => (await readStoredLogs(page)).map((l) => l.rating)).toEqual([1, 3]);
});

test("a whole review session offline, kept after reload @desktop", async ({ page, context }) => {
  await page.goto("/");
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.goto("/reviser/");
  for (let i = 0; i < 15; i++) await rateCurrentCard(page, "Facile");
  await expect(page.getByRole("heading", { name: "Terminé pour aujourd’hui" })).toBeVisible();
  await expect(page.getByTestId("next-due")).toContainText("Prochaine révision");
  await page.reload();
  await expect(page.getByRole("heading", { name: "Terminé pour aujourd’hui" })).toBeVisible();
  expect(await readStoredLogs(page)).toHaveLength(15);
  await context.setOffline(false);
});

test("keyboard-only review: Tab to reveal, digits to rate @desktop", async ({ page }) => {
  await page.goto("/reviser/");
  await expect(page.getByRole("button", { name: "Afficher la réponse" })).toBeVisible();
  // Reach the reveal button with Tab alone, as a keyboard user would.
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press("Tab");
    if (await page.getByRole("button", { name: "Afficher la réponse" }).evaluate((b) => b === document.activeElement)) break;
  }
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("card-back")).toBeVisible();
  await page.keyboard.press("2");
  await page.keyboard.press("Enter");
  await page.keyboard.press("1");
  await expect.poll(async () => (await readStoredLogs(page)).map((l) => l.rating)).toEqual([2, 1]);
});

test("a review in one tab appears in the other", async ({ context }) => {
  const [a, b] = [await context.newPage(), await context.newPage()];
  await a.goto("/reviser/");
  await b.goto("/");
  await expect(b.getByTestId("new-count")).toHaveText("15");
  await rateCurrentCard(a, "Facile");
  await rateCurrentCard(a, "Facile");
  await b.reload();
  await expect(b.getByTestId("done-count")).toHaveText("2");
  await b.goto("/reviser/");
  await expect(b.getByTestId("queue-counts")).toContainText("13 nouvelles");
  await rateCurrentCard(b, "Facile");
  await expect(a.getByTestId("queue-counts")).toContainText("12 nouvelles");
  expect(await readStoredLogs(a)).toHaveLength(3);
});
