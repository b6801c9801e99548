import { describe, expect, it } from "vitest";
import { buildCard, buildLog, T0 } from "./fixtures";
import { countFutureCards, disagreesWithLog, reconcileWithLog, replayCard } from "./replay";
import { previewIntervals, rateCard, reviewInstant } from "./scheduler";
import { newCard } from "./newCard";
import { DEFAULT_SETTINGS } from "./settings";
import { DAY_MS, type ReviewLogEntry, type StudyCard } from "./types";

const MIN = 60_000;

/** Rates `id` with the live scheduler at each time, returning the card and the logs it produced. */
function rateLive(id: string, times: number[], rating: 1 | 2 | 3 | 4 = 3): { card: StudyCard; logs: ReviewLogEntry[] } {
  let card = newCard(id, times[0]);
  const logs: ReviewLogEntry[] = [];
  for (const t of times) {
    const result = rateCard(card, rating, t, 3000);
    card = result.card;
    logs.push(result.log);
  }
  return { card, logs };
}

describe("replay", () => {
  it("rebuilds exactly the card live rating produced", () => {
    const { card, logs } = rateLive("a:forward", [T0, T0 + 10 * MIN, T0 + 2 * DAY_MS, T0 + 9 * DAY_MS]);
    expect(replayCard("a:forward", logs, rateCard)).toEqual(card);
  });

  it("rebuilds missing cards and cards behind the log, keeps cards ahead of it", () => {
    const a = rateLive("a:forward", [T0, T0 + 10 * MIN]);
    const b = rateLive("b:forward", [T0, T0 + 10 * MIN, T0 + DAY_MS]);
    const ahead = { ...rateLive("c:forward", [T0, T0 + DAY_MS, T0 + 5 * DAY_MS]).card };
    const logs = [...a.logs, ...b.logs, rateLive("c:forward", [T0]).logs[0]].sort((x, y) => x.reviewTime - y.reviewTime);
    const cards = new Map([
      ["b:forward", newCard("b:forward", T0)],
      ["c:forward", ahead],
    ]);
    const result = reconcileWithLog({ cards, orphaned: new Map(), logs, settings: DEFAULT_SETTINGS, rateCard, now: T0 + 6 * DAY_MS });
    expect(result.rebuilt.sort()).toEqual(["a:forward", "b:forward"]);
    expect(result.cards.get("a:forward")).toEqual(a.card);
    expect(result.cards.get("b:forward")).toEqual(b.card);
    expect(result.cards.get("c:forward")).toBe(ahead);
  });

  it("returns the same maps when every card agrees with the log", () => {
    const a = rateLive("a:forward", [T0, T0 + 10 * MIN]);
    const cards = new Map([["a:forward", a.card]]);
    const orphaned = new Map<string, StudyCard>();
    const result = reconcileWithLog({ cards, orphaned, logs: a.logs, settings: DEFAULT_SETTINGS, rateCard, now: T0 + DAY_MS });
    expect(result.cards).toBe(cards);
    expect(result.orphaned).toBe(orphaned);
  });

  it("rebuilds an orphaned card in the orphaned map", () => {
    const a = rateLive("gone:forward", [T0]);
    const orphaned = new Map([["gone:forward", newCard("gone:forward", T0)]]);
    const result = reconcileWithLog({ cards: new Map(), orphaned, logs: a.logs, settings: DEFAULT_SETTINGS, rateCard, now: T0 + DAY_MS });
    expect(result.orphaned.get("gone:forward")).toEqual(a.card);
    expect(result.cards.size).toBe(0);
  });

  it("distrusts a last review in the future that the log does not hold", () => {
    const a = rateLive("a:forward", [T0]);
    const future = { ...a.card, lastReview: T0 + 3650 * DAY_MS, reps: 5 };
    expect(disagreesWithLog(future, a.logs, T0 + DAY_MS)).toBe(true);
    expect(disagreesWithLog(future, [], T0 + DAY_MS)).toBe(false);
    expect(countFutureCards(new Map([["a:forward", future]]), T0 + DAY_MS)).toBe(1);
  });

  it("counts reviews dated in the future", () => {
    const logs = [buildLog("a:forward", T0), buildLog("a:forward", T0 + 30 * DAY_MS)];
    expect(reconcileWithLog({ cards: new Map(), orphaned: new Map(), logs, settings: DEFAULT_SETTINGS, rateCard, now: T0 + DAY_MS }).futureReviews).toBe(1);
  });
});

describe("time rule", () => {
  it("clamps a review made with the clock set back to just after the card's last review", () => {
    const { card } = rateLive("a:forward", [T0 + 2 * DAY_MS]);
    expect(() => rateCard(card, 3, T0, 1000)).not.toThrow();
    const { log } = rateCard(card, 3, T0, 1000);
    expect(log.reviewTime).toBe(T0 + 2 * DAY_MS + 1);
    expect(reviewInstant(card, T0 + 3 * DAY_MS)).toBe(T0 + 3 * DAY_MS);
  });

  it("answers every rating of a quiz made two days in the past without throwing", () => {
    let card = rateLive("a:forward", [T0 + 2 * DAY_MS, T0 + 2 * DAY_MS + 10 * MIN]).card;
    for (let i = 0; i < 5; i++) card = rateCard(card, ((i % 4) + 1) as 1 | 2 | 3 | 4, T0 + i * MIN, 1000).card;
    expect(card.reps).toBe(7);
  });

  it("previews intervals of a card whose last review is in the future", () => {
    const card = buildCard("a:forward", { state: 2, stability: 10, difficulty: 5, reps: 3, scheduledDays: 10, lastReview: T0 + 3650 * DAY_MS, due: T0 + 3660 * DAY_MS });
    expect(() => previewIntervals(card, T0)).not.toThrow();
    expect(previewIntervals(card, T0).map((p) => p.rating)).toEqual([1, 2, 3, 4]);
  });

  it("replays reviews whose times go back in the order of the log, without throwing", () => {
    const logs = [buildLog("a:forward", T0 + DAY_MS, { state: 0 }), buildLog("a:forward", T0 + DAY_MS, { state: 1 })];
    expect(replayCard("a:forward", logs, rateCard).reps).toBe(2);
  });
});
