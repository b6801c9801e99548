// The whole teacher ↔ student loop with no server: the teacher builds a quiz and gets its link; a
// student opens it on a phone, goes offline, answers every kind, and sends a result link back; the
// teacher opens it and sees the student in the class table — once, even when opened twice.
import { devices, expect, test, type Locator, type Page } from "@playwright/test";
import { answerQuestion, fillTeacherBuilder, waitForServiceWorker } from "./helpers";

const INJECTED = "<img src=x onerror=alert(1)>";

async function tableRows(page: Page): Promise<Locator> {
  return page.getByTestId("class-row");
}

test("a teacher's quiz link played offline on a phone comes back as a class result", async ({ page, browser, baseURL }) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("dialog", (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });

  // Teacher: build the quiz.
  await fillTeacherBuilder(page, { title: INJECTED, count: 6 });
  await page.getByRole("button", { name: "Aperçu" }).click();
  await expect(page.getByTestId("quiz-preview").getByTestId("question")).toBeVisible();
  await page.getByRole("button", { name: "Créer le lien du quiz" }).click();
  const quizLink = await page.getByTestId("quiz-link").inputValue();
  expect(quizLink).toMatch(/\/quiz\/play\/#q1\./);
  await expect(page.getByRole("img", { name: "QR code du lien du quiz" })).toBeVisible();

  // Student, on another phone: open the link once online, then play offline.
  const student = await browser.newContext({ ...devices["Pixel 7"], baseURL, locale: "fr-FR" });
  const phone = await student.newPage();
  phone.on("pageerror", (error) => errors.push(`student: ${error.message}`));
  phone.on("dialog", (dialog) => {
    errors.push(`student dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await phone.goto(quizLink);
  await waitForServiceWorker(phone);
  await student.setOffline(true);
  await phone.reload();
  await expect(phone.getByTestId("quiz-title")).toHaveText(INJECTED);
  await phone.getByRole("button", { name: "Commencer" }).click();

  const kinds = new Set<string>();
  for (let i = 0; i < 6; i++) {
    await expect(phone.getByTestId("quiz-position")).toHaveText(`Question ${i + 1} sur 6`);
    kinds.add(await answerQuestion(phone));
    await phone.getByRole("button", { name: i < 5 ? "Question suivante" : "Voir mon score" }).click();
  }
  expect([...kinds].sort()).toEqual(["cloze", "match", "mcq", "order", "true-false", "typed"]);
  const score = (await phone.getByTestId("quiz-score").textContent())!.replace(/\s/g, "");
  expect(score).toMatch(/^\d\/6$/);

  await phone.getByLabel("Ton nom").fill("Léa");
  await phone.getByRole("button", { name: "Créer mon lien de résultat" }).click();
  const resultLink = await phone.getByTestId("result-link").inputValue();
  expect(resultLink).toMatch(/\/resultats\/#r[12]\./);
  await expect(phone.getByRole("img", { name: "QR code de ton résultat" })).toBeVisible();

  // The quiz is in the student's history, title as text.
  await phone.goto("/quiz/");
  await expect(phone.getByTestId("quiz-history")).toContainText(INJECTED);
  await student.close();

  // Teacher: open the result link, twice.
  const path = new URL(resultLink).pathname + new URL(resultLink).hash;
  await page.goto(path);
  await expect(page.getByTestId("results-notice")).toContainText("Résultat de Léa ajouté");
  await expect(page.getByTestId("class-quiz-title")).toHaveText(INJECTED);
  await expect(await tableRows(page)).toHaveCount(1);
  await expect(page.getByTestId("class-row")).toContainText("Léa");
  await expect(page.getByTestId("class-score")).toHaveText(score);
  await expect(page).toHaveURL(/\/resultats\/$/);

  await page.goto(path);
  await expect(page.getByTestId("results-notice")).toContainText("déjà enregistré");
  await expect(await tableRows(page)).toHaveCount(1);
  expect(await page.locator("img").count()).toBe(0);
  expect(errors).toEqual([]);
});
