// Review on a phone when learning cards come back: the screen's clock moves, « Revoir maintenant »
// always shows the next card, the card flips when tapped, and a fact's second card waits for tomorrow.
import { expect, test } from "@playwright/test";
import { rateCurrentCard } from "./helpers";

const question = (page: import("@playwright/test").Page) => page.getByTestId("flashcard").getByRole("heading");

test("« Revoir maintenant » keeps working, and due cards come back on their own", async ({ page }) => {
  await page.clock.install();
  await page.goto("/reviser/");
  for (let i = 0; i < 15; i++) await rateCurrentCard(page, "À revoir");
  await expect(page.getByRole("heading", { name: "Terminé pour aujourd’hui" })).toBeVisible();
  await expect(page.getByTestId("next-due")).toContainText("dans 1 min");

  // Each tap studies the next learning card ahead of time, however close their due times are.
  for (let i = 0; i < 3; i++) {
    await page.getByRole("button", { name: "Revoir maintenant" }).click();
    await expect(question(page)).toBeVisible();
    await rateCurrentCard(page, "À revoir");
    await expect(page.getByRole("button", { name: "Revoir maintenant" })).toBeVisible();
  }

  // Time passes with the screen open: the learning cards fall due and the session resumes.
  await page.clock.fastForward(70_000);
  await expect(question(page)).toBeVisible();
  await expect(page.getByTestId("queue-counts")).toContainText("à réviser");
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
