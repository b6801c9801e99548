// The stats screen: every chart comes with its table, and the figures agree with each other.
import { expect, test, type Page } from "@playwright/test";
import { rateCurrentCard, readStoredLogs } from "./helpers";

/** Rates `count` cards on the review screen, alternating Facile and Bien. */
async function reviewCards(page: Page, count: number): Promise<void> {
  await page.goto("/reviser/");
  for (let i = 0; i < count; i++) await rateCurrentCard(page, i % 2 ? /Bien|Correct/ : "Facile");
  await expect.poll(async () => (await readStoredLogs(page)).length).toBe(count);
}

const numbers = (texts: string[]) => texts.map((t) => Number(t.trim()));

test("stats render with their tables after a few reviews @desktop", async ({ page }) => {
  await reviewCards(page, 4);
  await page.goto("/stats/");
  await expect(page.getByRole("heading", { level: 1, name: "Statistiques" })).toBeVisible();
  await expect(page.getByTestId("stats-today")).toHaveText("4");
  await expect(page.getByTestId("stats-streak")).toHaveText("1 jour");

  // Forecast: 30 days, folded behind "Voir le tableau" until asked for.
  const forecast = page.getByTestId("forecast-table");
  await expect(forecast.locator("tbody tr")).toHaveCount(30);
  await expect(forecast).toBeHidden();
  await page.getByRole("region", { name: "Prévision sur 30 jours" }).getByText("Voir le tableau").click();
  await expect(forecast.locator("tbody tr").first()).toContainText("aujourd’hui");

  // Heatmap: today is listed with its 4 reviews.
  const today = page.getByTestId("heatmap-table").locator("tbody tr", { hasText: "aujourd’hui" });
  await expect(today).toHaveCount(1);
  await expect(today.locator("td")).toHaveText("4");

  // Mastery: the 8 topics of the deck, whose cards add up to all the cards.
  const mastery = page.getByTestId("mastery-table");
  await expect(mastery.locator("tbody tr")).toHaveCount(8);
  await expect(mastery).toContainText("Le Kazakhstan membre de l’ONU");
  const topicCards = numbers(await mastery.locator("tbody td:nth-of-type(1)").allTextContents());

  // Cards by state add up to the card count; the 4 reviewed cards are no longer new.
  const states = page.getByTestId("state-table");
  const byState = numbers(await states.locator("tbody td:nth-of-type(1)").allTextContents());
  const total = Number(await states.locator("tfoot td").first().textContent());
  expect(byState).toHaveLength(4);
  expect(byState.reduce((a, b) => a + b, 0)).toBe(total);
  expect(topicCards.reduce((a, b) => a + b, 0)).toBe(total);
  await expect(page.getByTestId("stats-cards")).toHaveText(String(total));
  await expect(states.locator("tbody tr", { hasText: "Nouvelles" }).locator("td").first()).toHaveText(String(total - 4));

  // Each chart is an image named by its caption.
  await expect(page.getByRole("img", { name: /Cartes à revoir chaque jour/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /Révisions par jour/ })).toBeVisible();
});

test("stats before any review say so plainly", async ({ page }) => {
  await page.goto("/stats/");
  await expect(page.getByTestId("stats-today")).toHaveText("0");
  await expect(page.getByTestId("stats-retention")).toHaveText("—");
  await expect(page.getByText("Aucune révision pour l’instant.")).toBeVisible();
  await expect(page.getByTestId("mastery-table").locator("tbody tr")).toHaveCount(8);
});
