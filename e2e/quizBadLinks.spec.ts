// Broken links, quiz or result: a clear French message and a way home, no page error, and nothing
// stored is touched.
import { expect, test, type Page } from "@playwright/test";
import { quizPayload } from "./helpers";

async function storageSnapshot(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
}

async function settledHome(page: Page): Promise<Record<string, string>> {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Aujourd’hui" })).toBeVisible();
  // Let the store finish its first writes before taking the reference.
  await page.waitForTimeout(500);
  return storageSnapshot(page);
}

const valid = quizPayload({ kinds: ["mcq", "typed"], count: 5, title: "Quiz" });
const tampered = valid.slice(0, 10) + (valid[10] === "A" ? "B" : "A") + valid.slice(11);

const BAD_QUIZ_LINKS: [string, string | RegExp][] = [
  ["truncated", valid.slice(0, 12)],
  ["tampered", tampered],
  ["mangled", "q1.%%%garbage!!"],
  ["future version", valid.replace(/^q1\./, "q9.")],
  ["oversized", `q1.${"A".repeat(5000)}`],
  ["a result link", "r1.AAAAAAAA"],
];

test("broken quiz links show a French message and a way home, and touch nothing stored", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  const before = await settledHome(page);
  for (const [, payload] of BAD_QUIZ_LINKS) {
    await page.goto(`/quiz/play/#${payload}`);
    const problem = page.getByTestId("link-problem");
    await expect(problem).toBeVisible();
    await expect(problem).toContainText(/lien|quiz|version/);
    await expect(problem.getByRole("link", { name: "Retour à l’accueil" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Commencer" })).toHaveCount(0);
  }
  await page.getByRole("link", { name: "Retour à l’accueil" }).click();
  await expect(page).toHaveURL(/\/$/);
  expect(await storageSnapshot(page)).toEqual(before);
  expect(errors).toEqual([]);
});

test("broken result links show a French message and a way home, and add nothing", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  const before = await settledHome(page);
  for (const payload of ["r1.AAAA", "r1.%%%", "r9.AAAAAAAAAAAAAAAAAAAA", `q1.${valid.slice(3)}`, "r1." + "B".repeat(4000)]) {
    await page.goto(`/resultats/#${payload}`);
    const problem = page.getByTestId("link-problem");
    await expect(problem).toBeVisible();
    await expect(problem).toContainText(/résultat|lien/);
    await expect(problem.getByRole("link", { name: "Retour à l’accueil" })).toBeVisible();
    await expect(page.getByTestId("class-empty")).toBeVisible();
  }
  expect(await storageSnapshot(page)).toEqual(before);
  expect(errors).toEqual([]);
});
