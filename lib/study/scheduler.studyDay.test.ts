process.env.TZ = "America/New_York";
import { describe, expect, it } from "vitest";
import { buildCard } from "./fixtures";
import { previewIntervals, rateCard } from "./scheduler";
import { DAY_MS } from "./types";

/** Local New York time. */
const ny = (d: number, h: number, min = 0) => new Date(2025, 0, d, h, min).getTime();

/** A review card last seen on 6 January at 18:00 New York (23:00 UTC, still 6 January in UTC). */
const lastReview = ny(6, 18);
const card = buildCard("a:forward", { state: 2, stability: 3, difficulty: 5, reps: 4, scheduledDays: 3, lastReview, due: lastReview + 3 * DAY_MS });
const stabilityAt = (at: number) => rateCard(card, 3, at, 4000).card.stability;

describe("elapsed days by study day (04:00 local), as the optimizer and Anki count them", () => {
  it("counts an evening review the next day as one day, not two UTC dates", () => {
    // 7 January 21:00 New York is 8 January 02:00 UTC: ts-fsrs alone would count 2 days.
    expect(stabilityAt(ny(7, 21))).toBe(stabilityAt(ny(7, 10)));
    expect(stabilityAt(ny(7, 21))).not.toBe(stabilityAt(ny(8, 10)));
  });

  it("starts a new day at 04:00 local, not at midnight UTC", () => {
    expect(stabilityAt(ny(8, 3, 59))).toBe(stabilityAt(ny(7, 10)));
    expect(stabilityAt(ny(8, 4, 1))).not.toBe(stabilityAt(ny(8, 3, 59)));
  });

  it("keeps due dates in real time, whole days after the review", () => {
    const at = ny(7, 21);
    const { card: next } = rateCard(card, 3, at, 4000);
    expect(next.lastReview).toBe(at);
    expect(next.due - at).toBe(next.scheduledDays * DAY_MS);
    expect(previewIntervals(card, at)[2].due).toBe(next.due);
  });
});
