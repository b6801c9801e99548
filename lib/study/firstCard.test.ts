process.env.TZ = "Europe/Paris";
import { describe, expect, it } from "vitest";
import { headValidUntil, newStudentQueue } from "./firstCard";
import { buildCard, buildFlashcards, buildReviewCard, cardMap, T0 } from "./fixtures";
import { buildQueue } from "./queue";
import { nextStudyDayStart } from "./studyDay";
import { syncCards } from "./syncCards";
import { DAY_MS, MINUTE_MS } from "./types";

describe("headValidUntil", () => {
  it("ends at the next study day (04:00) when no card falls due before", () => {
    const cards = cardMap([buildReviewCard("a:forward", T0 - DAY_MS), buildReviewCard("b:forward", T0 + 3 * DAY_MS)]);
    expect(headValidUntil(cards, T0)).toBe(nextStudyDayStart(T0));
    expect(new Date(headValidUntil(cards, T0)).getHours()).toBe(4);
  });

  it("ends when the next card falls due, so a learning card coming back is never hidden by the snapshot", () => {
    const cards = cardMap([buildReviewCard("a:forward", T0 + 10 * MINUTE_MS), buildReviewCard("b:forward", T0 + 3 * MINUTE_MS)]);
    expect(headValidUntil(cards, T0)).toBe(T0 + 3 * MINUTE_MS);
  });

  it("holds the queue's head: before it the head is the same; a learning card coming back ends it", () => {
    const fresh = syncCards({ cards: new Map(), orphaned: new Map() }, buildFlashcards(20), T0 - DAY_MS).cards;
    const learning = buildCard("learning:forward", { state: 1, reps: 1, due: T0 + 10 * MINUTE_MS, lastReview: T0 - MINUTE_MS, stability: 1, difficulty: 5 });
    const cards = new Map([...fresh, ...cardMap([learning])]);
    const until = headValidUntil(cards, T0);
    expect(until).toBe(T0 + 10 * MINUTE_MS);
    const head = buildQueue({ cards, logs: [], now: T0 }).cardIds[0];
    for (const at of [T0, T0 + MINUTE_MS, until - 1]) expect(buildQueue({ cards, logs: [], now: at }).cardIds[0]).toBe(head);
    expect(buildQueue({ cards, logs: [], now: until }).cardIds[0]).toBe("learning:forward");
  });
});

describe("newStudentQueue", () => {
  it("is the queue the store builds for a first visit: new cards in content order, the daily limit", () => {
    const queue = newStudentQueue(buildFlashcards(40), T0);
    expect(queue.cardIds[0]).toBe("fact-0:forward");
    expect(queue.newCount).toBe(15);
    expect(queue.dueCount).toBe(0);
  });
});
