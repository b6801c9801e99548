// Numbers that agree: after a mixed session (a suspended due card, a flagged card, learning,
// relearning and review cards), home, Réviser, Stats (figures, forecast, cards by state) and Mes
// cartes show the same counts, each from one selector.
import { expect, test, type Page } from "@playwright/test";
import { rateCurrentCard } from "./helpers";

const STATES = ["Nouvelles", "En apprentissage", "En révision", "En réapprentissage"];

/** Mes cartes: how many cards the state filter shows. */
async function browseCount(page: Page, state: string): Promise<number> {
  await page.getByLabel("État").selectOption({ label: state });
  const text = (await page.getByTestId("card-count").textContent())!;
  return Number(text.match(/^\d+/)![0]);
}

test("home, Réviser, Stats and Mes cartes agree after a mixed session", async ({ page }) => {
  await page.clock.install({ time: new Date(Date.UTC(2025, 0, 6, 17)) });
  await page.goto("/reviser/");
  // Day one: three cards learnt at once (« Facile »: reviews in a few days), two left in learning.
  for (const rating of ["Facile", "Facile", "Facile", "Bien", "À revoir"]) await rateCurrentCard(page, rating);

  // Nine days later the reviews are due; one is forgotten (relearning), one suspended, one flagged.
  await page.clock.setSystemTime(new Date(Date.UTC(2025, 0, 15, 17)));
  await page.goto("/reviser/");
  await expect(page.getByTestId("queue-counts")).toContainText("à réviser");
  await rateCurrentCard(page, "À revoir");
  await page.goto("/cartes/");
  await page.getByLabel("État").selectOption({ label: "En révision" });
  const review = page.getByTestId("card-row").first();
  await review.getByRole("button", { name: "Suspendre" }).click();
  await page.getByLabel("État").selectOption({ label: "En apprentissage" });
  await page.getByTestId("card-row").first().getByRole("button", { name: "Signaler" }).click();

  const byState: number[] = [];
  for (const state of STATES) byState.push(await browseCount(page, state));
  const suspended = await browseCount(page, "Suspendues");
  const flagged = await browseCount(page, "Signalées");
  expect(suspended).toBe(1);
  expect(flagged).toBe(1);
  expect(byState[1] + byState[3]).toBeGreaterThan(0);
  const total = Number((await page.getByTestId("card-count").textContent())!.match(/sur (\d+)/)![1]);

  await page.goto("/");
  const due = Number(await page.getByTestId("due-count").textContent());
  const done = Number(await page.getByTestId("done-count").textContent());
  expect(done).toBe(1);
  // Home's themes count the facts practice asks about, and say why there are more cards.
  const themeCounts = (await page.getByTestId("topics").locator("a > span:last-child").allTextContents()).map((t) => Number(t.match(/^\d+/)![0]));
  const facts = Number((await page.getByTestId("deck-facts").textContent())!.match(/^\d+/)![0]);
  expect(themeCounts.reduce((a, b) => a + b, 0)).toBe(facts);
  await expect(page.getByTestId("deck-cards")).toContainText(`${total} cartes à réviser`);

  await page.goto("/reviser/");
  await expect(page.getByTestId("queue-counts")).toContainText(`· ${due} à réviser`);

  await page.goto("/stats/");
  await expect(page.getByTestId("stats-today")).toHaveText(String(done));
  await expect(page.getByTestId("stats-cards")).toHaveText(String(total));
  await expect(page.getByText(`${byState[0]} jamais vues · ${suspended} suspendue`)).toBeVisible();
  // Right answers has a number even before many reviews.
  await expect(page.getByTestId("stats-retention")).toHaveText(/^\d+\s%$/);
  const forecastToday = page.getByTestId("forecast-table").locator("tbody tr").first().locator("td");
  await expect(forecastToday).toHaveText(String(due));
  const rows = page.getByTestId("state-table").locator("tbody tr");
  for (let i = 0; i < STATES.length; i++) await expect(rows.filter({ hasText: STATES[i] }).locator("td").first()).toHaveText(String(byState[i]));
});
