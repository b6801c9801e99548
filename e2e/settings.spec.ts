// FSRS settings: saved values survive a reload and drive the review queue; wrong values are refused
// with a French message and change nothing.
import { expect, test } from "@playwright/test";
import { rateCurrentCard } from "./helpers";

test("settings changes persist after reload; invalid retention is refused @desktop", async ({ page }) => {
  await page.goto("/reglages/");
  const retention = page.getByLabel("Rétention souhaitée");
  const newPerDay = page.getByLabel("Nouvelles cartes par jour");
  const steps = page.getByLabel("Étapes d’apprentissage");
  await expect(retention).toHaveValue("0,90");
  await expect(newPerDay).toHaveValue("15");

  await retention.fill("0,5");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByTestId("error-desiredRetention")).toHaveText(/entre 0,70 et 0,99/);
  await expect(retention).toHaveAttribute("aria-invalid", "true");
  await expect(retention).toBeFocused();
  await expect(page.getByTestId("settings-status")).toBeEmpty();
  await page.reload();
  await expect(retention).toHaveValue("0,90");

  await steps.fill("1 minute");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByTestId("error-learningSteps")).toContainText("« 1m 10m »");

  await retention.fill("0.85");
  await newPerDay.fill("20");
  await steps.fill("1m 5m 1j");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByTestId("settings-status")).toHaveText("Réglages enregistrés.");
  await page.reload();
  await expect(retention).toHaveValue("0,85");
  await expect(newPerDay).toHaveValue("20");
  await expect(steps).toHaveValue("1m 5m 1d");

  // The review queue follows the new daily limit.
  await page.goto("/reviser/");
  await expect(page.getByTestId("queue-counts")).toContainText("20 nouvelles");
});

test("default values come back with one button", async ({ page }) => {
  await page.goto("/reglages/");
  await page.getByLabel("Nouvelles cartes par jour").fill("3");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByTestId("settings-status")).toHaveText("Réglages enregistrés.");
  await page.getByRole("button", { name: "Valeurs par défaut" }).click();
  await page.reload();
  await expect(page.getByLabel("Nouvelles cartes par jour")).toHaveValue("15");
});

test("persistent storage status is shown once there is progress", async ({ page }) => {
  await page.goto("/reglages/");
  await expect(page.getByText("l’application le demandera au navigateur")).toBeVisible();
  await page.goto("/reviser/");
  await rateCurrentCard(page, "Facile");
  await page.goto("/reglages/");
  await expect(page.getByTestId("storage-persisted")).toHaveText(/^(oui|non)/);
});
