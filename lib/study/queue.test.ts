process.env.TZ = "Europe/Paris";
import { describe, expect, it } from "vitest";
import { buildCard, buildFlashcards, buildLog, buildReviewCard, cardMap, T0 } from "./fixtures";
import { buildQueue, LEARN_AHEAD_MS, nextDueAt } from "./queue";
import { DEFAULT_SETTINGS } from "./settings";
import { syncCards } from "./syncCards";
import { DAY_MS, MINUTE_MS } from "./types";

const freshCards = (n: number) => syncCards({ cards: new Map(), orphaned: new Map() }, buildFlashcards(n), T0).cards;

describe("buildQueue", () => {
  it("offers at most newPerDay new cards, in content order", () => {
    const queue = buildQueue({ cards: freshCards(40), logs: [], now: T0 });
    expect(queue.newCount).toBe(15);
    expect(queue.cardIds[0]).toBe("fact-0:forward");
    expect(queue.cardIds[14]).toBe("fact-14:forward");
  });

  it("subtracts the new cards already introduced today", () => {
    const logs = [buildLog("x:forward", T0 - 60 * MINUTE_MS, { state: 0 }), buildLog("y:forward", T0 - 30 * MINUTE_MS, { state: 0 })];
    expect(buildQueue({ cards: freshCards(40), logs, now: T0 }).newCount).toBe(13);
  });

  it("does not count yesterday's new cards (before 04:00 today)", () => {
    const yesterday = Date.UTC(2025, 0, 6, 2, 0); // 03:00 Paris: still the study day of 5 January
    expect(buildQueue({ cards: freshCards(40), logs: [buildLog("x:forward", yesterday, { state: 0 })], now: T0 }).newCount).toBe(15);
  });

  it("puts due reviews before new cards, most overdue first", () => {
    const cards = new Map([...freshCards(2), ...cardMap([buildReviewCard("late:forward", T0 - 3 * DAY_MS), buildReviewCard("later:forward", T0 - 5 * DAY_MS), buildReviewCard("future:forward", T0 + 3 * DAY_MS)])]);
    const queue = buildQueue({ cards, logs: [], now: T0 });
    expect(queue.cardIds).toEqual(["later:forward", "late:forward", "fact-0:forward", "fact-1:forward"]);
    expect(queue.dueCount).toBe(2);
  });

  it("counts reviews due later today as due, learning steps up to 20 min ahead, not those further", () => {
    const cards = cardMap([
      buildReviewCard("tonight:forward", T0 + 8 * 3_600_000),
      buildCard("step:forward", { state: 1, due: T0 + 5 * MINUTE_MS, lastReview: T0 - 5 * MINUTE_MS, stability: 1, reps: 1 }),
      buildCard("edge:forward", { state: 3, due: T0 + LEARN_AHEAD_MS, lastReview: T0 - 5 * MINUTE_MS, stability: 1, reps: 3 }),
      buildCard("hour:forward", { state: 1, due: T0 + LEARN_AHEAD_MS + 1, lastReview: T0 - 5 * MINUTE_MS, stability: 1, reps: 1 }),
    ]);
    const queue = buildQueue({ cards, logs: [], now: T0 });
    // Ahead of time, after everything else (here the review due tonight).
    expect(queue.cardIds).toEqual(["tonight:forward", "step:forward", "edge:forward"]);
    expect(queue.dueCount).toBe(3);
    expect(buildQueue({ cards, logs: [], now: T0, learnAheadMs: 0 }).cardIds).toEqual(["tonight:forward"]);
  });

  it("caps reviews and new cards by the maximum reviews per day", () => {
    const reviews = Array.from({ length: 30 }, (_, i) => buildReviewCard(`r${i}:forward`, T0 - i * MINUTE_MS));
    const cards = new Map([...cardMap(reviews), ...freshCards(20)]);
    const settings = { ...DEFAULT_SETTINGS, maxReviewsPerDay: 25 };
    const doneToday = [buildLog("d:forward", T0 - MINUTE_MS, { state: 2 })];
    const queue = buildQueue({ cards, logs: doneToday, settings, now: T0 });
    expect(queue.dueCount).toBe(24);
    expect(queue.newCount).toBe(0);
  });

  it("puts priority cards first, even when not due", () => {
    const cards = new Map([...freshCards(3), ...cardMap([buildReviewCard("due:forward", T0 - DAY_MS), buildReviewCard("notdue:forward", T0 + 9 * DAY_MS)])]);
    const queue = buildQueue({ cards, logs: [], priority: ["notdue:forward", "missing:forward"], now: T0 });
    expect(queue.cardIds.slice(0, 2)).toEqual(["notdue:forward", "due:forward"]);
    expect(queue.priorityCount).toBe(1);
  });

  it("tells when the next card is due when nothing is due", () => {
    const cards = cardMap([buildReviewCard("a:forward", T0 + 3 * DAY_MS), buildCard("b:forward", { state: 1, due: T0 + 45 * MINUTE_MS, lastReview: T0, stability: 1, reps: 1 })]);
    const queue = buildQueue({ cards, logs: [], now: T0 });
    expect(queue.cardIds).toEqual([]);
    expect(queue.nextDueAt).toBe(T0 + 45 * MINUTE_MS);
    expect(nextDueAt(cards, T0)).toBe(T0 + 45 * MINUTE_MS);
  });

  it("says tomorrow 04:00 when only new cards wait and today's are done", () => {
    const logs = Array.from({ length: 15 }, (_, i) => buildLog(`n${i}:forward`, T0 - i * 1000, { state: 0 }));
    const queue = buildQueue({ cards: freshCards(30), logs, now: T0 });
    expect(queue.cardIds).toEqual([]);
    expect(queue.nextDueAt).toBe(Date.UTC(2025, 0, 7, 3, 0));
  });
});

describe("buildQueue: siblings and suspended cards", () => {
  const withReverse = (n: number) => syncCards({ cards: new Map(), orphaned: new Map() }, buildFlashcards(n, { reverseEvery: 1 }), T0).cards;

  it("never queues a fact's two new cards on the same day", () => {
    const queue = buildQueue({ cards: withReverse(3), logs: [], now: T0 });
    expect(queue.cardIds).toEqual(["fact-0:forward", "fact-1:forward", "fact-2:forward"]);
    expect(queue.buriedCount).toBe(3);
  });

  it("queues both new cards of a fact when burying is off (a test plan's last day for new cards)", () => {
    const queue = buildQueue({ cards: withReverse(2), logs: [], now: T0, buryNewSiblings: false });
    expect(queue.cardIds).toEqual(["fact-0:forward", "fact-0:reverse", "fact-1:forward", "fact-1:reverse"]);
    expect(queue.buriedCount).toBe(0);
  });

  it("buries the sibling of a card answered today until the next study day", () => {
    const cards = new Map([...withReverse(1), ...cardMap([buildCard("fact-0:forward", { state: 2, due: T0 + 3 * DAY_MS, stability: 3, lastReview: T0 - MINUTE_MS, reps: 1 })])]);
    const logs = [buildLog("fact-0:forward", T0 - MINUTE_MS, { state: 0 })];
    expect(buildQueue({ cards, logs, now: T0 }).cardIds).toEqual([]);
    const tomorrow = T0 + DAY_MS;
    expect(buildQueue({ cards, logs, now: tomorrow }).cardIds).toEqual(["fact-0:reverse"]);
  });

  it("buries a due review whose sibling is still in learning, but keeps the learning card", () => {
    const cards = cardMap([
      buildCard("a:forward", { state: 1, due: T0 - MINUTE_MS, lastReview: T0 - 2 * MINUTE_MS, stability: 1, reps: 1 }),
      buildReviewCard("a:reverse", T0 - DAY_MS),
    ]);
    expect(buildQueue({ cards, logs: [], now: T0 }).cardIds).toEqual(["a:forward"]);
  });

  it("never queues a suspended card, not even as priority", () => {
    const cards = new Map([...freshCards(2), ...cardMap([buildReviewCard("due:forward", T0 - DAY_MS)])]);
    const queue = buildQueue({ cards, logs: [], priority: ["fact-1:forward"], suspended: new Set(["fact-1:forward", "due:forward"]), now: T0 });
    expect(queue.cardIds).toEqual(["fact-0:forward"]);
  });
});
