// Free practice on a phone: a theme on home opens practice on it; each fact is drilled until answered
// right twice, from recognition (multiple choice, true/false) to recall (typed, cloze); only the first
// answer about a due card becomes an FSRS review, as the README's table says.
import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { rateCurrentCard, readStoredLogs } from "./helpers";

const facts = JSON.parse(readFileSync("content/kazakhstan-onu/facts.json", "utf8")) as { id: string; answer: string; statement: string; topic: string; flagged?: string }[];
const squash = (s: string) => s.replace(/\s+/g, " ").trim();

/** Answers the question on screen rightly (or wrongly), as a student who knows the fact; returns its kind. */
async function answer(page: Page, right = true): Promise<string> {
  const question = page.getByTestId("question");
  const kind = (await question.getAttribute("data-kind"))!;
  const factId = await question.getAttribute("data-fact");
  const known = facts.find((f) => f.id === factId)!;
  if (kind === "mcq") {
    const options = question.getByRole("listitem").getByRole("button");
    const labels = (await options.allTextContents()).map(squash);
    // Each label starts with its key (1–4); then an exact match: « 12 mars 1992 » contains « 2 mars 1992 ».
    const index = labels.findIndex((l) => (l.replace(/^[1-4]/, "") === squash(known.answer)) === right);
    await options.nth(index).click();
  } else if (kind === "true-false") {
    const prompt = squash((await question.getByRole("heading", { level: 2 }).textContent())!);
    const isTrue = prompt === squash(known.statement);
    await question.getByRole("button", { name: isTrue === right ? /Vrai/ : /Faux/ }).click();
  } else {
    await question.getByLabel("Ta réponse").fill(right ? known.answer : "je ne sais pas");
    await question.getByRole("button", { name: "Valider" }).click();
  }
  await expect(page.getByTestId("feedback")).toHaveAttribute("data-verdict", right ? /correct|close/ : "wrong");
  return kind;
}

async function drillToTheEnd(page: Page): Promise<string[]> {
  const kinds: string[] = [];
  for (let i = 0; i < 60 && !(await page.getByRole("heading", { name: "Bravo, tu sais tout !" }).isVisible()); i++) {
    kinds.push(await answer(page));
    await page.getByRole("button", { name: "Suivant" }).click();
  }
  await expect(page.getByRole("heading", { name: "Bravo, tu sais tout !" })).toBeVisible();
  return kinds;
}

test("a theme on home opens practice on it, drilled from recognition to recall until known twice", async ({ page }) => {
  await page.goto("/");
  await page.getByTestId("topics").getByRole("link", { name: /Coopération/ }).click();
  await expect(page).toHaveURL(/\/entrainement\/\?themes=cooperation$/);
  const topicFacts = facts.filter((f) => f.topic === "cooperation" && !f.flagged).length;
  await expect(page.getByTestId("practice-progress")).toContainText(`faits sus : 0 sur ${topicFacts}`);
  // A wrong answer first: the fact comes back later, the drill goes on.
  await answer(page, false);
  await page.getByRole("button", { name: "Suivant" }).click();
  const kinds = await drillToTheEnd(page);
  expect(kinds.length).toBeGreaterThanOrEqual(2 * topicFacts);
  expect(kinds.slice(0, 3).every((k) => k === "mcq" || k === "true-false")).toBe(true);
  expect(kinds.some((k) => k === "typed" || k === "cloze")).toBe(true);
  await expect(page.getByTestId("practice-progress")).toContainText(`faits sus : ${topicFacts} sur ${topicFacts}`);
  // Nothing was due: practice alone never touched the review schedule.
  expect(await readStoredLogs(page)).toEqual([]);
});

test("only the first answer about a due card counts as its review; weak points are offered", async ({ page }) => {
  await page.clock.install();
  await page.goto("/reviser/");
  await rateCurrentCard(page, "À revoir");
  const [first] = await readStoredLogs(page);
  await page.clock.fastForward(2 * 60_000);

  await page.goto("/entrainement/");
  await expect(page.getByText("1 fait que tu risques d’avoir oublié")).toBeVisible();
  await page.getByRole("button", { name: "M’entraîner sur mes points faibles" }).click();
  await expect(page.getByTestId("practice-progress")).toContainText("Mes points faibles · faits sus : 0 sur 1");
  await drillToTheEnd(page);
  const logs = await readStoredLogs(page);
  expect(logs).toHaveLength(2);
  expect(logs[1].cardId).toBe(first.cardId);
});

test("practice is always there: from the bottom bar, with every theme checked @desktop", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "S’entraîner" }).click();
  await expect(page.getByRole("checkbox", { name: "Tous les thèmes" })).toBeChecked();
  await page.getByRole("checkbox", { name: "Tous les thèmes" }).uncheck();
  await page.getByRole("button", { name: "Commencer l’entraînement" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Coche" })).toHaveText("Coche au moins un thème.");
  await page.getByRole("checkbox", { name: /Transit et transport/ }).check();
  await page.getByRole("button", { name: "Commencer l’entraînement" }).click();
  await expect(page.getByTestId("practice-progress")).toContainText("faits sus : 0 sur 10");
});
