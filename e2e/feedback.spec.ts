// Feedback a student and a teacher can trust: a match marks the wrong pairs and lists the expected
// ones with their labels; the result QR code comes once its encoder can load; « Retirer » can be
// undone; class dates are French.
import { expect, test } from "@playwright/test";
import { encodeResultLink } from "../lib/share";
import { quizPayload } from "./helpers";

test("a wrong match marks the wrong pairs and shows every expected pair with its label", async ({ page }) => {
  await page.goto(`/quiz/play/#${quizPayload({ kinds: ["match"], count: 5 })}`);
  await page.getByRole("button", { name: "Commencer" }).click();
  const question = page.getByTestId("question");
  const lefts = question.getByRole("list", { name: "Éléments à associer" }).getByRole("button");
  const rights = question.getByRole("list", { name: "Réponses" }).getByRole("button");
  await expect(lefts.first()).toBeVisible();
  const n = await lefts.count();
  const leftTexts = await lefts.allTextContents();
  // Pair every left item with the right item one place further: at least two pairs are wrong.
  for (let i = 0; i < n; i++) {
    await lefts.nth(i).click();
    await rights.nth((i + 1) % n).click();
  }
  await question.getByRole("button", { name: "Valider les associations" }).click();
  const expected = page.getByTestId("expected-pairs").getByRole("listitem");
  await expect(expected).toHaveCount(n);
  for (const left of leftTexts) await expect(page.getByTestId("expected-pairs")).toContainText(left);
  const wrongOnBoard = await question.getByRole("list", { name: "Éléments à associer" }).locator('[data-pair="wrong"]').count();
  expect(wrongOnBoard).toBeGreaterThanOrEqual(2);
  await expect(page.getByTestId("expected-pairs").locator('[data-pair="wrong"]')).toHaveCount(wrongOnBoard);
});

test.describe("before the service worker controls the page", () => {
  // The student's phone went offline before the worker took over: no worker answers for the chunks.
  test.use({ serviceWorkers: "block" });

  test("the result QR code is created once its encoder can load", async ({ page }) => {
    let blocked = true;
    await page.route("**/_next/static/chunks/*.js", async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      if (blocked && body.includes("Version number out of range")) return route.abort("internetdisconnected");
      return route.fulfill({ response, body });
    });
    await page.goto(`/quiz/play/#${quizPayload({ kinds: ["true-false"], count: 5 })}`);
    await page.getByRole("button", { name: "Commencer" }).click();
    for (let i = 0; i < 5; i++) {
      await page.getByTestId("question").getByRole("listitem").first().getByRole("button").click();
      await page.getByRole("button", { name: i < 4 ? "Question suivante" : "Voir mon score" }).click();
    }
    await page.getByLabel("Ton nom").fill("Léa");
    await page.getByRole("button", { name: "Créer mon lien de résultat" }).click();
    await expect(page.getByTestId("result-link")).toHaveValue(/\/resultats\/#r[12]\./);
    await expect(page.getByTestId("qr-failed")).toBeVisible();
    blocked = false;
    await page.getByRole("button", { name: "Réessayer de créer le QR code" }).click();
    await expect(page.getByRole("img", { name: "QR code de ton résultat" })).toBeVisible();
  });
});

test("« Retirer » removes a student's result and « Annuler » brings it back; dates are French", async ({ page }) => {
  const link = encodeResultLink({ quizId: "3fa9c21e", name: "Léa", answers: [true, false, true], totalTimeSec: 95, answeredOn: "2025-03-14" });
  await page.goto(`/resultats/#${link}`);
  await expect(page.getByTestId("class-row")).toHaveCount(1);
  await expect(page.getByTestId("class-row")).toContainText("14 mars 2025");
  await page.getByRole("button", { name: "Retirer le résultat de Léa" }).click();
  await expect(page.getByTestId("class-row")).toHaveCount(0);
  await expect(page.getByTestId("removed-notice")).toContainText("Résultat de Léa retiré");
  await page.getByRole("button", { name: "Annuler" }).click();
  await expect(page.getByTestId("class-row")).toHaveCount(1);
  await page.reload();
  await expect(page.getByTestId("class-row")).toHaveCount(1);
});
