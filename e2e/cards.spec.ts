// The card browser on a phone: search, filter by theme and state, see a card's memory; a suspended
// card never comes back in review until it is reactivated; flags are kept.
import { expect, test } from "@playwright/test";
import { rateCurrentCard } from "./helpers";

test("search, filter, suspend and flag cards; a suspended card leaves review", async ({ page }) => {
  await page.goto("/reviser/");
  const firstFront = (await page.getByTestId("flashcard").getByRole("heading").textContent())!;
  await page.goto("/");
  await page.getByRole("link", { name: "Mes cartes" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mes cartes");
  const total = Number((await page.getByTestId("card-count").textContent())!.match(/sur (\d+)/)![1]);
  expect(total).toBeGreaterThan(83);

  await page.getByRole("searchbox", { name: "Chercher une carte" }).fill("semipalatinsk");
  await expect(page.getByTestId("card-row").first()).toContainText(/Semipalatinsk/i);
  await page.getByRole("searchbox", { name: "Chercher une carte" }).fill("");

  await page.getByLabel("Thème").selectOption({ label: "Le Kazakhstan membre de l’ONU" });
  const first = page.getByTestId("card-row").filter({ hasText: firstFront }).first();
  await expect(first).toContainText("Jamais vue");
  await first.getByRole("button", { name: "Suspendre" }).click();
  await expect(first.getByRole("button", { name: "Suspendue" })).toHaveAttribute("aria-pressed", "true");
  await first.getByRole("button", { name: "Signaler" }).click();

  await page.getByLabel("État").selectOption({ label: "Suspendues" });
  await expect(page.getByTestId("card-row")).toHaveCount(1);
  await page.getByLabel("État").selectOption({ label: "Signalées" });
  await expect(page.getByTestId("card-row")).toHaveCount(1);

  // Review skips it, even after a reload.
  await page.goto("/reviser/");
  await expect(page.getByTestId("flashcard").getByRole("heading")).not.toHaveText(firstFront);
  await page.reload();
  await expect(page.getByTestId("flashcard").getByRole("heading")).not.toHaveText(firstFront);

  // Reactivated, it comes back; once studied, the browser shows its memory.
  await page.goto("/cartes/");
  await page.getByLabel("État").selectOption({ label: "Suspendues" });
  await page.getByTestId("card-row").getByRole("button", { name: "Suspendue" }).click();
  await expect(page.getByTestId("card-row")).toHaveCount(0);
  await page.goto("/reviser/");
  await expect(page.getByTestId("flashcard").getByRole("heading")).toHaveText(firstFront);
  await rateCurrentCard(page, "Bien");
  await page.goto("/cartes/");
  await page.getByLabel("État").selectOption({ label: "En apprentissage" });
  await expect(page.getByTestId("card-row")).toHaveCount(1);
  await expect(page.getByTestId("card-row")).toContainText(firstFront);
  await expect(page.getByTestId("card-row")).toContainText(/\d+\s%/);
  await expect(page.getByTestId("card-row")).toContainText("dans 10 min");
});
