import { describe, expect, it } from "vitest";
import { createEmptyCard, forgetting_curve } from "ts-fsrs";
import { buildCard, T0 } from "./fixtures";
import { DEFAULT_DECAY, retrievability } from "./retrievability";
import { DEFAULT_FSRS_PARAMETERS, formatInterval, previewIntervals, rateCard } from "./scheduler";
import { newCard } from "./newCard";
import { DEFAULT_SETTINGS } from "./settings";
import { DAY_MS, MINUTE_MS, type StudyCard } from "./types";

/** Rates Good at each due date, `times` times, starting from a new card. */
function goodChain(id: string, times: number): StudyCard[] {
  const out: StudyCard[] = [];
  let card = newCard(id, T0);
  let at = T0;
  for (let i = 0; i < times; i++) {
    card = rateCard(card, 3, at, 5000).card;
    out.push(card);
    at = card.due;
  }
  return out;
}

describe("newCard", () => {
  it("is the card ts-fsrs creates, written without it", () => {
    const empty = createEmptyCard(new Date(T0));
    expect(newCard("a:forward", T0)).toEqual({
      id: "a:forward",
      due: T0,
      stability: empty.stability,
      difficulty: empty.difficulty,
      scheduledDays: empty.scheduled_days,
      learningSteps: empty.learning_steps,
      reps: empty.reps,
      lapses: empty.lapses,
      state: empty.state,
      lastReview: null,
    });
    expect(empty.last_review).toBeUndefined();
  });
});

describe("rateCard", () => {
  it("puts a new card rated Good on the 10 min learning step", () => {
    const { card, log } = rateCard(newCard("a:forward", T0), 3, T0, 5000);
    expect(card.state).toBe(1);
    expect(card.due - T0).toBe(10 * MINUTE_MS);
    expect(log).toEqual({ cardId: "a:forward", reviewTime: T0, rating: 3, state: 0, durationMs: 5000 });
  });

  it("puts a new card rated Again on the 1 min step", () => {
    const { card } = rateCard(newCard("a:forward", T0), 1, T0, 5000);
    expect(card.due - T0).toBe(MINUTE_MS);
  });

  it("graduates to review after the last learning step, then intervals grow", () => {
    const [, second, third] = goodChain("a:forward", 3);
    expect(second.state).toBe(2);
    const i2 = second.scheduledDays;
    const i3 = third.scheduledDays;
    expect(i2).toBeGreaterThanOrEqual(1);
    expect(i3).toBeGreaterThan(i2);
  });

  it("sends a review card rated Again to relearning with a lapse", () => {
    const review = goodChain("a:forward", 3)[2];
    const { card } = rateCard(review, 1, review.due, 4000);
    expect(card.state).toBe(3);
    expect(card.lapses).toBe(1);
    expect(card.due - review.due).toBe(10 * MINUTE_MS);
    expect(card.stability).toBeLessThan(review.stability);
  });

  it("gives shorter intervals for a higher desired retention", () => {
    const review = goodChain("a:forward", 2)[1];
    const interval = (desiredRetention: number) =>
      rateCard(review, 3, review.due, 1, { ...DEFAULT_SETTINGS, desiredRetention }).card.scheduledDays;
    expect(interval(0.8)).toBeGreaterThan(interval(0.9));
    expect(interval(0.9)).toBeGreaterThan(interval(0.97));
  });

  it("fuzzes deterministically per card id", () => {
    const again = goodChain("a:forward", 3).map((c) => c.due);
    expect(goodChain("a:forward", 3).map((c) => c.due)).toEqual(again);
    const others = ["b:forward", "c:forward", "d:forward", "e:forward", "f:forward"].map((id) => goodChain(id, 3)[2].scheduledDays);
    expect(new Set([goodChain("a:forward", 3)[2].scheduledDays, ...others]).size).toBeGreaterThan(1);
  });

  it("never returns Date objects: dates stay epoch milliseconds", () => {
    const { card } = rateCard(newCard("a:forward", new Date(T0)), 3, new Date(T0), 1);
    expect(typeof card.due).toBe("number");
    expect(typeof card.lastReview).toBe("number");
    expect(JSON.parse(JSON.stringify(card))).toEqual(card);
  });
});

describe("previewIntervals", () => {
  it("labels the four ratings of a new card in French", () => {
    expect(previewIntervals(newCard("a:forward", T0), T0).map((p) => p.label)).toEqual(["1 min", "6 min", "10 min", "10 j"]);
  });

  it("matches what rating actually does", () => {
    const card = goodChain("a:forward", 2)[1];
    const preview = previewIntervals(card, card.due);
    for (const p of preview) expect(p.due).toBe(rateCard(card, p.rating, card.due, 1).card.due);
  });
});

describe("formatInterval", () => {
  it.each([
    [30_000, "1 min"],
    [10 * MINUTE_MS, "10 min"],
    [3 * 3_600_000, "3 h"],
    [4 * DAY_MS, "4 j"],
    [61 * DAY_MS, "2 mois"],
    [365 * DAY_MS, "1 an"],
    [548 * DAY_MS, "1,5 an"],
    [3 * 365 * DAY_MS, "3 ans"],
  ])("formats %i ms as %s", (ms, label) => {
    expect(formatInterval(ms)).toBe(label);
  });
});

describe("retrievability", () => {
  it("is 0 for a new card and about the desired retention at the due date", () => {
    expect(retrievability(newCard("a:forward", T0), T0)).toBe(0);
    const card = goodChain("a:forward", 3)[2];
    expect(retrievability(card, card.due)).toBeGreaterThan(0.85);
    expect(retrievability(card, card.due)).toBeLessThan(0.95);
    expect(retrievability(card, card.lastReview!)).toBeCloseTo(1, 5);
  });

  it("falls with time", () => {
    const card = buildCard("a:forward", { state: 2, stability: 5, difficulty: 5, lastReview: T0, due: T0 + 5 * DAY_MS, reps: 2 });
    expect(retrievability(card, T0 + 30 * DAY_MS)).toBeLessThan(retrievability(card, T0 + 5 * DAY_MS));
  });

  it("is ts-fsrs's forgetting curve, with the default parameters and the student's own", () => {
    expect(DEFAULT_DECAY).toBe(DEFAULT_FSRS_PARAMETERS[20]);
    const own = [...DEFAULT_FSRS_PARAMETERS.slice(0, 20), 0.42];
    for (const w of [null, own]) {
      const settings = { ...DEFAULT_SETTINGS, fsrsParameters: w };
      for (const stability of [0.01, 0.4, 3.2, 17, 240.5, 36_500]) {
        for (const days of [0, 0.003, 0.5, 1, 6.25, 40, 900]) {
          const card = buildCard("a:forward", { state: 2, stability, difficulty: 5, lastReview: T0, due: T0 + DAY_MS, reps: 3 });
          expect(retrievability(card, T0 + days * DAY_MS, settings)).toBe(forgetting_curve(w ?? [...DEFAULT_FSRS_PARAMETERS], days, stability));
        }
      }
    }
  });
});
