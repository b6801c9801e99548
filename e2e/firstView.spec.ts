// The first paint comes from the HTML: the review screen shows the right first card before the app's
// scripts have read storage, and home never flashes the first-visit card at a student who closed it.
// The content download is held back to look at the page as it is painted before the app takes over.
import { expect, test, type Page, type Route } from "@playwright/test";
import { rateCurrentCard } from "./helpers";

// Without the service worker, so the page's own requests can be held.
test.use({ serviceWorkers: "block" });

/** Holds every request for the content's cards file until the returned function is called. */
async function holdCards(page: Page): Promise<() => void> {
  const held: Route[] = [];
  let released = false;
  await page.route("**/catalog/cards.json", (route) => (released ? route.continue() : void held.push(route)));
  return () => {
    released = true;
    held.splice(0).forEach((route) => void route.continue());
  };
}

const prerendered = (page: Page) => page.locator("#first-card-front");

test("a new student's first card is in the HTML, and it is the card the app then shows", async ({ page }) => {
  const release = await holdCards(page);
  await page.goto("/reviser/");
  await expect(prerendered(page)).toBeVisible();
  const front = await prerendered(page).textContent();
  expect(front).toMatch(/\?$/);
  release();
  await expect(page.getByTestId("flashcard").getByRole("heading", { level: 2 })).toHaveText(front!);
});

test("a returning student's first paint is their own next card, not the new student's", async ({ page }) => {
  await page.goto("/reviser/");
  await rateCurrentCard(page, "Bien");
  const next = await page.getByTestId("flashcard").getByRole("heading", { level: 2 }).textContent();
  const counts = await page.getByTestId("queue-counts").textContent();

  const release = await holdCards(page);
  await page.reload();
  await expect(prerendered(page)).toHaveText(next!);
  await expect(page.locator("#first-card-counts")).toHaveText(counts!);
  release();
  await expect(page.getByTestId("flashcard").getByRole("heading", { level: 2 })).toHaveText(next!);
});

test("an outdated snapshot is never shown: the frame stays empty until the app renders the card", async ({ page }) => {
  await page.goto("/reviser/");
  await rateCurrentCard(page, "Bien");
  await page.evaluate(() => {
    const key = "kor-study-first-card";
    const snapshot = JSON.parse(localStorage.getItem(key)!);
    localStorage.setItem(key, JSON.stringify({ ...snapshot, front: "Carte périmée ?", until: Date.now() - 1 }));
  });
  const release = await holdCards(page);
  await page.reload();
  await expect(prerendered(page)).toBeHidden();
  release();
  await expect(page.getByTestId("flashcard")).toBeVisible();
  await expect(page.getByText("Carte périmée ?")).toHaveCount(0);
});

test("a change elsewhere (here the settings) drops the snapshot, so the review screen cannot paint a stale card", async ({ page }) => {
  await page.goto("/reviser/");
  await rateCurrentCard(page, "Bien");
  expect(await page.evaluate(() => localStorage.getItem("kor-study-first-card"))).not.toBeNull();
  await page.goto("/reglages/");
  await page.getByLabel("Nouvelles cartes par jour").fill("3");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByTestId("settings-status")).not.toBeEmpty();
  expect(await page.evaluate(() => localStorage.getItem("kor-study-first-card"))).toBeNull();
});

test("home: the first-visit card is prerendered, and hidden before the first paint once closed", async ({ page }) => {
  const release = await holdCards(page);
  await page.goto("/");
  await expect(page.getByTestId("welcome")).toBeVisible();
  release();
  await page.getByRole("button", { name: "C’est compris" }).click();
  await expect(page.getByTestId("welcome")).toHaveCount(0);

  const holdAgain = await holdCards(page);
  await page.reload();
  // Still in the HTML (the store has not loaded), but never painted.
  await expect(page.getByTestId("welcome")).toBeHidden();
  holdAgain();
  await expect(page.getByTestId("due-count")).toBeVisible();
  await expect(page.getByTestId("welcome")).toHaveCount(0);
});
