// « Vues aujourd'hui »: home and Stats show the same number, whatever way the cards were answered.
import { expect, test } from "@playwright/test";
import { rateCurrentCard } from "./helpers";

test("home and Stats agree on the cards done today", async ({ page }) => {
  await page.goto("/reviser/");
  await rateCurrentCard(page, "À revoir");
  await rateCurrentCard(page, "Facile");
  await rateCurrentCard(page, "Facile");
  await page.getByRole("button", { name: "Revoir maintenant" }).or(page.getByRole("button", { name: "Afficher la réponse" })).first().waitFor();
  await page.goto("/");
  await expect(page.getByTestId("done-count")).toHaveText("3");
  await page.goto("/stats/");
  await expect(page.getByTestId("stats-today")).toHaveText("3");
});
