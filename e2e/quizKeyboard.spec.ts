// A whole quiz with the keyboard only (Tab, Enter, Space, digits): every kind operable, focus visible
// where the next action is.
import { expect, test, type Page } from "@playwright/test";
import { quizPayload } from "./helpers";

/** Presses Tab until the focused element's accessible text matches, like a keyboard user would. */
async function tabTo(page: Page, name: RegExp): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    const text = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      const label = el instanceof HTMLInputElement ? (el.labels?.[0]?.innerText ?? "") : "";
      return `${el?.getAttribute("aria-label") ?? ""} ${label} ${el?.innerText ?? ""}`.trim();
    });
    if (name.test(text)) return;
  }
  throw new Error(`no focusable element matching ${name}`);
}

test("a quiz can be played from start to result with the keyboard only", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`/quiz/play/#${quizPayload({ kinds: ["mcq", "true-false", "typed", "cloze", "match", "order"], count: 6, seed: 11, title: "Clavier" })}`);
  await expect(page.getByRole("button", { name: "Commencer" })).toBeFocused();
  await page.keyboard.press("Enter");

  const kinds: string[] = [];
  for (let i = 0; i < 6; i++) {
    const question = page.getByTestId("question");
    await expect(page.getByTestId("quiz-position")).toHaveText(`Question ${i + 1} sur 6`);
    const kind = (await question.getAttribute("data-kind"))!;
    kinds.push(kind);
    if (kind === "mcq" || kind === "true-false") {
      await page.keyboard.press("2");
    } else if (kind === "typed" || kind === "cloze") {
      await expect(question.getByLabel("Ta réponse")).toBeFocused();
      await page.keyboard.type("1992");
      await page.keyboard.press("Enter");
    } else if (kind === "match") {
      const pairs = await question.getByRole("list", { name: "Éléments à associer" }).getByRole("button").count();
      await page.keyboard.press("Tab"); // first item on the left
      await page.keyboard.press("Enter");
      for (let p = 0; p < pairs; p++) {
        const rights = question.getByRole("list", { name: "Réponses" }).getByRole("button");
        await tabTo(page, new RegExp(`^${(await rights.nth(p).innerText()).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
        await page.keyboard.press("Enter");
      }
      await tabTo(page, /^Valider les associations/);
      await page.keyboard.press("Enter");
    } else if (kind === "order") {
      await tabTo(page, /^Descendre/);
      await page.keyboard.press("Space");
      await tabTo(page, /^Valider l’ordre/);
      await page.keyboard.press("Space");
    }
    await expect(page.getByTestId("feedback")).toBeVisible();
    const next = page.getByRole("button", { name: i < 5 ? "Question suivante" : "Voir mon score" });
    await expect(next).toBeFocused();
    await page.keyboard.press("Enter");
  }
  expect([...kinds].sort()).toEqual(["cloze", "match", "mcq", "order", "true-false", "typed"]);
  await expect(page.getByTestId("quiz-score")).toBeVisible();

  await tabTo(page, /^Ton nom/);
  await expect(page.getByLabel("Ton nom")).toBeFocused();
  await page.keyboard.type("Noé");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("result-link")).toHaveValue(/\/resultats\/#r[12]\./);

  // Every answer rated the facts' forward cards; the missed ones go first in the study queue.
  const stored = () => page.evaluate(() => JSON.parse(localStorage.getItem("kor-study") ?? "{}").state);
  const rated = Object.entries((await stored()).cards as Record<string, unknown>).filter(([, card]) => Array.isArray(card));
  expect(rated.length).toBeGreaterThanOrEqual(6);
  expect(rated.every(([id]) => id.endsWith(":forward"))).toBe(true);
  await tabTo(page, /^Réviser ces fiches/);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/reviser\/$/);
  expect(((await stored()).priority as string[]).length).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});
