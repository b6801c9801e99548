// The plan's predictions against a simulated student (seeded): FSRS's own memory model decides each
// answer (right with the card's recall chance, then « Difficile », « Bien » or « Facile »; a new card's
// first answer is missed at the student's rate), the student follows the plan every evening, and at
// the test every card is recalled with its FSRS recall chance. Over many test dates and deck sizes,
// the share predicted on the first day must stay within PREDICTION_MARGIN of the simulated one.
import { describe, expect, it } from "vitest";
import { buildFlashcards, seededRandom } from "./fixtures";
import { buildQueue } from "./queue";
import { retrievability } from "./retrievability";
import { rateCard } from "./scheduler";
import { newCard } from "./newCard";
import { DEFAULT_SETTINGS } from "./settings";
import { nextStudyDayStart, studyDayKey, studyDayStartOffset } from "./studyDay";
import { planPace, PREDICTION_MARGIN, testInstant, testPlan } from "./testPlan";
import { HOUR_MS, type Rating, type ReviewLogEntry, type StudyCard } from "./types";

const ANSWER_MS = 8_000;

interface Run {
  predicted: number;
  predictedSchedule: number;
  simulated: number;
  seenAll: boolean;
  tooClose: boolean;
}

function simulate(deckSize: number, daysAhead: number, seed: number, firstMiss: number): Run {
  const random = seededRandom(seed);
  const start = new Date(2025, 0, 6, 18).getTime();
  const testDay = studyDayKey(studyDayStartOffset(start, daysAhead));
  const settings = DEFAULT_SETTINGS;
  // Some facts have a reverse card, as in the real deck (whose siblings are buried day by day).
  const cards = new Map<string, StudyCard>(buildFlashcards(deckSize, { reverseEvery: 3 }).slice(0, deckSize).map((f) => [f.id, newCard(f.id, start)]));
  const logs: ReviewLogEntry[] = [];
  const first = testPlan({ cards: [...cards.values()], logs, settings, testDay, now: start, rateCard });
  for (let day = 0; day < daysAhead; day++) {
    let t = day === 0 ? start : studyDayStartOffset(start, day) + 14 * HOUR_MS;
    // The app recomputes the plan each day and uses its new cards a day as the queue's limit.
    const plan = day === 0 ? first : testPlan({ cards: [...cards.values()], logs, settings, testDay, now: t, rateCard });
    const daySettings = { ...settings, newPerDay: plan.newPerDay };
    const buryNewSiblings = !planPace({ cards: [...cards.values()], logs, settings, testDay, now: t }).lastNewDay;
    const end = nextStudyDayStart(t);
    for (let guard = 0; guard < 20_000; guard++) {
      const queue = buildQueue({ cards, logs, settings: daySettings, now: t, buryNewSiblings });
      if (queue.cardIds.length === 0) {
        if (queue.nextDueAt !== null && queue.nextDueAt < end) {
          t = queue.nextDueAt;
          continue;
        }
        break;
      }
      const card = cards.get(queue.cardIds[0])!;
      const recalled = card.state === 0 ? random() >= firstMiss : random() < retrievability(card, t, settings);
      const roll = random();
      const rating: Rating = !recalled ? 1 : roll < 0.1 ? 2 : roll < 0.85 ? 3 : 4;
      const { card: next, log } = rateCard(card, rating, t, ANSWER_MS, settings);
      cards.set(next.id, next);
      logs.push(log);
      t += ANSWER_MS;
    }
  }
  const test = testInstant(testDay);
  let sum = 0;
  for (const card of cards.values()) sum += retrievability(card, test, settings);
  return {
    predicted: first.predicted.plan,
    predictedSchedule: first.predicted.schedule,
    simulated: sum / cards.size,
    seenAll: [...cards.values()].every((c) => c.state !== 0),
    tooClose: first.tooClose,
  };
}

describe("the test plan against a simulated student", () => {
  const results: { size: number; days: number; firstMiss: number; predicted: number; simulated: number; error: number }[] = [];

  for (const size of [20, 60, 115, 200]) {
    for (const days of [3, 6, 10, 20]) {
      it(`${size} cards, test in ${days} days: every card seen before the eve, share within the margin`, () => {
        for (const [seed, firstMiss] of [
          [1, 0.4],
          [2, 0.25],
          [3, 0.55],
        ] as const) {
          const run = simulate(size, days, seed * 1000 + size + days, firstMiss);
          if (!run.tooClose) expect(run.seenAll).toBe(true);
          expect(run.predicted).toBeGreaterThanOrEqual(run.predictedSchedule - 1e-9);
          const error = Math.abs(run.predicted - run.simulated);
          results.push({ size, days, firstMiss, predicted: run.predicted, simulated: run.simulated, error });
          expect(error).toBeLessThanOrEqual(PREDICTION_MARGIN);
        }
      }, 120_000);
    }
  }

  it("reports the error", () => {
    const errors = results.map((r) => r.error);
    const mean = errors.reduce((a, b) => a + b, 0) / errors.length;
    const worst = results.reduce((a, b) => (b.error > a.error ? b : a));
    console.info(`test plan vs simulation: ${results.length} runs, mean |error| ${(mean * 100).toFixed(1)} points, worst ${(worst.error * 100).toFixed(1)} (${worst.size} cards, ${worst.days} days, first miss ${worst.firstMiss})`);
    for (const r of results) console.info(`  ${r.size} cards, ${r.days} d, miss ${r.firstMiss}: predicted ${(r.predicted * 100).toFixed(1)} %, simulated ${(r.simulated * 100).toFixed(1)} %`);
    expect(results.length).toBe(48);
  });
});
