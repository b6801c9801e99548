// Match on a phone: six pairs against the clock; a wrong pair is marked and costs 5 s; the best time
// per theme is kept across visits.
import { expect, test, type Page } from "@playwright/test";

async function playRound(page: Page, { mistake }: { mistake: boolean }) {
  const tiles = page.getByRole("region", { name: "Plateau de jeu" }).getByRole("button");
  await expect(tiles).toHaveCount(12);
  const facts = await tiles.evaluateAll((els) => els.map((e) => e.getAttribute("data-fact")!));
  if (mistake) {
    const other = facts.findIndex((f) => f !== facts[0]);
    await tiles.nth(0).click();
    await tiles.nth(other).click();
    await expect(tiles.nth(0)).toHaveAttribute("data-state", "wrong");
    await expect(tiles.nth(other)).toHaveAttribute("data-state", "wrong");
  }
  for (const fact of [...new Set(facts)]) {
    const pair = page.locator(`[data-fact="${fact}"]`);
    await pair.nth(0).click();
    await pair.nth(1).click();
  }
}

test("six pairs against the clock, wrong pairs penalised, best time kept per theme", async ({ page }) => {
  await page.goto("/match/");
  await page.getByLabel("Thème").selectOption({ label: "Environnement et climat" });
  await expect(page.getByTestId("match-best")).toContainText("Pas encore de record");
  await page.getByRole("button", { name: "Jouer" }).click();
  await playRound(page, { mistake: true });
  await expect(page.getByTestId("match-result")).toContainText("Nouveau record !");
  await expect(page.getByTestId("match-result")).toContainText("5 s de pénalité pour 1 erreur");

  await page.reload();
  await page.getByLabel("Thème").selectOption({ label: "Environnement et climat" });
  await expect(page.getByTestId("match-best")).toContainText(/Ton record sur Environnement et climat : \d+,\d s/);
  await page.getByLabel("Thème").selectOption({ label: "Tous les thèmes" });
  await expect(page.getByTestId("match-best")).toContainText("Pas encore de record");
});
