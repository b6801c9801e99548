// Practice turns question verdicts into FSRS ratings: a wrong answer is "À revoir" (Again), a right
// multiple-choice answer is "Difficile" (Hard), as the README's table says.
import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import { readStoredLogs } from "./helpers";

const facts = JSON.parse(readFileSync("content/kazakhstan-onu/facts.json", "utf8")) as {
  id: string;
  prompt: string;
  answer: string;
  source: { paragraph: number };
}[];
const squash = (s: string) => s.replace(/\s+/g, " ").trim();

async function currentFact(page: import("@playwright/test").Page) {
  const prompt = squash((await page.getByTestId("question").getByRole("heading", { level: 2 }).textContent()) ?? "");
  const fact = facts.find((f) => squash(f.prompt).replace(/ \?$/, "") === prompt.replace(/ \?$/, ""));
  expect(fact, `fact for "${prompt}"`).toBeDefined();
  return fact!;
}

test("a wrong answer becomes Again, a right multiple choice becomes Hard @desktop", async ({ page }) => {
  await page.goto("/entrainement/");
  await expect(page.getByTestId("question")).toHaveAttribute("data-kind", "mcq");
  const first = await currentFact(page);
  const options = page.getByTestId("question").getByRole("listitem").getByRole("button");
  const labels = (await options.allTextContents()).map(squash);
  const wrongIndex = labels.findIndex((l) => !l.includes(squash(first.answer)));
  await options.nth(wrongIndex).click();
  await expect(page.getByTestId("feedback")).toHaveAttribute("data-verdict", "wrong");
  await expect(page.getByTestId("feedback")).toContainText("Réponse attendue");
  await expect(page.getByTestId("feedback").getByRole("link", { name: "Voir dans l’article" })).toHaveAttribute(
    "href",
    `/article/kazakhstan-onu/#p-${first.source.paragraph}`,
  );
  expect(await readStoredLogs(page)).toEqual([{ cardId: `${first.id}:forward`, rating: 1 }]);

  await page.getByRole("button", { name: "Suivant" }).click();
  const second = await currentFact(page);
  const rightIndex = (await options.allTextContents()).map(squash).findIndex((l) => l.includes(squash(second.answer)));
  await options.nth(rightIndex).click();
  await expect(page.getByTestId("feedback")).toHaveAttribute("data-verdict", "correct");
  expect(await readStoredLogs(page)).toEqual([
    { cardId: `${first.id}:forward`, rating: 1 },
    { cardId: `${second.id}:forward`, rating: 2 },
  ]);
});
