// Review on a phone when learning cards come back: those due within 20 min are shown ahead, a later
// one is announced (« Prochaine carte dans 30 min ») instead of a false « Terminé », the screen's clock
// moves, « Revoir maintenant » always shows the next card, the card flips when tapped, and a fact's
// second card waits for tomorrow.
import { expect, test } from "@playwright/test";
import { rateCurrentCard } from "./helpers";

const question = (page: import("@playwright/test").Page) => page.getByTestId("flashcard").getByRole("heading");

test("learning cards due within 20 min are shown ahead: no « Terminé » while one comes back", async ({ page }) => {
  await page.clock.install();
  await page.goto("/reviser/");
  for (let i = 0; i < 15; i++) await rateCurrentCard(page, "À revoir");
  // Each card comes back in a minute: studied ahead at once, never « Terminé ».
  await expect(question(page)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Terminé pour aujourd’hui" })).toHaveCount(0);
  await expect(page.getByTestId("queue-counts")).toContainText("15 à réviser");
});

test("a card coming back in more than 20 min is announced, with practice meanwhile, and comes back by itself", async ({ page }) => {
  await page.clock.install();
  await page.goto("/reglages/");
  await page.getByTestId("advanced-settings").getByText("Réglages avancés").click();
  await page.getByLabel("Quand revoir une nouvelle carte").fill("30 min");
  await page.getByTestId("advanced-settings").getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByTestId("settings-status-advanced")).toHaveText("Réglages enregistrés.");
  await page.goto("/reviser/");
  for (let i = 0; i < 15; i++) await rateCurrentCard(page, "À revoir");
  await expect(page.getByRole("heading", { name: "Prochaine carte dans 30 min" })).toBeVisible();
  await expect(page.getByText("15 cartes révisées pendant cette séance.")).toBeVisible();
  await expect(page.getByRole("link", { name: "S’entraîner en attendant" })).toBeVisible();

  await expect(page.getByRole("button", { name: "Revoir maintenant" })).toBeVisible();

  // Time passes with the screen open: 11 min later the cards are within the learn-ahead and come back.
  await page.clock.fastForward(11 * 60_000);
  await expect(question(page)).toBeVisible();
  for (let i = 0; i < 15; i++) await rateCurrentCard(page, "Bien");
  await expect(page.getByRole("heading", { name: "Terminé pour aujourd’hui" })).toBeVisible();
  // Each card was answered twice, and is still one card of the session.
  await expect(page.getByText("15 cartes révisées pendant cette séance.")).toBeVisible();
});

test("tapping the card flips it; a fact's reverse card never follows its forward card", async ({ page }) => {
  await page.goto("/reviser/");
  const kinds: string[] = [];
  for (let i = 0; i < 15; i++) {
    kinds.push((await page.getByTestId("flashcard").locator("p").first().textContent())!);
    await page.getByTestId("flashcard").click();
    await expect(page.getByTestId("card-back")).toBeVisible();
    await page.getByRole("group", { name: "Évaluer ta réponse" }).getByRole("button", { name: "Facile" }).click();
  }
  await expect(page.getByRole("heading", { name: "Terminé pour aujourd’hui" })).toBeVisible();
  // Only forward cards were shown: each reverse card is buried until the next study day.
  expect(new Set(kinds)).toEqual(new Set(["Question"]));
});
