// The teacher prints a quiz: from the builder's « Sujet et corrigé à imprimer », the sheet printed to a
// PDF (A4, print media) holds the title, every question, every key and the article's sentences, with the
// key starting a page of its own, and none of the site's navigation or the print toolbar; without
// « Le corrigé », the PDF has the questions only. Expected texts come from the app's own generator.
import { expect, test } from "@playwright/test";
import { BLANK } from "../lib/generate/rewrite";
import { answerKeyLines, questionSources } from "../lib/quiz";
import { fillTeacherBuilder } from "./helpers";
import { BUILT_CATALOG as CATALOG, printToPdf, questionsOf, squash } from "./printed";

const TITLE = "Contrôle : le Kazakhstan à l’ONU";
/** Words of the bottom navigation, the skip link and the toolbar: none belongs on paper. */
const SCREEN_ONLY = ["Accueil", "S’entraîner", "Stats", "Aller au contenu", "Imprimer", "Le sujet", "Le corrigé", "Retour à la création du quiz"];

test("a teacher prints the question sheet and, on later pages, its answer key with the article's sentences", async ({ page }) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));

  await fillTeacherBuilder(page, { title: TITLE, count: 8 });
  await page.getByRole("button", { name: "Créer le lien du quiz" }).click();
  const payload = (await page.getByTestId("quiz-link").inputValue()).split("#")[1];
  await page.getByRole("link", { name: "Sujet et corrigé à imprimer" }).click();
  await expect(page).toHaveURL(`/prof/imprimer/#${payload}`);

  const questions = questionsOf(payload);
  expect(new Set(questions.map((q) => q.kind)).size).toBeGreaterThan(3);
  await expect(page.getByTestId("sheet-question")).toHaveCount(questions.length);
  await expect(page.getByTestId("key-question")).toHaveCount(questions.length);

  const pages = await printToPdf(page);
  const all = pages.join("");
  expect(all).toContain(squash(TITLE));
  for (const question of questions) {
    for (const part of question.prompt.split(BLANK)) expect(all, `prompt of ${question.id}`).toContain(squash(part));
    for (const line of answerKeyLines(question)) expect(all, `key of ${question.id}`).toContain(squash(line));
    for (const source of questionSources(question, CATALOG.factsById)) {
      expect(all, `source of ${question.id}`).toContain(squash(`§ ${source.paragraph}`));
      expect(all, `sentence of ${question.id}`).toContain(squash(source.sentence!));
    }
  }
  for (const word of SCREEN_ONLY) expect(all, word).not.toContain(squash(word));

  // The key begins at the top of a page after the question sheet's.
  const keyPage = pages.findIndex((text) => text.includes(squash(`Corrigé : ${TITLE}`)));
  const firstQuestionPage = pages.findIndex((text) => text.includes(squash(questions[0].prompt.split(BLANK)[0])));
  expect(firstQuestionPage).toBe(0);
  expect(keyPage).toBeGreaterThan(firstQuestionPage);
  expect(pages[keyPage].startsWith(squash(`Corrigé : ${TITLE}`))).toBe(true);
  for (const text of pages.slice(0, keyPage)) expect(text).not.toContain("§");

  // Without « Le corrigé »: the questions only.
  await page.getByRole("checkbox", { name: "Le corrigé" }).uncheck();
  await expect(page.getByTestId("answer-key")).toHaveCount(0);
  const sheetOnly = (await printToPdf(page)).join("");
  expect(sheetOnly).toContain(squash(TITLE));
  expect(sheetOnly).toContain(squash(questions.at(-1)!.prompt.split(BLANK)[0]));
  expect(sheetOnly).not.toContain(squash("Corrigé :"));
  expect(sheetOnly).not.toContain("§");
  expect(errors).toEqual([]);
});

test("a mangled sheet link says why in French and leads back to the builder", async ({ page }) => {
  await page.goto("/prof/imprimer/#q1.abc");
  const problem = page.getByTestId("link-problem");
  await expect(problem).toBeVisible();
  await expect(problem.getByRole("heading")).toHaveText("Ce lien de quiz ne peut pas être ouvert");
  await expect(problem.getByRole("link", { name: "Créer un quiz" })).toHaveAttribute("href", "/prof/");
  await expect(page.getByTestId("print-toolbar")).toHaveCount(0);
});
