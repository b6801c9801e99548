// The goal journey of « Mon contrôle »: a student sets a test six days ahead from home, studies every
// evening for six simulated days following the plan, sees every card before the eve, is offered
// « Réviser pour le contrôle » on the eve, never meets « Terminé » while a card comes back today, and on
// the test day remembers the share the plan predicted, within its stated margin (FSRS recall of the
// stored cards at the test, computed here with the app's own scheduler).
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { decodeCardMap, type EncodedCard } from "../lib/study/codec";
import { retrievability } from "../lib/study/retrievability";
import { PREDICTION_MARGIN, testInstant } from "../lib/study/testPlan";

const TEST_DAY = "2025-01-12";
/** 18:00 in Paris on 6 January 2025, plus `day` days. */
const evening = (day: number) => new Date(Date.UTC(2025, 0, 6 + day, 17));

/** Studies today's queue to its end, as a student who misses one answer in six. */
async function studyEvening(page: Page, answered: { n: number }): Promise<void> {
  await page.goto("/reviser/");
  const reveal = page.getByRole("button", { name: "Afficher la réponse" });
  const end = page.locator("#done-title");
  for (let guard = 0; guard < 600; guard++) {
    await expect(reveal.or(end)).toBeVisible();
    if (await end.isVisible()) {
      // « Terminé » only when nothing comes back today; a card coming back later today is announced instead.
      const next = (await page.getByTestId("next-due").textContent())!;
      if ((await end.textContent())!.startsWith("Terminé")) {
        expect(next).not.toMatch(/dans \d+ min|aujourd’hui/);
        return;
      }
      expect(await end.textContent()).toMatch(/^Prochaine carte (dans (\d+) min|aujourd’hui à)/);
      const minutes = Number((await end.textContent())!.match(/dans (\d+) min/)?.[1] ?? 999);
      expect(minutes).toBeGreaterThan(20);
      await page.getByRole("button", { name: "Revoir maintenant" }).click();
      continue;
    }
    await reveal.click();
    answered.n++;
    await page.getByRole("group", { name: "Évaluer ta réponse" }).getByRole("button", { name: answered.n % 6 === 0 ? "À revoir" : "Bien" }).click();
  }
  throw new Error("the evening's queue never ended");
}

async function storedCards(page: Page) {
  const raw = await page.evaluate(() => localStorage.getItem("kor-study"));
  return decodeCardMap((JSON.parse(raw!) as { state: { cards: Record<string, EncodedCard> } }).state.cards);
}

test("a test six days ahead: the plan shows every card in time and its prediction holds", async ({ page }) => {
  test.setTimeout(600_000);
  await page.clock.install({ time: evening(0) });
  await page.goto("/");
  await page.getByLabel("Date du contrôle").fill(TEST_DAY);
  await expect(page.getByTestId("plan-countdown")).toHaveText("Contrôle dans 6 jours (dimanche 12 janvier)");
  await expect(page.getByTestId("plan-pace")).toHaveText(/^\d+ nouvelles cartes et ~\d+ min par jour\.$/);
  const pace = Number((await page.getByTestId("plan-pace").textContent())!.match(/^\d+/)![0]);
  expect(pace).toBeGreaterThan(15); // 88 cards in 5 days: more than the settings' 15 a day
  const forecast = page.getByTestId("plan-forecast");
  await expect(forecast).toHaveText(/^Si tu suis le plan, tu te souviendras d’environ \d+ % des cartes\.$/);
  const predicted = Number(await forecast.getAttribute("data-share"));
  await expect(page.getByTestId("new-count")).toHaveText(String(pace));

  const answered = { n: 0 };
  for (let day = 0; day < 6; day++) {
    await page.clock.setSystemTime(evening(day));
    if (day === 5) {
      // The eve: every card was seen, and the last-days practice is offered.
      await page.goto("/cartes/");
      await page.getByLabel("État").selectOption({ label: "Nouvelles" });
      await expect(page.getByTestId("card-count")).toHaveText("0 carte sur 88");
      await page.goto("/");
      await expect(page.getByTestId("plan-countdown")).toHaveText(/^Contrôle demain/);
      await page.getByRole("link", { name: "Réviser pour le contrôle" }).click();
      await expect(page.getByText(/^Réviser pour le contrôle · faits sus : 0 sur 80$/)).toBeVisible();
    }
    await studyEvening(page, answered);
  }

  // The test day, 08:00: what the student remembers, by FSRS, against the prediction of day one.
  await page.clock.setSystemTime(new Date(Date.UTC(2025, 0, 12, 7)));
  await page.goto("/");
  await expect(page.getByTestId("plan-countdown")).toHaveText(/^Contrôle aujourd’hui/);
  const cards = [...(await storedCards(page)).values()];
  expect(cards).toHaveLength(88);
  expect(cards.every((c) => c.state !== 0)).toBe(true);
  const remembered = cards.reduce((sum, c) => sum + retrievability(c, testInstant(TEST_DAY)), 0) / cards.length;
  console.info(`test day: predicted ${(predicted * 100).toFixed(1)} %, remembered ${(remembered * 100).toFixed(1)} %, ${answered.n} answers`);
  expect(Math.abs(remembered - predicted)).toBeLessThanOrEqual(PREDICTION_MARGIN);

  // The day after, the plan has ended by itself.
  await page.clock.setSystemTime(new Date(Date.UTC(2025, 0, 13, 17)));
  await page.goto("/");
  await expect(page.getByTestId("test-plan")).toContainText("Ton contrôle du dimanche 12 janvier est passé");
});

test("a test too close: home says so, gives the best plan that fits and the last-days practice", async ({ page }) => {
  await page.clock.install({ time: evening(0) });
  await page.goto("/");
  // Two days ahead: 88 new cards in one day is more than the plan allows.
  await page.getByLabel("Date du contrôle").fill("2025-01-08");
  await expect(page.getByTestId("plan-countdown")).toHaveText("Contrôle dans 2 jours (mercredi 8 janvier)");
  await expect(page.getByTestId("plan-pace")).toHaveText(/^C’est trop près pour voir tes 88 cartes pas encore vues à temps\. Le mieux : tes points faibles d’abord, puis 44 nouvelles cartes par jour, ~\d+ min par jour\.$/);
  await expect(page.getByTestId("new-count")).toHaveText("44");
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations).toEqual([]);
  await page.getByRole("link", { name: "Réviser pour le contrôle" }).click();
  await expect(page.getByText(/^Réviser pour le contrôle · faits sus : 0 sur 80$/)).toBeVisible();
  // Removing the date brings the usual pace back.
  await page.goto("/");
  await page.getByRole("button", { name: "Retirer la date" }).click();
  await expect(page.getByTestId("new-count")).toHaveText("15");
  await expect(page.getByTestId("test-plan")).toContainText("Un contrôle bientôt ?");
});
