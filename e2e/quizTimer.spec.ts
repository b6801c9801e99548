// A timed quiz: the countdown is shown, and when it reaches zero the quiz ends with the questions
// left unanswered counted wrong.
import { expect, test } from "@playwright/test";
import { quizPayload } from "./helpers";

test("a timed quiz ends when the countdown reaches zero", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.clock.install();
  await page.goto(`/quiz/play/#${quizPayload({ kinds: ["mcq", "true-false"], count: 5, timeLimitSec: 120, title: "Chrono" })}`);
  await expect(page.getByText("Temps limité : 2 min 00 s")).toBeVisible();
  await page.getByRole("button", { name: "Commencer" }).click();
  await expect(page.getByTestId("countdown")).toHaveText(/2:00/);
  await page.keyboard.press("1");
  await expect(page.getByTestId("feedback")).toBeVisible();
  await page.clock.runFor(61_000);
  // Under 1 min left (the fake clock still flows in real time while the check waits).
  await expect(page.getByTestId("countdown")).toHaveText(/0:[0-5]\d/);
  await page.clock.runFor(60_000);
  await expect(page.getByTestId("quiz-score")).toHaveText(/^[01] \/ 5$/);
  await expect(page.getByText("Temps écoulé : les questions sans réponse comptent comme fausses.")).toBeVisible();
  await expect(page.getByTestId("quiz-time")).toHaveText("2 min 00 s");
  expect(errors).toEqual([]);
});
