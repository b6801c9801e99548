import { describe, expect, it } from "vitest";
import { buildCard, buildReviewCard, T0 } from "./fixtures";
import { practiceCountsAsReview, questionKindFor, ratingForVerdict, VERDICT_RATING_TABLE } from "./practice";

describe("questionKindFor", () => {
  it("asks new and weak cards as multiple choice", () => {
    expect(questionKindFor(buildCard("a:forward"))).toBe("mcq");
    expect(questionKindFor(buildReviewCard("a:forward", T0, { stability: 3 }))).toBe("mcq");
  });

  it("alternates typed and cloze for strong cards, deterministically", () => {
    expect(questionKindFor(buildReviewCard("a:forward", T0, { stability: 20, reps: 4 }))).toBe("typed");
    expect(questionKindFor(buildReviewCard("a:forward", T0, { stability: 20, reps: 5 }))).toBe("cloze");
  });
});

describe("ratingForVerdict", () => {
  const slow = [8000, 9000, 7000, 8500, 9500];

  it("rates any wrong answer Again", () => {
    for (const kind of Object.keys(VERDICT_RATING_TABLE) as (keyof typeof VERDICT_RATING_TABLE)[]) {
      expect(ratingForVerdict({ kind, verdict: "wrong" })).toBe(1);
    }
  });

  it("rates right recognition answers Hard and right recall answers Good", () => {
    expect(ratingForVerdict({ kind: "mcq", verdict: "correct" })).toBe(2);
    expect(ratingForVerdict({ kind: "true-false", verdict: "correct" })).toBe(2);
    expect(ratingForVerdict({ kind: "match", verdict: "correct" })).toBe(2);
    expect(ratingForVerdict({ kind: "typed", verdict: "correct" })).toBe(3);
    expect(ratingForVerdict({ kind: "cloze", verdict: "correct" })).toBe(3);
    expect(ratingForVerdict({ kind: "typed", verdict: "close" })).toBe(2);
  });

  it("rates a fast typed answer Easy (under half the median of the recent ones)", () => {
    expect(ratingForVerdict({ kind: "typed", verdict: "correct", durationMs: 3000, recentTypedMs: slow })).toBe(4);
    expect(ratingForVerdict({ kind: "typed", verdict: "correct", durationMs: 5000, recentTypedMs: slow })).toBe(3);
  });

  it("needs at least 5 samples before giving Easy, and looks at the last 20 only", () => {
    expect(ratingForVerdict({ kind: "typed", verdict: "correct", durationMs: 100, recentTypedMs: slow.slice(0, 4) })).toBe(3);
    const history = [...Array(30).fill(1000), ...Array(20).fill(10_000)];
    expect(ratingForVerdict({ kind: "typed", verdict: "correct", durationMs: 4000, recentTypedMs: history })).toBe(4);
  });

  it("never gives Easy for a recognition question", () => {
    expect(ratingForVerdict({ kind: "mcq", verdict: "correct", durationMs: 100, recentTypedMs: slow })).toBe(2);
  });
});

describe("practiceCountsAsReview", () => {
  it("records the first answer about a due card, and nothing for new, not-due or repeated ones", () => {
    const due = buildReviewCard("a:forward", T0 - 86_400_000);
    expect(practiceCountsAsReview(due, T0, false)).toBe(true);
    expect(practiceCountsAsReview(due, T0, true)).toBe(false);
    expect(practiceCountsAsReview(buildCard("b:forward"), T0, false)).toBe(false);
    expect(practiceCountsAsReview(buildReviewCard("c:forward", T0 + 5 * 86_400_000), T0, false)).toBe(false);
    expect(practiceCountsAsReview(undefined, T0, false)).toBe(false);
  });
});
