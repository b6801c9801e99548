// The student's own FSRS parameters: a wrong paste is refused in French and changes nothing; the
// right 21 numbers are shown as « personnalisés », survive a reload, change the intervals offered on
// the review screen, and the defaults come back with one button.
import { expect, test, type Page } from "@playwright/test";

/** Anki/ts-fsrs FSRS-6 defaults, with w3 (first stability after « Facile ») raised to 30 days. */
const CUSTOM = [0.212, 1.2931, 2.3065, 30, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542];

async function easyLabel(page: Page): Promise<string> {
  await page.goto("/reviser/");
  await page.getByRole("button", { name: "Afficher la réponse" }).click();
  const easy = page.getByRole("group", { name: "Évaluer ta réponse" }).getByRole("button", { name: /Facile/ });
  return (await easy.textContent())!.replace("Facile", "").trim();
}

test("custom FSRS parameters: refused when wrong, used by the scheduler, back to defaults @desktop", async ({ page }) => {
  const byDefault = await easyLabel(page);

  await page.goto("/reglages/");
  await page.getByTestId("advanced-settings").getByText("Réglages avancés").click();
  const kind = page.getByTestId("fsrs-parameters-kind");
  await expect(kind).toHaveText(/par défaut/);
  const field = page.getByLabel("Tes 21 paramètres");
  await field.fill(CUSTOM.slice(0, 19).join(", "));
  await page.getByRole("button", { name: "Utiliser ces paramètres" }).click();
  await expect(page.getByTestId("fsrs-parameters-error")).toHaveText("Il faut 21 paramètres (FSRS-6), tu en as donné 19.");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(kind).toHaveText(/par défaut/);

  await field.fill(CUSTOM.join(", "));
  await page.getByRole("button", { name: "Utiliser ces paramètres" }).click();
  await expect(page.getByTestId("fsrs-parameters-status")).toContainText("Tes paramètres sont enregistrés");
  await expect(kind).toHaveText(/personnalisés/);
  await page.reload();
  await page.getByTestId("advanced-settings").getByText("Réglages avancés").click();
  await expect(kind).toHaveText(/personnalisés/);
  await expect(page.getByTestId("fsrs-parameters-values")).toHaveText(CUSTOM.join(", "));

  const custom = await easyLabel(page);
  expect(custom).not.toBe(byDefault);
  expect(custom).toBe("1 mois");

  await page.goto("/reglages/");
  await page.getByTestId("advanced-settings").getByText("Réglages avancés").click();
  await page.getByRole("button", { name: "Revenir aux paramètres par défaut" }).click();
  await expect(kind).toHaveText(/par défaut/);
  expect(await easyLabel(page)).toBe(byDefault);
});
