/**
 * Numbers for the stats screen, as pure functions over cards, logs and facts: due forecast, review
 * heatmap, true retention, mastery per topic, cards by state, streak and today's counters.
 * Days are study days (rolling over at 04:00 local time).
 */
import type { Fact } from "@/lib/content/schema";
import { buildQueue, countToday, isDueToday } from "./queue";
import { retrievability } from "./retrievability";
import { DEFAULT_SETTINGS, type StudySettings } from "./settings";
import { nextStudyDayStart, studyDayKey, studyDaysBetween, studyDayStart, studyDayStartOffset } from "./studyDay";
import { factIdOf, toMs, type CardMap, type CardState, type Now, type ReviewLogEntry } from "./types";

export interface DayCount {
  /** Study day, "YYYY-MM-DD". */
  day: string;
  count: number;
}

/**
 * Cards falling due on each of the next `days` study days (day 0 includes overdue cards), suspended
 * cards left out. With `today` (the « à réviser » number, `dueCountOf` of today's queue), day 0 is that
 * number, so the forecast and home never disagree about today.
 *
 * @example
 * dueForecast(cards, now, 30)[0]; // { day: "2025-01-06", count: 12 }
 */
export function dueForecast(cards: CardMap, now: Now, days = 30, { suspended, today }: { suspended?: ReadonlySet<string>; today?: number } = {}): DayCount[] {
  const at = toMs(now);
  const counts = new Array<number>(days).fill(0);
  const lastEnd = studyDayStartOffset(at, days);
  for (const c of cards.values()) {
    if (c.state === 0 || c.due >= lastEnd || suspended?.has(c.id)) continue;
    const i = c.due < nextStudyDayStart(at) ? 0 : studyDaysBetween(at, c.due);
    if (i >= 0 && i < days) counts[i]++;
  }
  if (today !== undefined && days > 0) counts[0] = today;
  return counts.map((count, i) => ({ day: studyDayKey(studyDayStartOffset(at, i)), count }));
}

/** Study day starts from `days - 1` days ago to today, oldest first. */
function pastDayStarts(at: number, days: number): number[] {
  return Array.from({ length: days }, (_, i) => studyDayStartOffset(at, i - days + 1));
}

/**
 * Reviews per study day over the last `weeks` weeks (oldest first), for a calendar heatmap.
 *
 * @example
 * reviewHeatmap(logs, now, 17).length; // 119
 */
export function reviewHeatmap(logs: readonly ReviewLogEntry[], now: Now, weeks = 17): DayCount[] {
  const at = toMs(now);
  const starts = pastDayStarts(at, weeks * 7);
  const counts = new Array<number>(starts.length).fill(0);
  const end = nextStudyDayStart(at);
  let d = starts.length - 1;
  for (let i = logs.length - 1; i >= 0; i--) {
    const t = logs[i].reviewTime;
    if (t >= end) continue;
    if (t < starts[0]) break;
    while (d > 0 && t < starts[d]) d--;
    counts[d]++;
  }
  return starts.map((s, i) => ({ day: studyDayKey(s), count: counts[i] }));
}

/**
 * True retention: among reviews of cards in the review state over the last `days` study days, the
 * share not rated Again. `rate` is null when there were none. `answers`/`right` count every answer of
 * those days (new and learning cards too), so the screen has a number before any card is learnt.
 *
 * @example
 * trueRetention(logs, now); // { reviews: 40, passed: 36, rate: 0.9, answers: 95, right: 71 }
 */
export function trueRetention(
  logs: readonly ReviewLogEntry[],
  now: Now,
  days = 30,
): { reviews: number; passed: number; rate: number | null; answers: number; right: number } {
  const at = toMs(now);
  const from = studyDayStartOffset(at, -(days - 1));
  let reviews = 0;
  let passed = 0;
  let answers = 0;
  let right = 0;
  for (let i = logs.length - 1; i >= 0; i--) {
    const log = logs[i];
    if (log.reviewTime < from) break;
    if (log.reviewTime > at) continue;
    answers++;
    if (log.rating > 1) right++;
    if (log.state !== 2) continue;
    reviews++;
    if (log.rating > 1) passed++;
  }
  return { reviews, passed, rate: reviews ? passed / reviews : null, answers, right };
}

export interface TopicMastery {
  topic: string;
  cards: number;
  /** Mean retrievability of the topic's cards (new cards count as 0), 0–1. */
  mastery: number;
}

/**
 * Mastery per topic: mean probability of recall of its cards at `now`.
 *
 * @example
 * masteryByTopic(cards, facts, now); // [{ topic: "adhesion", cards: 8, mastery: 0.62 }, ...]
 */
export function masteryByTopic(cards: CardMap, facts: readonly Pick<Fact, "id" | "topic">[], now: Now, settings: StudySettings = DEFAULT_SETTINGS): TopicMastery[] {
  const topicOf = new Map(facts.map((f) => [f.id, f.topic]));
  const sums = new Map<string, { cards: number; sum: number }>();
  for (const f of facts) if (!sums.has(f.topic)) sums.set(f.topic, { cards: 0, sum: 0 });
  for (const [id, card] of cards) {
    const topic = topicOf.get(factIdOf(id));
    if (topic === undefined) continue;
    const s = sums.get(topic)!;
    s.cards++;
    s.sum += retrievability(card, now, settings);
  }
  return [...sums].map(([topic, s]) => ({ topic, cards: s.cards, mastery: s.cards ? s.sum / s.cards : 0 }));
}

/**
 * Number of cards in each state.
 *
 * @example
 * cardsByState(cards); // { 0: 120, 1: 3, 2: 40, 3: 1 }
 */
export function cardsByState(cards: CardMap): Record<CardState, number> {
  const out: Record<CardState, number> = { 0: 0, 1: 0, 2: 0, 3: 0 };
  for (const c of cards.values()) out[c.state]++;
  return out;
}

/**
 * Consecutive study days with at least one review, ending today (or yesterday, when today's
 * session has not happened yet, so the streak is not shown as broken in the morning).
 *
 * @example
 * studyStreak(logs, now); // 5
 */
export function studyStreak(logs: readonly ReviewLogEntry[], now: Now): number {
  const at = toMs(now);
  const days = new Set<number>();
  for (let i = logs.length - 1; i >= 0; i--) if (logs[i].reviewTime <= at) days.add(studyDaysBetween(logs[i].reviewTime, at));
  let offset = days.has(0) ? 0 : 1;
  let streak = 0;
  while (days.has(offset)) {
    streak++;
    offset++;
  }
  return streak;
}

/**
 * Reviews done today (all states).
 *
 * @example
 * reviewedToday(logs, now); // 23
 */
export function reviewedToday(logs: readonly ReviewLogEntry[], now: Now): number {
  const start = studyDayStart(now);
  const end = nextStudyDayStart(now);
  let n = 0;
  for (let i = logs.length - 1; i >= 0 && logs[i].reviewTime >= start; i--) if (logs[i].reviewTime < end) n++;
  return n;
}

/**
 * "Done today", the one meaning home and Stats share: distinct cards answered today, whichever way
 * (flashcard, practice question or quiz). A card seen three times in learning counts once.
 *
 * @example
 * cardsStudiedToday(logs, now); // 23
 */
export function cardsStudiedToday(logs: readonly ReviewLogEntry[], now: Now): number {
  const start = studyDayStart(now);
  const end = nextStudyDayStart(now);
  const seen = new Set<string>();
  for (let i = logs.length - 1; i >= 0 && logs[i].reviewTime >= start; i--) if (logs[i].reviewTime < end) seen.add(logs[i].cardId);
  return seen.size;
}

/**
 * Studied cards due now (learning steps whose time has come, reviews due today), before limits.
 *
 * @example
 * dueNow(cards, now); // 17
 */
export function dueNow(cards: CardMap, now: Now): number {
  const at = toMs(now);
  const end = nextStudyDayStart(at);
  let n = 0;
  for (const c of cards.values()) if (isDueToday(c, at, end)) n++;
  return n;
}

/**
 * New cards still available today under the daily limits.
 *
 * @example
 * newAvailable(cards, logs, settings, now); // 15
 */
export function newAvailable(cards: CardMap, logs: readonly ReviewLogEntry[], settings: StudySettings, now: Now): number {
  return buildQueue({ cards, logs, settings, now }).newCount;
}

export { countToday };
