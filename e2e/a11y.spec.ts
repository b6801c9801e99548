// axe on every route, in light and dark themes, plus the states a student meets mid-session
// (a revealed flashcard, a question's feedback) and the teacher's printable sheet: zero WCAG A/AA violations.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { quizPayload } from "./helpers";
import { ROUTES } from "./routes";

async function expectNoViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, label).toEqual([]);
}

async function settle(page: Page) {
  await expect(page.getByRole("status").filter({ hasText: /^Chargement/ })).toHaveCount(0);
}

for (const scheme of ["light", "dark"] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    test("every route has no axe violations", async ({ page }) => {
      test.setTimeout(180_000); // a dozen routes, each a full axe run on a shared 2-core machine
      for (const route of ROUTES) {
        await page.goto(route.path);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(route.heading);
        await settle(page);
        await expectNoViolations(page, `${route.path} (${scheme})`);
      }
    });

    test("the printable question sheet and answer key have no axe violations", async ({ page }) => {
      await page.goto(`/prof/imprimer/#${quizPayload({ kinds: ["mcq", "true-false", "typed", "cloze", "match", "order"], count: 8, title: "Contrôle" })}`);
      await expect(page.getByTestId("answer-key")).toBeVisible();
      await expectNoViolations(page, `printable sheet (${scheme})`);
    });

    test("a class test's correction, a report, and the class table with its reports have no axe violations", async ({ page }) => {
      await page.goto(`/quiz/play/#${quizPayload({ kinds: ["mcq", "typed"], count: 5, title: "Contrôle", corrections: "end" })}`);
      await page.getByRole("button", { name: "Commencer" }).click();
      for (let i = 0; i < 5; i++) {
        const question = page.getByTestId("question");
        if ((await question.getAttribute("data-kind")) === "mcq") await question.getByRole("listitem").getByRole("button").first().click();
        else {
          await question.getByLabel("Ta réponse").fill("Zanzibar");
          await question.getByRole("button", { name: "Valider" }).click();
        }
        await expect(page.getByTestId("answer-recorded")).toBeVisible();
        if (i === 0) await expectNoViolations(page, `answer recorded (${scheme})`);
        await page.getByRole("button", { name: i < 4 ? "Question suivante" : "Voir mon score" }).click();
      }
      const first = page.getByTestId("correction-item").first();
      await first.getByRole("button", { name: /^Signaler cette question/ }).click();
      await expectNoViolations(page, `correction with a report form (${scheme})`);
      await first.getByRole("button", { name: "Signaler au professeur" }).click();
      await page.getByLabel("Ton nom").fill("Léa");
      await page.getByRole("button", { name: "Créer mon lien de résultat" }).click();
      const link = await page.getByTestId("result-link").inputValue();
      await expectNoViolations(page, `correction and result link (${scheme})`);
      await page.goto(new URL(link).pathname + new URL(link).hash);
      await expect(page.getByTestId("reported-questions")).toBeVisible();
      await page.getByText("Réussite par question").click();
      await expectNoViolations(page, `class table with reports (${scheme})`);
    });

    test("a revealed flashcard and a question's feedback have no axe violations", async ({ page }) => {
      await page.goto("/reviser/");
      await page.getByRole("button", { name: "Afficher la réponse" }).click();
      await expectNoViolations(page, `revealed card (${scheme})`);
      await page.goto("/entrainement/");
      await page.getByRole("button", { name: "Commencer l’entraînement" }).click();
      await page.getByTestId("question").getByRole("listitem").getByRole("button").first().click();
      await expect(page.getByTestId("feedback")).toBeVisible();
      await expectNoViolations(page, `feedback (${scheme})`);
    });
  });
}
