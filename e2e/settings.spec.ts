// FSRS settings: saved values survive a reload and drive the review queue; wrong values are refused
// with a French message and change nothing.
import { expect, test } from "@playwright/test";
import { rateCurrentCard } from "./helpers";

test("settings changes persist after reload; invalid retention is refused @desktop", async ({ page }) => {
  await page.goto("/reglages/");
  // Sauvegarde comes first; the FSRS settings wait, closed, under « Réglages avancés ».
  await expect(page.getByRole("heading", { level: 2 }).first()).toHaveText("Sauvegarde");
  const advanced = page.getByTestId("advanced-settings");
  const retention = page.getByLabel("Taux de réussite visé");
  await expect(retention).toBeHidden();
  await advanced.getByText("Réglages avancés").click();
  const newPerDay = page.getByLabel("Nouvelles cartes par jour");
  const steps = page.getByLabel("Quand revoir une nouvelle carte");
  const saveAdvanced = advanced.getByRole("button", { name: "Enregistrer" });
  await expect(retention).toHaveValue("90\u00a0%");
  await expect(newPerDay).toHaveValue("15");
  await expect(steps).toHaveValue("1\u00a0min 10\u00a0min");

  await retention.fill("50 %");
  await saveAdvanced.click();
  await expect(page.getByTestId("error-desiredRetention")).toHaveText(/entre 70\u00a0% et 99\u00a0%/);
  await expect(retention).toHaveAttribute("aria-invalid", "true");
  await expect(retention).toBeFocused();
  await expect(page.getByTestId("settings-status-advanced")).toBeEmpty();
  await page.reload();
  await advanced.getByText("Réglages avancés").click();
  await expect(retention).toHaveValue("90\u00a0%");

  await steps.fill("1 minute");
  await saveAdvanced.click();
  await expect(page.getByTestId("error-learningSteps")).toContainText("« 1 min 10 min »");

  await retention.fill("85 %");
  await steps.fill("1 min 5m 1 j");
  await saveAdvanced.click();
  await expect(page.getByTestId("settings-status-advanced")).toHaveText("Réglages enregistrés.");
  await newPerDay.fill("20");
  await page.getByRole("form", { name: "Mon rythme" }).getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByTestId("settings-status")).toHaveText("Réglages enregistrés.");
  await page.reload();
  await advanced.getByText("Réglages avancés").click();
  await expect(retention).toHaveValue("85\u00a0%");
  await expect(newPerDay).toHaveValue("20");
  // French units only: « j » for days, never « d ».
  await expect(steps).toHaveValue("1\u00a0min 5\u00a0min 1\u00a0j");
  await expect(page.getByText("next_day_starts_at du fichier")).toBeVisible();

  // The review queue follows the new daily limit.
  await page.goto("/reviser/");
  await expect(page.getByTestId("queue-counts")).toContainText("20 nouvelles");
});

test("default values come back with one button", async ({ page }) => {
  await page.goto("/reglages/");
  await page.getByLabel("Nouvelles cartes par jour").fill("3");
  const rhythm = page.getByRole("form", { name: "Mon rythme" });
  await rhythm.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByTestId("settings-status")).toHaveText("Réglages enregistrés.");
  await rhythm.getByRole("button", { name: "Valeurs par défaut" }).click();
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
