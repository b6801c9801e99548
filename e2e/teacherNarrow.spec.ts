// A teacher on a 360 px phone, from building a quiz to reading the class table: at every step no word
// or date is broken across lines (« 4 décembre 202|6 »), no text is cut and nothing scrolls sideways.
// The students' results are made in Node with the app's codec, for the quiz the teacher just created
// in this browser (so the table knows its questions), with long French names and long dates.
import { expect, test, type Page } from "@playwright/test";
import { decodeQuizLink, encodeResultLink, quizId, type QuizResult } from "../lib/share";
import { answerQuestion, SHARE_DECK } from "./helpers";
import { narrowLayoutProblems } from "./layoutChecks";

test.use({ viewport: { width: 360, height: 740 } });

const TITLE = "Le Kazakhstan aux Nations unies, 1992";
/**
 * A damaged link quoted back in the paste error (« Lien 3 (https://…) : … »): 60 characters with no
 * break opportunity, wider than a phone, so it may wrap (and only where it does not fit).
 */
const QUOTED_LINK = /^\(?(https?:\/\/|r1\.)\S+$/;

async function expectNoBrokenLayout(page: Page, step: string): Promise<void> {
  expect(await narrowLayoutProblems(page, { longTokens: QUOTED_LINK }), `layout at 360 px, ${step}`).toEqual([]);
}

/** `count` answers, right or wrong by a pattern of the student's own. */
function answers(count: number, pattern: number): boolean[] {
  return Array.from({ length: count }, (_, i) => ((i * 7 + pattern) % 5) < 3);
}

test("every teacher screen at 360 px keeps its words and dates whole", async ({ page, baseURL }) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));

  // The builder, as it opens.
  await page.goto("/prof/");
  await expect(page.getByRole("heading", { name: "Réglages du quiz" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  await expectNoBrokenLayout(page, "/prof/ as it opens");

  await page.getByRole("textbox", { name: /^Titre/ }).fill(TITLE);
  await page.getByRole("button", { name: "Aperçu" }).click();
  const preview = page.getByTestId("quiz-preview");
  const position = preview.getByText(/^Question \d+ sur \d+$/);
  await expect(position).toHaveText(/^Question 1 sur \d+$/);
  const questionCount = Number((await position.textContent())!.match(/sur (\d+)/)![1]);
  expect(questionCount).toBeGreaterThanOrEqual(7);

  // The preview, question by question, before and after answering.
  for (let i = 1; i <= 7; i++) {
    await expect(position).toHaveText(`Question ${i} sur ${questionCount}`);
    const kind = await preview.getByTestId("question").getAttribute("data-kind");
    await expectNoBrokenLayout(page, `preview question ${i} (${kind})`);
    await answerQuestion(page);
    await expectNoBrokenLayout(page, `preview question ${i} (${kind}) answered`);
    await preview.getByRole("button", { name: "Suivante →" }).click();
  }

  // The link, its QR code and the way to the results.
  await page.getByRole("button", { name: "Créer le lien du quiz" }).click();
  await expect(page.getByRole("img", { name: "QR code du lien du quiz" })).toBeVisible();
  await expectNoBrokenLayout(page, "quiz link ready");

  const quizLink = await page.getByTestId("quiz-link").inputValue();

  // The printable sheet and key, as the teacher checks them on the phone before printing.
  await page.getByRole("link", { name: "Sujet et corrigé à imprimer" }).click();
  await expect(page.getByTestId("answer-key")).toBeVisible();
  await expectNoBrokenLayout(page, "sheet and key to print");
  const decoded = decodeQuizLink(new URL(quizLink).hash, [SHARE_DECK]);
  if (!decoded.ok) throw new Error(`quiz link not decoded: ${decoded.error}`);
  const id = quizId(decoded.spec);
  const result = (name: string, pattern: number, totalTimeSec: number, answeredOn: string): QuizResult => {
    const given = answers(questionCount, pattern);
    // What was given to wrong questions and a report with a long reason: the table shows both.
    return {
      quizId: id,
      name,
      answers: given,
      totalTimeSec,
      answeredOn,
      wrong: given.flatMap((right, question) => (right ? [] : [{ question, text: "Organisation du Traité de sécurité collective" }])),
      reports: [{ question: 0, reason: "La réponse « Assemblée générale des Nations unies » me semble aussi juste" }],
    };
  };
  const link = (r: QuizResult) => `${baseURL}/resultats/#${encodeResultLink(r)}`;

  // One result opened from its link.
  await page.goto(`/resultats/#${encodeResultLink(result("Marie-Éléonore de La Tour-d’Auvergne", 1, 754, "2026-12-04"))}`);
  await expect(page.getByTestId("results-notice")).toContainText("Résultat de Marie-Éléonore de La Tour-d’Auvergne ajouté");
  await expect(page.getByTestId("class-quiz-title")).toHaveText(TITLE);
  await expectNoBrokenLayout(page, "/resultats/ with one result opened from its link");

  // Several pasted from a chat, a second attempt, a result for a quiz made elsewhere and a damaged link.
  const damaged = link(result("Léa", 2, 300, "2026-12-04")).slice(0, -6) + "AAAAAA";
  const pasted = [
    `Bonjour madame, voici mon résultat : ${link(result("Jean-Baptiste Duchemin-Laurent", 2, 3599, "2026-09-30"))}`,
    link(result("Anne-Sophie Vanderhaeghen-Delacroix", 3, 86_400, "2026-11-28")),
    `(${link(result("Marie-Éléonore de La Tour-d’Auvergne", 4, 1203, "2026-12-05"))})`,
    link({ quizId: "0badc0de", name: "Maximilien-Aurélien Vandenberghe", answers: answers(12, 1), totalTimeSec: 2222, answeredOn: "2026-02-28" }),
    damaged,
  ].join("\n");
  await page.getByRole("textbox", { name: /Collez les liens/ }).fill(pasted);
  await expectNoBrokenLayout(page, "/resultats/ with links pasted");
  await page.getByRole("button", { name: "Ajouter au tableau" }).click();
  await expect(page.getByTestId("results-notice")).toContainText("4 résultats ajoutés.");
  await expect(page.getByTestId("class-row")).toHaveCount(5);
  await expectNoBrokenLayout(page, "/resultats/ with five results and a damaged link");

  // Each question's success rate, for both quizzes.
  for (const summary of await page.getByText("Réussite par question").all()) await summary.click();
  await expect(page.locator("details[open]")).toHaveCount(2);
  await expect(page.getByTestId("reported-questions").first()).toBeVisible();
  await expectNoBrokenLayout(page, "/resultats/ with « Réussite par question » open");

  // A result removed, with « Annuler ».
  await page.getByRole("button", { name: "Retirer le résultat de Anne-Sophie Vanderhaeghen-Delacroix" }).click();
  await expect(page.getByTestId("removed-notice")).toBeVisible();
  await expectNoBrokenLayout(page, "/resultats/ after removing a result");

  expect(errors).toEqual([]);
});
