// A whole class test with no server: the teacher builds a test whose corrections come at the end;
// three students play it offline on their phones, see nothing corrected before the last question, then
// the correction with the article's sentences, and one reports a question; the teacher scans the three
// result QR codes one after the other without leaving the scanner, exports the class, imports it on a
// second browser and reads the same table, then prints the answer key to PDF. Links made before test
// mode still open as they did, and a mangled class file changes nothing.
import { readFileSync } from "node:fs";
import { devices, expect, test, type Browser, type Page } from "@playwright/test";
import { answerKeyLines, questionSources } from "../lib/quiz";
import { decodeQuizLink, encodeResultLink, quizId as specQuizId } from "../lib/share";
import { answerQuestion, fillTeacherBuilder, quizPayload, SHARE_DECK, waitForServiceWorker } from "./helpers";
import { BUILT_CATALOG, printToPdf, questionsOf, squash } from "./printed";

const TITLE = "Contrôle : le Kazakhstan à l’ONU";
const COUNT = 8;
const WRONG_TYPED = "Zanzibar";
const REASON = "Deux réponses me semblent justes";

/**
 * The BarcodeDetector and camera of a phone, for a headless browser that has neither: the detector
 * reads the codes a test queues in `window.__qrCodes`, one per frame, like students showing their
 * screens one after the other.
 */
function fakeCamera(): void {
  const win = window as unknown as { __qrCodes: string[]; BarcodeDetector: unknown };
  win.__qrCodes = [];
  win.BarcodeDetector = class {
    async detect() {
      const code = win.__qrCodes.shift();
      return code ? [{ rawValue: code }] : [];
    }
  };
  navigator.mediaDevices.getUserMedia = async () => {
    const canvas = document.createElement("canvas");
    canvas.width = 64;
    canvas.height = 64;
    const context = canvas.getContext("2d")!;
    setInterval(() => context.fillRect(0, 0, 64, Math.random() * 64), 50);
    return canvas.captureStream(20);
  };
}

/** Answers the question on screen without learning whether it is right; `variant` varies the answer by student. */
async function answerInTestMode(page: Page, variant: number): Promise<void> {
  await answerQuestion(page, { correction: false, variant, typed: variant < 2 ? WRONG_TYPED : "Astana" });
  // Nothing says right or wrong before the end.
  const question = page.getByTestId("question");
  await expect(page.getByTestId("feedback")).toHaveCount(0);
  await expect(question.locator("[data-pair], .line-through")).toHaveCount(0);
  await expect(question.getByText(/\(bonne réponse\)|\(ta réponse, fausse\)|\(juste\)|Faux, la bonne réponse/)).toHaveCount(0);
}

/** One student: opens the link online once, then plays offline and sends a result link; returns it. */
async function playAsStudent(browser: Browser, baseURL: string, quizLink: string, name: string, variant: number, errors: string[]): Promise<string> {
  const context = await browser.newContext({ ...devices["Pixel 7"], baseURL, locale: "fr-FR" });
  const phone = await context.newPage();
  phone.on("pageerror", (error) => errors.push(`${name}: ${error.message}`));
  await phone.goto(quizLink);
  await waitForServiceWorker(phone);
  await context.setOffline(true);
  await phone.reload();
  await expect(phone.getByTestId("quiz-title")).toHaveText(TITLE);
  await expect(phone.getByTestId("quiz-corrections")).toContainText("Mode contrôle");
  await phone.getByRole("button", { name: "Commencer" }).click();
  for (let i = 0; i < COUNT; i++) {
    await expect(phone.getByTestId("quiz-position")).toHaveText(`Question ${i + 1} sur ${COUNT}`);
    await answerInTestMode(phone, variant);
    await phone.getByRole("button", { name: i < COUNT - 1 ? "Question suivante" : "Voir mon score" }).click();
  }

  // The correction: every question with the student's answer, the key and the article's sentence.
  const items = phone.getByTestId("correction-item");
  await expect(items).toHaveCount(COUNT);
  for (let i = 0; i < COUNT; i++) {
    await expect(items.nth(i)).toContainText("Ta réponse :");
    await expect(items.nth(i)).toContainText("Réponse attendue :");
    await expect(items.nth(i).getByTestId("correction-sentence").first()).toBeVisible();
  }
  const score = (await phone.getByTestId("quiz-score").textContent())!.replace(/\s/g, "");
  const right = await phone.locator('[data-testid="correction-item"]:not([data-verdict="wrong"])').count();
  expect(score).toBe(`${right}/${COUNT}`);

  if (variant === 1) {
    await items.first().getByRole("button", { name: /^Signaler cette question/ }).click();
    await items.first().getByLabel(/^Pourquoi/).fill(REASON);
    await items.first().getByRole("button", { name: "Signaler au professeur" }).click();
    await expect(items.first().getByTestId("reported")).toContainText(REASON);
  }
  await phone.getByLabel("Ton nom").fill(name);
  await phone.getByRole("button", { name: "Créer mon lien de résultat" }).click();
  const resultLink = await phone.getByTestId("result-link").inputValue();
  expect(resultLink).toMatch(/\/resultats\/#r[12]\./);
  if (variant === 1) await expect(phone.getByTestId("result-reports")).toContainText("signalée");
  await context.close();
  return resultLink;
}

/** The class table as the teacher reads it: name and score per row. */
async function tableText(page: Page): Promise<string[]> {
  return (await page.getByTestId("class-row").allTextContents()).map((row) => row.replace(/\s+/g, " ").trim());
}

test("a class test from start to finish: test mode, offline students, a report, scanning, a class file, the printed key", async ({ page, browser, baseURL }) => {
  test.setTimeout(240_000);
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));

  // The teacher builds a test with corrections at the end.
  await fillTeacherBuilder(page, { title: TITLE, count: COUNT });
  await page.getByRole("radio", { name: /À la fin/ }).check();
  await page.getByRole("button", { name: "Créer le lien du quiz" }).click();
  const quizLink = await page.getByTestId("quiz-link").inputValue();
  expect(quizLink).toMatch(/\/quiz\/play\/#q2\./);
  const payload = quizLink.split("#")[1];
  const questions = questionsOf(payload);

  // Three students play it offline; the second reports the first question.
  const names = ["Léa Martin", "Noé Dubois", "Zoé Bernard"];
  const links: string[] = [];
  for (const [variant, name] of names.entries()) links.push(await playAsStudent(browser, baseURL!, quizLink, name, variant, errors));

  // The teacher scans the three codes one after the other, on one device, without leaving the scanner.
  await page.addInitScript(fakeCamera);
  await page.goto("/resultats/");
  await page.getByRole("button", { name: "Scanner des QR codes avec la caméra" }).click();
  const scanList = page.getByTestId("scan-list");
  for (const [i, link] of links.entries()) {
    await page.evaluate((code) => (window as unknown as { __qrCodes: string[] }).__qrCodes.push(code), link);
    await expect(scanList).toContainText(`${i + 1} résultat${i > 0 ? "s" : ""} ajouté`);
    await expect(scanList).toContainText(names[i]);
  }
  await expect(page.getByRole("button", { name: "Arrêter la caméra" })).toBeVisible();
  // A code shown twice is read once.
  await page.evaluate((code) => (window as unknown as { __qrCodes: string[] }).__qrCodes.push(code), links[0]);
  await expect(page.getByTestId("class-row")).toHaveCount(3);
  await expect(page.getByTestId("class-quiz-title")).toHaveText(TITLE);
  const table = await tableText(page);

  // The contested question, and the wrong answer the class gave most.
  const reported = page.getByTestId("reported-questions");
  await expect(reported).toContainText("Q1");
  await expect(reported).toContainText(`Noé Dubois : « ${REASON} »`);
  if (questions.some((q) => q.kind === "typed" || q.kind === "cloze")) {
    await page.getByText("Réussite par question").click();
    await expect(page.getByTestId("top-wrong").filter({ hasText: WRONG_TYPED }).first()).toContainText("(2 élèves)");
  }

  // Export the class, import it in another browser: the same table, questions and reports.
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Exporter les résultats" }).click();
  const classFile = await (await download).path();
  const desk = await browser.newContext({ ...devices["Desktop Chrome"], baseURL, locale: "fr-FR" });
  const computer = await desk.newPage();
  computer.on("pageerror", (error) => errors.push(`computer: ${error.message}`));
  await computer.goto("/resultats/");
  await expect(computer.getByTestId("class-empty")).toBeVisible();
  await computer.getByTestId("class-file").setInputFiles(classFile);
  await expect(computer.getByTestId("results-notice")).toContainText("3 résultats importés");
  await expect(computer.getByTestId("class-quiz-title")).toHaveText(TITLE);
  expect(await tableText(computer)).toEqual(table);
  await expect(computer.getByTestId("reported-questions")).toContainText(REASON);

  // Importing twice adds nothing; a mangled file says why and changes nothing.
  await computer.getByTestId("class-file").setInputFiles(classFile);
  await expect(computer.getByTestId("results-notice")).toContainText("Aucun nouveau résultat");
  const mangled = readFileSync(classFile, "utf8").replace(/"answers": \[/, '"answers": [7, ');
  await computer.getByTestId("class-file").setInputFiles({ name: "resultats-classe.json", mimeType: "application/json", buffer: Buffer.from(mangled) });
  await expect(computer.getByTestId("class-file-error")).toContainText("abîmé");
  await computer.getByTestId("class-file").setInputFiles({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from("{ pas du json") });
  await expect(computer.getByTestId("class-file-error")).toContainText("pas lisible");
  expect(await tableText(computer)).toEqual(table);

  // The printed key, from the class results on the second browser.
  await computer.getByRole("link", { name: "Sujet et corrigé à imprimer" }).click();
  await expect(computer.getByTestId("key-question")).toHaveCount(questions.length);
  const printed = (await printToPdf(computer)).join("");
  for (const question of questions) {
    for (const line of answerKeyLines(question)) expect(printed, `key of ${question.id}`).toContain(squash(line));
    for (const source of questionSources(question, BUILT_CATALOG.factsById)) expect(printed).toContain(squash(source.sentence!));
  }
  await desk.close();
  expect(errors).toEqual([]);
});

test("links made before test mode open as they did: corrections after each question, results in the table", async ({ page }) => {
  // Version 1 quiz and result links, as every link shared before test mode was written.
  const payload = quizPayload({ kinds: ["mcq"], count: 5, title: "Ancien lien" });
  expect(payload).toMatch(/^q1\./);
  await page.goto(`/quiz/play/#${payload}`);
  await expect(page.getByTestId("quiz-corrections")).toHaveText("La correction est donnée après chaque question.");
  await page.getByRole("button", { name: "Commencer" }).click();
  await page.getByTestId("question").getByRole("listitem").first().getByRole("button").click();
  await expect(page.getByTestId("feedback")).toBeVisible();

  const decoded = decodeQuizLink(payload, [SHARE_DECK]);
  if (!decoded.ok) throw new Error(decoded.error);
  const result = encodeResultLink({ quizId: specQuizId(decoded.spec), name: "Ancien élève", answers: [true, false, true, true, false], totalTimeSec: 95, answeredOn: "2026-11-30" });
  expect(result).toMatch(/^r1\./);
  await page.goto(`/resultats/#${result}`);
  await expect(page.getByTestId("class-row")).toContainText("Ancien élève");
  await expect(page.getByTestId("class-score")).toHaveText("3/5");
});
