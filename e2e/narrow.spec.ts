// Every route on a 360 px phone: nothing scrolls sideways and no text is cut. A text is cut when it is
// wider than its own box (a word that cannot wrap, « vues aujourd’hu »), or when a select is narrower
// than its chosen option (« Tous les thème »). A class test's end screen (the correction, a report, the
// result link) must also break no word.
import { expect, test } from "@playwright/test";
import { answerQuestion, quizPayload } from "./helpers";
import { clipping, narrowLayoutProblems } from "./layoutChecks";
import { ROUTES } from "./routes";

test.use({ viewport: { width: 360, height: 740 } });

for (const route of ROUTES) {
  test(`${route.path} at 360 px: no sideways scroll, no cut text`, async ({ page }) => {
    await page.goto(route.path);
    await expect(page.getByRole("heading", { level: 1 }).first()).toHaveText(route.heading);
    // Let the client screens render the student's state.
    await page.waitForLoadState("networkidle");
    const { overflow, cut } = await clipping(page);
    expect(cut, `cut texts on ${route.path}`).toEqual([]);
    expect(overflow, `sideways scroll on ${route.path}`).toBeLessThanOrEqual(0);
  });
}

test("a class test's end screen at 360 px: the correction, a report and the result link break no word", async ({ page }) => {
  await page.goto(`/quiz/play/#${quizPayload({ kinds: ["mcq", "true-false", "typed", "cloze", "match", "order"], count: 6, title: "Contrôle de géographie", corrections: "end" })}`);
  await page.getByRole("button", { name: "Commencer" }).click();
  for (let i = 0; i < 6; i++) {
    await answerQuestion(page, { correction: false });
    await page.getByRole("button", { name: i < 5 ? "Question suivante" : "Voir mon score" }).click();
  }
  const first = page.getByTestId("correction-item").first();
  await first.getByRole("button", { name: /^Signaler cette question/ }).click();
  await first.getByLabel(/^Pourquoi/).fill("L’Organisation du Traité de sécurité collective est aussi juste");
  await first.getByRole("button", { name: "Signaler au professeur" }).click();
  await page.getByLabel("Ton nom").fill("Marie-Éléonore de La Tour-d’Auvergne");
  await page.getByRole("button", { name: "Créer mon lien de résultat" }).click();
  await expect(page.getByRole("img", { name: "QR code de ton résultat" })).toBeVisible();
  expect(await narrowLayoutProblems(page), "layout at 360 px of the end screen").toEqual([]);
});
