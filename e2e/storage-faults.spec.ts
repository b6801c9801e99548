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

/** Every usable stored review as `cardId@time/rating`, sorted (decoded from the app's log chunks, once each). */
async function reviewIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const key of Object.keys(localStorage)) {
      const m = key.match(/^kor-study-logs-([a-z0-9]+)-(\d+)$/);
      if (!m) continue;
      const ids = JSON.parse(localStorage.getItem(`kor-study-logs-${m[1]}-ids`) ?? "[]") as string[];
      const chunk = JSON.parse(localStorage.getItem(key)!) as { t: number; l: number[] };
      let t = chunk.t;
      for (let i = 0; i < chunk.l.length; i += 4) {
        t += chunk.l[i + 1];
        const rating = Math.floor(chunk.l[i + 2] / 10);
        // Reviews the app cannot use (a rating out of 1–4) are not reviews.
        if (rating >= 1 && rating <= 4) out.push(`${ids[chunk.l[i]]}@${t}/${rating}`);
      }
    }
    return [...new Set(out)].sort();
  });
}

const asideCount = (page: Page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes("-aside-")).length);

async function reviewSome(page: Page, count: number): Promise<void> {
  await page.goto("/reviser/");
  for (let i = 0; i < count; i++) await rateCurrentCard(page, i % 2 ? "Facile" : "À revoir");
  await expect.poll(async () => (await reviewIds(page)).length).toBe(count);
}

test("state key deleted, log intact: the cards are rebuilt from the reviews and the student is told", async ({ page }) => {
  await reviewSome(page, 4);
  const before = await reviewIds(page);
  await page.evaluate(() => localStorage.removeItem("kor-study"));
  await page.goto("/stats/");
  await expect(page.getByTestId("storage-issue")).toContainText(/reconstruites.*aucune révision n’est perdue/);
  // The cards count their reviews again: not all 88 never seen next to 4 reviews today.
  await expect(page.getByTestId("state-table")).not.toContainText(/Nouvelles\s*88/);
  expect(await reviewIds(page)).toEqual(before);
  await page.reload();
  await expect(page.getByTestId("state-table")).toBeVisible();
  await expect(page.getByTestId("storage-issue")).toHaveCount(0);
});

test("one bad review in a log chunk: only it is set aside, once; the others stay and count", async ({ page }) => {
  await reviewSome(page, 4);
  const before = await reviewIds(page);
  const broken = await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => /^kor-study-logs-[a-z0-9]+-0$/.test(k))!;
    const chunk = JSON.parse(localStorage.getItem(key)!) as { l: number[] };
    chunk.l[4 + 2] = 72; // the second review gets rating 7
    localStorage.setItem(key, JSON.stringify(chunk));
    return key;
  });
  expect(broken).toBeTruthy();
  await page.goto("/reviser/");
  await expect(page.getByTestId("storage-issue")).toContainText(/abîmée/);
  const after = await reviewIds(page);
  expect(after.length).toBe(before.length - 1);
  expect(before.filter((r) => !after.includes(r))).toHaveLength(1);
  expect(await asideCount(page)).toBe(1);
  for (let i = 0; i < 3; i++) await page.reload();
  await expect(page.getByTestId("queue-counts")).toBeVisible();
  expect(await asideCount(page)).toBe(1);
  await page.goto("/reglages/");
  await expect(page.getByTestId("aside-copies")).toContainText("Données mises de côté");
  await page.getByTestId("aside-copies").getByRole("button", { name: /^Supprimer la copie/ }).click();
  await expect(page.getByTestId("aside-copies")).toHaveCount(0);
});

test("clock two days back, then forward again: every rating is saved, nothing throws", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const now = Date.now();
  await page.clock.setFixedTime(now);
  await reviewSome(page, 3);
  await page.clock.setFixedTime(now - 2 * 86_400_000);
  await page.goto("/reviser/");
  for (let i = 0; i < 5; i++) await rateCurrentCard(page, "À revoir");
  await expect.poll(async () => (await reviewIds(page)).length).toBe(8);
  await page.clock.setFixedTime(now + 86_400_000);
  await page.goto("/reviser/");
  await rateCurrentCard(page, "Facile");
  await expect.poll(async () => (await reviewIds(page)).length).toBe(9);
  expect(errors).toEqual([]);
});

test("a card whose last review is in the future: the review screen renders and the student is told", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const future = Date.now() + 3650 * 86_400_000;
  await seed(page, JSON.stringify({ state: { cards: { "onu-adhesion-date:forward": [Date.now() - 1000, 10, 5, 10, 0, 3, 0, 2, future] } }, version: 3 }));
  await page.goto("/reviser/");
  await expect(page.getByTestId("storage-issue")).toContainText(/horloge/);
  await rateCurrentCard(page, "Facile");
  await expect.poll(async () => (await reviewIds(page)).length).toBe(1);
  expect(errors).toEqual([]);
});

test("an old tab never overwrites a newer store version: it stops writing and asks for a reload", async ({ page, context }) => {
  await reviewSome(page, 1);
  const newer = await context.newPage();
  await newer.goto("/");
  const raw = await newer.evaluate(() => {
    const env = JSON.parse(localStorage.getItem("kor-study")!) as { version: number };
    const value = JSON.stringify({ ...env, version: env.version + 1, somethingNew: true });
    localStorage.setItem("kor-study", value);
    return value;
  });
  await expect(page.getByTestId("storage-issue")).toContainText(/version plus récente/);
  await expect(page.getByRole("button", { name: "Recharger la page" })).toBeVisible();
  await rateCurrentCard(page, "Facile");
  await expect.poll(async () => (await reviewIds(page)).length).toBe(2);
  expect(await page.evaluate(() => localStorage.getItem("kor-study"))).toBe(raw);
});

test("storage full, then a reload: every rating made meanwhile is kept and written when space returns", async ({ page }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (this === window.localStorage && key.startsWith("kor-study") && sessionStorage.getItem("quota-full")) {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      }
      return setItem.call(this, key, value);
    };
  });
  await reviewSome(page, 2);
  await page.evaluate(() => sessionStorage.setItem("quota-full", "1"));
  for (let i = 0; i < 6; i++) await rateCurrentCard(page, "Facile");
  await expect(page.getByTestId("storage-issue")).toContainText(/pleine.*gardées dans cet onglet/);
  await page.reload();
  await expect(page.getByTestId("queue-counts")).toContainText("7 nouvelles");
  expect(await reviewIds(page)).toHaveLength(2);
  await page.evaluate(() => sessionStorage.removeItem("quota-full"));
  await rateCurrentCard(page, "Facile");
  await expect.poll(async () => (await reviewIds(page)).length).toBe(9);
});
