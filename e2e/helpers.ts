// Shared steps of the browser journeys.
import { readFileSync } from "node:fs";
import { expect, type Page } from "@playwright/test";
import { encodeQuizLink, type CorrectionMode, type QuestionKind, type ShareDeck } from "../lib/share";

/** Waits until the service worker is active and controls the page (precache complete). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) =>
        navigator.serviceWorker.addEventListener("controllerchange", () => resolve(), { once: true }),
      );
    }
  });
  expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

/** One stored review log, decoded from the app's log chunks in localStorage (lib/store/logStore.ts). */
export interface StoredLog {
  cardId: string;
  rating: number;
}

/** Reads every review log the app has stored, as a test would check a user's saved history. */
export async function readStoredLogs(page: Page): Promise<StoredLog[]> {
  return page.evaluate(() => {
    const logs: { cardId: string; rating: number }[] = [];
    for (let k = 0; k < localStorage.length; k++) {
      const key = localStorage.key(k)!;
      const match = key.match(/^kor-study-logs-(.+)-(\d+)$/);
      if (!match) continue;
      const ids = JSON.parse(localStorage.getItem(`kor-study-logs-${match[1]}-ids`) ?? "[]") as string[];
      const chunk = JSON.parse(localStorage.getItem(key)!) as { l: number[] };
      for (let i = 0; i < chunk.l.length; i += 4) logs.push({ cardId: ids[chunk.l[i]], rating: Math.floor(chunk.l[i + 2] / 10) });
    }
    return logs;
  });
}

/** Reveals the current flashcard and rates it with the button of that name. */
export async function rateCurrentCard(page: Page, rating: RegExp | string): Promise<void> {
  await page.getByRole("button", { name: "Afficher la réponse" }).click();
  await page.getByRole("group", { name: "Évaluer ta réponse" }).getByRole("button", { name: rating }).click();
}

/** Plays a Match round to its end (with one wrong pair first when `mistake`). */
export async function playMatchRound(page: Page, { mistake }: { mistake: boolean }): Promise<void> {
  const tiles = page.getByRole("region", { name: "Plateau de jeu" }).getByRole("button");
  await expect(tiles).toHaveCount(12);
  const facts = await tiles.evaluateAll((els) => els.map((e) => e.getAttribute("data-fact")!));
  if (mistake) {
    const other = facts.findIndex((f) => f !== facts[0]);
    await tiles.nth(0).click();
    await tiles.nth(other).click();
    await expect(tiles.nth(0)).toHaveAttribute("data-state", "wrong");
    await expect(tiles.nth(other)).toHaveAttribute("data-state", "wrong");
  }
  for (const fact of [...new Set(facts)]) {
    const pair = page.locator(`[data-fact="${fact}"]`);
    await pair.nth(0).click();
    await pair.nth(1).click();
  }
}

/**
 * Answers the question on screen by its kind, the way a student on a phone does; returns the kind.
 * Then checks the correction shown, or, in a test with corrections at the end, that the answer is only
 * acknowledged. `variant` makes students answer differently (another option, pairing, order); `typed`
 * is what they type.
 */
export async function answerQuestion(
  page: Page,
  { correction = true, variant = 0, typed = "Astana" }: { correction?: boolean; variant?: number; typed?: string } = {},
): Promise<string> {
  const question = page.getByTestId("question");
  const kind = (await question.getAttribute("data-kind")) ?? "";
  if (kind === "mcq" || kind === "true-false") {
    const options = question.getByRole("listitem");
    await options.nth(variant % (await options.count())).getByRole("button").click();
  } else if (kind === "typed" || kind === "cloze") {
    await question.getByLabel("Ta réponse").fill(typed);
    await question.getByRole("button", { name: "Valider" }).click();
  } else if (kind === "match") {
    const lefts = question.getByRole("list", { name: "Éléments à associer" }).getByRole("button");
    const rights = question.getByRole("list", { name: "Réponses" }).getByRole("button");
    const n = await lefts.count();
    for (let i = 0; i < n; i++) {
      await lefts.nth(i).click();
      await rights.nth((i + variant) % n).click();
    }
    await question.getByRole("button", { name: "Valider les associations" }).click();
  } else if (kind === "order") {
    if (variant % 2 === 0) {
      await question.getByRole("button", { name: /^Descendre/ }).first().click();
      await question.getByRole("button", { name: /^Monter/ }).last().click();
    }
    await question.getByRole("button", { name: "Valider l’ordre" }).click();
  }
  if (!correction) {
    await expect(page.getByTestId("answer-recorded")).toBeVisible();
    return kind;
  }
  const feedback = page.getByTestId("feedback");
  await expect(feedback).toBeVisible();
  await expect(feedback.getByText(/^(Réponse attendue|Associations attendues)/)).toBeVisible();
  await expect(feedback.getByRole("link", { name: "Voir dans l’article" })).toBeVisible();
  return kind;
}

const DECK_ID = "kazakhstan-onu";
const FACTS = JSON.parse(readFileSync("content/kazakhstan-onu/facts.json", "utf8")) as { id: string; flagged?: string }[];
/** The deck as the share codec sees it, to encode or decode quiz links in a test. */
export const SHARE_DECK: ShareDeck = { id: DECK_ID, factIds: FACTS.map((f) => f.id) };

/** The fragment payload of a quiz on the whole deck, built with the app's own codec. */
export function quizPayload(options: { kinds: QuestionKind[]; count: number; seed?: number; title?: string; timeLimitSec?: number; corrections?: CorrectionMode }): string {
  return encodeQuizLink(
    {
      deckId: DECK_ID,
      factIds: FACTS.filter((f) => !f.flagged).map((f) => f.id),
      kinds: options.kinds,
      count: options.count,
      seed: options.seed ?? 7,
      timeLimitSec: options.timeLimitSec ?? 0,
      title: options.title ?? "",
      ...(options.corrections ? { corrections: options.corrections } : {}),
    },
    SHARE_DECK,
  );
}

/** Opens the teacher's builder (/prof/) and sets a title, every kind of question and their number. */
export async function fillTeacherBuilder(page: Page, { title, count }: { title: string; count: number }): Promise<void> {
  await page.goto("/prof/");
  await page.getByRole("textbox", { name: /^Titre/ }).fill(title);
  for (const kind of ["Choix multiple", "Vrai ou faux", "Réponse à écrire", "Texte à trous", "Associer des paires", "Remettre dans l’ordre"]) {
    await page.getByRole("checkbox", { name: kind }).check();
  }
  const spin = page.getByRole("spinbutton", { name: /Nombre de questions/ });
  await spin.fill(String(count));
  await spin.blur();
}
