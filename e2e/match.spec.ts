// Match on a phone: six pairs against the clock; a wrong pair is marked and costs 5 s; the best time
// per theme is kept across visits.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { playMatchRound } from "./helpers";

test("six pairs against the clock, wrong pairs penalised, best time kept per theme", async ({ page }) => {
  await page.goto("/match/");
  await page.getByLabel("Thème").selectOption({ label: "Environnement et climat" });
  await expect(page.getByTestId("match-best")).toContainText("Pas encore de record");
  await page.getByRole("button", { name: "Jouer" }).click();
  await playMatchRound(page, { mistake: true });
  await expect(page.getByTestId("match-result")).toContainText("Nouveau record !");
  await expect(page.getByTestId("match-result")).toContainText("5 s de pénalité pour 1 erreur");

  await page.reload();
  await page.getByLabel("Thème").selectOption({ label: "Environnement et climat" });
  await expect(page.getByTestId("match-best")).toContainText(/Ton record sur Environnement et climat : \d+,\d s/);
  await page.getByLabel("Thème").selectOption({ label: "Tous les thèmes" });
  await expect(page.getByTestId("match-best")).toContainText("Pas encore de record");
});

test.describe("on a 360×740 phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("the whole board fits above the navigation bar while the clock runs; one answer form per round", async ({ page }) => {
    const classOf = new Map((JSON.parse(readFileSync("content/kazakhstan-onu/facts.json", "utf8")) as { id: string; class: string }[]).map((f) => [f.id, f.class]));
    await page.goto("/match/");
    for (let round = 0; round < 3; round++) {
      await page.getByRole("button", { name: round === 0 ? "Jouer" : "Rejouer" }).click();
      const board = page.getByTestId("match-board");
      await expect(page.getByTestId("match-clock")).toBeVisible();
      const box = (await board.boundingBox())!;
      const nav = (await page.getByRole("navigation", { name: "Navigation principale" }).boundingBox())!;
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(nav.y);
      const tiles = board.getByRole("button");
      const facts = [...new Set(await tiles.evaluateAll((els) => els.map((e) => e.getAttribute("data-fact")!)))];
      const classes = facts.map((f) => classOf.get(f));
      expect(new Set(classes).size).toBe(facts.length);
      const texts = await tiles.allTextContents();
      expect(new Set(texts).size).toBe(texts.length);
      await playMatchRound(page, { mistake: false });
      await expect(page.getByTestId("match-result")).toBeVisible();
    }
  });
});
