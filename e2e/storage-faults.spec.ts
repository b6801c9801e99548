// Storage faults in a real browser: whatever is wrong with saved data, the app boots, says so in
// French, keeps the unreadable data aside (never overwrites it) and goes on working in memory.
import { expect, test, type Page } from "@playwright/test";
import { rateCurrentCard } from "./helpers";

const KEY = "kor-study";

/** Puts `value` under the store's key before any app script runs (once per test, not on reload). */
async function seed(page: Page, value: string): Promise<void> {
  await page.addInitScript(
    ([key, raw]) => {
      if (!sessionStorage.getItem("seeded")) {
        localStorage.setItem(key, raw);
        sessionStorage.setItem("seeded", "1");
      }
    },
    [KEY, value],
  );
}

/** Every stored value that still holds `raw` verbatim (the original key or an aside copy). */
async function keysHolding(page: Page, raw: string): Promise<string[]> {
  return page.evaluate((r) => Object.keys(localStorage).filter((k) => localStorage.getItem(k) === r), raw);
}

async function reviewStillWorks(page: Page): Promise<void> {
  await page.goto("/reviser/");
  await rateCurrentCard(page, "Facile");
  await expect(page.getByTestId("queue-counts")).toContainText("14 nouvelles");
}

for (const [name, raw, message] of [
  ["corrupt JSON", "{not json", /illisibles/],
  ["a half-written state", '{"state":{"cards":{"onu-adhesion-date:forward":[17', /illisibles/],
  ["wrong types", '{"state":{"cards":"beaucoup","settings":42},"version":2}', /abîmée/],
  ["a future store version", '{"state":{"cards":{}},"version":99}', /version plus récente/],
] as const) {
  test(`${name}: the app boots, says so, keeps the data aside and works in memory`, async ({ page }) => {
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await seed(page, raw);
    await page.goto("/");
    await expect(page.getByTestId("storage-issue")).toContainText(message);
    await expect(page.getByRole("button", { name: "Exporter les données mises de côté" })).toBeVisible();
    expect(await keysHolding(page, raw)).not.toHaveLength(0);
    await reviewStillWorks(page);
    expect(await keysHolding(page, raw)).not.toHaveLength(0);
    expect(errors).toEqual([]);
  });
}

test("quota exceeded on write: the student is told to export, reviews go on", async ({ page }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith("kor-study") && (window as unknown as { quotaFull?: boolean }).quotaFull) {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      }
      return setItem.call(this, key, value);
    };
  });
  await page.goto("/reviser/");
  await rateCurrentCard(page, "Facile");
  await page.evaluate(() => ((window as unknown as { quotaFull: boolean }).quotaFull = true));
  await rateCurrentCard(page, "Facile");
  await expect(page.getByTestId("storage-issue")).toContainText(/pleine/);
  await rateCurrentCard(page, "Facile");
  await expect(page.getByTestId("queue-counts")).toContainText("12 nouvelles");
});

test("localStorage unavailable (private browsing): the app works in memory and says so", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("Access denied", "SecurityError");
      },
    });
  });
  await page.goto("/");
  await expect(page.getByTestId("storage-issue")).toContainText(/navigation privée/);
  await page.getByRole("link", { name: "Réviser", exact: true }).first().click();
  await rateCurrentCard(page, "Facile");
  await expect(page.getByTestId("queue-counts")).toContainText("14 nouvelles");
});

test("a store saved by the first version is migrated: its progress is kept", async ({ page }) => {
  const yesterday = new Date(Date.now() - 86_400_000).toISOString();
  const lastWeek = new Date(Date.now() - 8 * 86_400_000).toISOString();
  const v1 = {
    state: {
      cards: {
        "onu-adhesion-date:forward": {
          due: yesterday,
          stability: 7,
          difficulty: 5,
          elapsed_days: 0,
          scheduled_days: 7,
          learning_steps: 0,
          reps: 3,
          lapses: 0,
          state: 2,
          last_review: lastWeek,
        },
      },
    },
    version: 1,
  };
  await seed(page, JSON.stringify(v1));
  await page.goto("/reviser/");
  await expect(page.getByTestId("queue-counts")).toContainText("1 à réviser");
  await expect(page.getByTestId("storage-issue")).toHaveCount(0);
  await expect(page.getByTestId("flashcard").getByRole("heading")).toContainText("Depuis quelle date le Kazakhstan");
});
