import { describe, expect, it } from "vitest";
import { buildFlashcards, buildLog, buildReviewCard } from "./fixtures";
import { newCard } from "./newCard";
import { rateCard } from "./scheduler";
import { DEFAULT_SETTINGS } from "./settings";
import { answerTimeMs, DEFAULT_ANSWER_MS, firstMissRate, MAX_PLAN_NEW_PER_DAY, planPace, testInstant, testPlan, testPracticeOrder } from "./testPlan";
import { DAY_MS } from "./types";

/** Monday 6 January 2025, 18:00 local. */
const NOW = new Date(2025, 0, 6, 18).getTime();
const fresh = (n: number) => buildFlashcards(n).map((f) => newCard(f.id, NOW));
const input = (cards: ReturnType<typeof fresh>, testDay: string, logs = [] as ReturnType<typeof buildLog>[]) => ({ cards, logs, settings: DEFAULT_SETTINGS, testDay, now: NOW, rateCard });

describe("test plan: pace", () => {
  it("spreads unseen cards over the days before the eve, never slower than the settings", () => {
    expect(planPace(input(fresh(115), "2025-01-12"))).toMatchObject({ daysLeft: 6, phase: "plan", tooClose: false, newPerDay: 23, unseen: 115, lastNewDay: false });
    expect(planPace(input(fresh(20), "2025-01-26")).newPerDay).toBe(DEFAULT_SETTINGS.newPerDay);
    // Day before the eve: the last day for new cards.
    expect(planPace(input(fresh(10), "2025-01-08"))).toMatchObject({ daysLeft: 2, newPerDay: 15, lastNewDay: true });
  });

  it("says when the date is too close, and offers the most that still fits", () => {
    const pace = planPace(input(fresh(200), "2025-01-08"));
    expect(pace).toMatchObject({ tooClose: true, newPerDay: MAX_PLAN_NEW_PER_DAY });
    expect(planPace(input(fresh(30), "2025-01-07"))).toMatchObject({ daysLeft: 1, phase: "final", tooClose: true, newPerDay: 30 });
    expect(planPace(input(fresh(30), "2025-01-06"))).toMatchObject({ daysLeft: 0, phase: "final", newPerDay: 0 });
  });

  it("ends by itself after the date", () => {
    expect(testPlan(input(fresh(5), "2025-01-05"))).toMatchObject({ phase: "over", newPerDay: 0 });
  });

  it("counts today's new cards in the pace, so it holds through the day", () => {
    const cards = fresh(20);
    const logs = cards.slice(0, 5).map((c, i) => buildLog(c.id, NOW - 60_000 + i, { state: 0 }));
    const seen = cards.map((c, i) => (i < 5 ? { ...c, state: 1 as const, lastReview: NOW - 60_000 } : c));
    expect(planPace(input(seen, "2025-01-12", logs)).newPerDay).toBe(planPace(input(cards, "2025-01-12")).newPerDay);
  });
});

describe("test plan: predictions", () => {
  it("predicts more remembered with the plan than at today's pace when today's pace is too slow", () => {
    const plan = testPlan(input(fresh(115), "2025-01-12"));
    expect(plan.unseenAtTest).toBe(0);
    expect(plan.predicted.plan).toBeGreaterThan(0.85);
    // At 15 a day over 6 days, 25 cards are never seen: at most 90 of 115 remembered.
    expect(plan.predicted.schedule).toBeLessThan(90 / 115);
    expect(plan.minutesPerDay).toBeGreaterThan(0);
  });

  it("on the test day, predicts the cards as they are", () => {
    const card = buildReviewCard("a:forward", NOW + 3 * DAY_MS, { stability: 10, intervalDays: 10 });
    const plan = testPlan({ ...input([card], "2025-01-06") });
    expect(plan.phase).toBe("final");
    expect(plan.predicted.plan).toBeGreaterThan(0.85);
    expect(plan.predicted.plan).toBeLessThan(1);
  });

  it("uses the student's own answer times and first-answer misses once there are enough", () => {
    expect(answerTimeMs([])).toBe(DEFAULT_ANSWER_MS);
    const logs = [3000, 4000, 5000, 6000, 20000].map((ms, i) => buildLog("a:forward", NOW + i, { durationMs: ms }));
    expect(answerTimeMs(logs)).toBe(5000);
    const firsts = Array.from({ length: 10 }, (_, i) => buildLog(`f${i}:forward`, NOW + i, { state: 0, rating: i < 2 ? 1 : 3 }));
    expect(firstMissRate(firsts)).toBeCloseTo(0.2);
  });

  it("the test is at 08:00 on its day", () => {
    expect(testInstant("2025-01-12")).toBe(new Date(2025, 0, 12, 8).getTime());
  });
});

describe("« Réviser pour le contrôle »", () => {
  it("runs studied facts weakest first at the test, then the unseen ones", () => {
    const strong = buildReviewCard("strong:forward", NOW + 20 * DAY_MS, { stability: 40, intervalDays: 3 });
    const weak = buildReviewCard("weak:forward", NOW, { stability: 2, intervalDays: 3 });
    const unseen = newCard("unseen:forward", NOW);
    expect(testPracticeOrder(["unseen", "strong", "weak"], [strong, weak, unseen], "2025-01-12", DEFAULT_SETTINGS)).toEqual(["weak", "strong", "unseen"]);
  });
});
