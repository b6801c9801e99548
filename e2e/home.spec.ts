import { expect, test } from "@playwright/test";

test.describe("home @desktop", () => {
  test("shows the deck and its topics", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Révisions" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Le Kazakhstan et les Nations Unies" })).toBeVisible();
    const topics = page.getByTestId("topics").getByRole("listitem");
    await expect(topics).toHaveCount(8);
    await expect(topics.first()).toContainText("Le Kazakhstan membre de l’ONU");
    await expect(page.getByRole("navigation", { name: "Navigation principale" })).toBeVisible();
  });

  test("bottom navigation leads to the article", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Article" }).click();
    await expect(page).toHaveURL(/\/article\/kazakhstan-onu\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Le Kazakhstan et les Nations Unies");
  });
});

test("a highlighted fact in the article opens its card with its explanation and the student's memory of it", async ({ page }) => {
  await page.goto("/reviser/");
  await page.getByRole("button", { name: "Afficher la réponse" }).click();
  await page.getByRole("group", { name: "Évaluer ta réponse" }).getByRole("button", { name: /Facile/ }).click();
  await page.goto("/article/kazakhstan-onu/");
  await page.locator("#p-2").getByRole("button").first().click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("heading", { level: 2 })).toContainText("Kazakhstan");
  // Its explanation brings what the article does not say, and says so.
  await expect(dialog.getByTestId("explanation")).toContainText(/^Hors article\u00a0: Indépendant depuis le 16 décembre 1991/);
  await expect(dialog.getByTestId("fact-memory")).toContainText(/en révision|en apprentissage|jamais révisée/);
  await expect(dialog.getByTestId("fact-memory")).toContainText("chances de t’en souvenir");
  await dialog.getByRole("button", { name: "Fermer" }).click();
  await expect(dialog).toBeHidden();
});
