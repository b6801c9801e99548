process.env.TZ = "America/New_York";
/**
 * The optimizer side, checked with fsrs-rs itself (@open-spaced-repetition/binding): it reads our CSV
 * with the time zone and day start the CSV names and counts the same days as our scheduler, and the
 * parameters it computes are accepted and used by our scheduler as fsrs-rs would use them.
 */
import { computeParameters, convertCsvToFsrsItems, FSRSBinding, BindingMemoryState } from "@open-spaced-repetition/binding";
import { describe, expect, it } from "vitest";
import { logsToFsrsCsv } from "./exports";
import { seededRandom } from "./fixtures";
import { DEFAULT_FSRS_PARAMETERS, fsrsParametersProblem, rateCard } from "./scheduler";
import { newCard } from "./newCard";
import { DEFAULT_SETTINGS } from "./settings";
import { studyDaysBetween } from "./studyDay";
import { HOUR_MS, type Rating, type ReviewLogEntry, type StudyCard } from "./types";

const TIME_ZONE = "America/New_York";

/** Minutes east of UTC of `zone` at `ms`, from Intl (what a browser would use). */
function offsetMinutes(ms: number, zone: string): number {
  const parts = Object.fromEntries(new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric" }).formatToParts(ms).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute);
  return Math.round((asUtc - Math.floor(ms / 60_000) * 60_000) / 60_000);
}

/** Reviews of `n` cards over months, mostly in the evening (17:00–01:00 New York), each at its due time or later. */
function simulate(n: number, seed: number): ReviewLogEntry[] {
  const random = seededRandom(seed);
  const logs: ReviewLogEntry[] = [];
  for (let c = 0; c < n; c++) {
    let at = new Date(2025, 0, 6 + (c % 20), 17 + Math.floor(random() * 8), Math.floor(random() * 60)).getTime();
    let card: StudyCard = newCard(`f${c}:forward`, at);
    for (let r = 0; r < 8; r++) {
      const rating = (random() < 0.15 ? 1 : random() < 0.2 ? 2 : random() < 0.9 ? 3 : 4) as Rating;
      const next = rateCard(card, rating, at, 4000);
      logs.push(next.log);
      card = next.card;
      const due = new Date(card.due);
      at = Math.max(card.due, new Date(due.getFullYear(), due.getMonth(), due.getDate(), 17 + Math.floor(random() * 8), Math.floor(random() * 60)).getTime());
      if (card.due - next.log.reviewTime < 20 * HOUR_MS) at = card.due + Math.floor(random() * 30) * 60_000;
    }
  }
  return logs;
}

describe("FSRS optimizer round trip (fsrs-rs)", () => {
  const logs = simulate(60, 7);
  const items = convertCsvToFsrsItems(new TextEncoder().encode(logsToFsrsCsv(logs, TIME_ZONE)), 4, TIME_ZONE, offsetMinutes);

  it("reads every review, and counts the days between them as our study days do", () => {
    // Each fsrs-rs item is a run of one card's reviews as (rating, days since the previous review).
    const byCard = new Map<string, ReviewLogEntry[]>();
    for (const l of logs) byCard.set(l.cardId, [...(byCard.get(l.cardId) ?? []), l]);
    const ours = [...byCard.values()].map((reviews) => ` ${reviews.map((l, i) => `${l.rating}/${i === 0 ? 0 : studyDaysBetween(reviews[i - 1].reviewTime, l.reviewTime)}`).join(" ")} `);
    expect(items.length).toBeGreaterThan(200);
    const unmatched = items.filter((item) => {
      const run = item.reviews.slice(1).map((r) => `${r.rating}/${r.deltaT}`).join(" ");
      return !ours.some((seq) => seq.includes(` ${run} `));
    });
    expect(unmatched).toHaveLength(0);
    // Evening reviews cross UTC midnight: same-day and next-day reviews both occur.
    expect(ours.join("").match(/\/0 /g)!.length).toBeGreaterThan(60);
  });

  it("computes 21 parameters that we accept and schedule with exactly as fsrs-rs does", async () => {
    const w = await computeParameters(items, { enableShortTerm: true, numRelearningSteps: 1 });
    expect(w).toHaveLength(21);
    expect(w).not.toEqual([...DEFAULT_FSRS_PARAMETERS].map((x) => Math.fround(x)));
    expect(fsrsParametersProblem(w)).toBeNull();
    const settings = { ...DEFAULT_SETTINGS, fsrsParameters: w };
    // A review card seen 5 study days ago, rated Good: same new stability as fsrs-rs's next state.
    const last = new Date(2025, 2, 3, 21).getTime();
    const card: StudyCard = { ...newCard("x:forward", last), state: 2, stability: 4, difficulty: 6, reps: 3, scheduledDays: 4, lastReview: last, due: last + 4 * 86_400_000 };
    const at = new Date(2025, 2, 8, 22).getTime();
    const ours = rateCard(card, 3, at, 4000, settings).card;
    const theirs = new FSRSBinding(w).nextStates(new BindingMemoryState(4, 6), 0.9, studyDaysBetween(last, at)).good.memory;
    expect(ours.stability).toBeCloseTo(theirs.stability, 2);
    expect(ours.difficulty).toBeCloseTo(theirs.difficulty, 2);
    const byDefault = rateCard(card, 3, at, 4000).card;
    expect(byDefault.stability).not.toBeCloseTo(ours.stability, 2);
  }, 60_000);

  it("rejects what fsrs-rs rejects: a wrong count", () => {
    expect(() => new FSRSBinding([1, 2, 3])).toThrow();
    expect(fsrsParametersProblem([1, 2, 3])).toMatch(/21 paramètres/);
  });
});
