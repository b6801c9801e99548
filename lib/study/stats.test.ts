process.env.TZ = "Europe/Paris";
import { describe, expect, it } from "vitest";
import { buildCard, buildLog, buildReviewCard, cardMap, T0 } from "./fixtures";
import { DEFAULT_SETTINGS } from "./settings";
import { cardsByState, dueForecast, dueNow, masteryByTopic, newAvailable, reviewedToday, cardsStudiedToday, reviewHeatmap, studyStreak, trueRetention } from "./stats";
import { DAY_MS } from "./types";

describe("stats", () => {
  it("forecasts due cards per study day, overdue counted today", () => {
    const cards = cardMap([
      buildReviewCard("a:forward", T0 - 2 * DAY_MS),
      buildReviewCard("b:forward", T0 + 2 * 3_600_000),
      buildReviewCard("c:forward", T0 + 2 * DAY_MS),
      buildReviewCard("d:forward", T0 + 40 * DAY_MS),
      buildCard("e:forward"),
    ]);
    const forecast = dueForecast(cards, T0, 30);
    expect(forecast).toHaveLength(30);
    expect(forecast[0]).toEqual({ day: "2025-01-06", count: 2 });
    expect(forecast[2]).toEqual({ day: "2025-01-08", count: 1 });
    expect(forecast.reduce((n, d) => n + d.count, 0)).toBe(3);
    // A suspended card is not forecast; day 0 can be today's queue number.
    const withoutC = dueForecast(cards, T0, 30, { suspended: new Set(["c:forward"]), today: 5 });
    expect(withoutC[2].count).toBe(0);
    expect(withoutC[0].count).toBe(5);
  });

  it("counts reviews per study day over 17 weeks for the heatmap", () => {
    const logs = [buildLog("a:forward", T0 - 200 * DAY_MS), buildLog("a:forward", T0 - DAY_MS), buildLog("b:forward", T0 - DAY_MS + 60_000), buildLog("a:forward", T0)];
    const heatmap = reviewHeatmap(logs, T0);
    expect(heatmap).toHaveLength(119);
    expect(heatmap.at(-1)).toEqual({ day: "2025-01-06", count: 1 });
    expect(heatmap.at(-2)).toEqual({ day: "2025-01-05", count: 2 });
    expect(heatmap.reduce((n, d) => n + d.count, 0)).toBe(3);
  });

  it("computes true retention over review-state reviews of the last 30 days", () => {
    const logs = [
      buildLog("a:forward", T0 - 40 * DAY_MS, { rating: 1 }),
      buildLog("a:forward", T0 - 3 * DAY_MS, { rating: 1 }),
      buildLog("b:forward", T0 - 2 * DAY_MS, { rating: 3 }),
      buildLog("c:forward", T0 - DAY_MS, { rating: 2 }),
      buildLog("d:forward", T0 - DAY_MS, { rating: 4 }),
      buildLog("e:forward", T0 - DAY_MS, { rating: 1, state: 1 }),
    ];
    expect(trueRetention(logs, T0)).toEqual({ reviews: 4, passed: 3, rate: 0.75, answers: 5, right: 3 });
    expect(trueRetention([], T0).rate).toBeNull();
    // Before any card is learnt there is still a share of right answers to show.
    const learning = [buildLog("e:forward", T0 - 60_000, { rating: 1, state: 0 }), buildLog("e:forward", T0, { rating: 3, state: 1 })];
    expect(trueRetention(learning, T0)).toMatchObject({ rate: null, answers: 2, right: 1 });
  });

  it("gives mastery per topic as mean retrievability", () => {
    const cards = cardMap([buildReviewCard("f1:forward", T0), buildCard("f2:forward")]);
    const mastery = masteryByTopic(cards, [{ id: "f1", topic: "onu" }, { id: "f2", topic: "onu" }, { id: "f3", topic: "histoire" }], T0);
    expect(mastery.find((m) => m.topic === "onu")!.cards).toBe(2);
    expect(mastery.find((m) => m.topic === "onu")!.mastery).toBeGreaterThan(0.4);
    expect(mastery.find((m) => m.topic === "histoire")).toEqual({ topic: "histoire", cards: 0, mastery: 0 });
  });

  it("counts cards by state", () => {
    const cards = cardMap([buildCard("a:forward"), buildReviewCard("b:forward", T0), buildCard("c:forward", { state: 3, lastReview: T0 })]);
    expect(cardsByState(cards)).toEqual({ 0: 1, 1: 0, 2: 1, 3: 1 });
  });

  it("counts the streak of consecutive study days up to today (or yesterday)", () => {
    const days = [0, 1, 2, 4].map((d) => buildLog("a:forward", T0 - d * DAY_MS));
    expect(studyStreak(days, T0)).toBe(3);
    expect(studyStreak(days.slice(1), T0)).toBe(2);
    expect(studyStreak([], T0)).toBe(0);
  });

  it("counts today's reviews, due cards and new cards available", () => {
    const logs = [buildLog("a:forward", T0 - DAY_MS), buildLog("a:forward", T0 - 60_000, { state: 0 })];
    const cards = cardMap([buildReviewCard("a:forward", T0 - DAY_MS), buildCard("b:forward"), buildCard("c:forward")]);
    expect(reviewedToday(logs, T0)).toBe(1);
    expect(dueNow(cards, T0)).toBe(1);
    expect(newAvailable(cards, logs, DEFAULT_SETTINGS, T0)).toBe(2);
  });

  it("counts each card answered today once, whichever way, and not yesterday's", () => {
    const logs = [
      buildLog("a:forward", T0 - DAY_MS),
      buildLog("a:forward", T0 - 3 * 60_000, { state: 0 }),
      buildLog("a:forward", T0 - 2 * 60_000, { state: 1 }),
      buildLog("b:forward", T0 - 60_000, { state: 2 }),
    ];
    expect(cardsStudiedToday(logs, T0)).toBe(2);
    expect(cardsStudiedToday([], T0)).toBe(0);
  });
});
