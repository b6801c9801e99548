/**
 * « Mon contrôle »: a plan to a test date, as pure functions over a deck's cards and the logs.
 *
 * - **New cards a day**: the deck's unseen cards spread over the days from today to the day before
 *   the eve, so every card has at least one later day (the eve) to be reviewed on before the test
 *   (never fewer than the settings' new cards a day). On the last day for new cards, a fact's second
 *   card is not buried behind its first, or it would miss the test.
 *   When that needs more than `MAX_PLAN_NEW_PER_DAY`, or the test is tomorrow or today, the date is
 *   « too close »: the best plan that still fits introduces at most that many a day up to the eve,
 *   and the last days run the weakest facts first, then the unseen ones (`testPracticeOrder`).
 * - **Predicted share recalled on the test day**: for each card, the FSRS recall probability at the
 *   test (08:00 on its day), averaged over every way its reviews until then can go. Each review before
 *   the test is answered right with the card's recall chance at that moment (then rated « Bien ») or
 *   missed (« À revoir », then relearnt); a new card's first answer is missed as often as the student
 *   missed first answers before. Computed twice: with today's schedule (the settings' new cards a
 *   day) and with the plan's.
 * - **Minutes a day**: the expected answers a day, averaged over the plan's days, times the
 *   student's median answer time.
 *
 * The student studies once a day, at the time of day of `now`; reviews fall on their due study day,
 * learning steps on their due minute. `testPlan.simulation.test.ts` checks these predictions
 * against a seeded simulated student.
 */
import { retrievability } from "./retrievability";
import type { RateCard } from "./scheduler";
import type { StudySettings } from "./settings";
import { nextStudyDayStart, studyDaysBetween, studyDayStart, studyDayStartOffset } from "./studyDay";
import { factIdOf, toMs, type Now, type ReviewLogEntry, type StudyCard } from "./types";

/** Local hour of the test on its day. */
export const TEST_HOUR = 8;
/** More new cards a day than this and the date is too close. */
export const MAX_PLAN_NEW_PER_DAY = 60;
/** Answer time assumed before the student has `MIN_TIMED_ANSWERS` answers of their own. */
export const DEFAULT_ANSWER_MS = 8_000;
export const MIN_TIMED_ANSWERS = 5;
/** Share of first answers « À revoir » assumed before the student has `MIN_FIRST_ANSWERS` of them. */
export const DEFAULT_FIRST_MISS = 0.4;
export const MIN_FIRST_ANSWERS = 10;
/**
 * How far (share, 0–1) the predicted recall can be from a simulated student's, as measured by
 * `testPlan.simulation.test.ts`; home states it with the prediction.
 */
export const PREDICTION_MARGIN = 0.05;
/** Branching depth of the prediction; later reviews follow their likelier (right) branch only. */
const MAX_DEPTH = 6;

/** Where a plan stands: studying towards the test, its last two days (eve and day), or past. */
export type PlanPhase = "plan" | "final" | "over";

export interface TestPlan {
  /** The test's study day, "YYYY-MM-DD". */
  testDay: string;
  /** Study days from today to the test (1 = tomorrow, 0 = today, negative once past). */
  daysLeft: number;
  phase: PlanPhase;
  /** The plan cannot show every card early enough: it shows `newPerDay` a day, weakest facts first. */
  tooClose: boolean;
  /** New cards a day the plan introduces (0 once none are left). */
  newPerDay: number;
  /** Cards never seen yet, and those the plan will still not have shown by the test. */
  unseen: number;
  unseenAtTest: number;
  /** Predicted share (0–1) of the deck's cards recalled at the test. */
  predicted: { schedule: number; plan: number };
  /** Minutes a day the plan takes, rounded up. */
  minutesPerDay: number;
  /** Cards the prediction covers (the deck's cards that are not suspended). */
  cardCount: number;
}

export interface TestPlanInput {
  /** The deck's cards that are not suspended. */
  cards: readonly StudyCard[];
  /** Logs, oldest first. */
  logs: readonly ReviewLogEntry[];
  settings: StudySettings;
  testDay: string;
  now: Now;
}

/**
 * Epoch ms of the test: `TEST_HOUR` local on its day.
 *
 * @example
 * testInstant("2025-01-12"); // new Date(2025, 0, 12, 8).getTime()
 */
export function testInstant(testDay: string): number {
  const [y, m, d] = testDay.split("-").map(Number);
  return new Date(y, m - 1, d, TEST_HOUR).getTime();
}

/**
 * The student's median answer time over their last 50 answers (or the default), in ms.
 *
 * @example
 * answerTimeMs([]); // 8000
 */
export function answerTimeMs(logs: readonly ReviewLogEntry[]): number {
  const times = logs.slice(-50).map((l) => l.durationMs).filter((ms) => ms > 0).sort((a, b) => a - b);
  if (times.length < MIN_TIMED_ANSWERS) return DEFAULT_ANSWER_MS;
  return Math.min(60_000, Math.max(2_000, times[Math.floor(times.length / 2)]));
}

/** Share of first answers the student rated « À revoir » (or the default). */
export function firstMissRate(logs: readonly ReviewLogEntry[]): number {
  let first = 0;
  let missed = 0;
  for (const log of logs) {
    if (log.state !== 0) continue;
    first++;
    if (log.rating === 1) missed++;
  }
  return first < MIN_FIRST_ANSWERS ? DEFAULT_FIRST_MISS : missed / first;
}

/** The study days of a plan, as the instant the student studies on each (day 0 is now). */
function studyTimes(at: number, days: number): number[] {
  const sinceStart = at - studyDayStart(at);
  return Array.from({ length: Math.max(0, days) }, (_, i) => (i === 0 ? at : studyDayStartOffset(at, i) + sinceStart));
}

interface Outlook {
  /** Expected recall at the test. */
  recall: number;
  /** Expected answers on each study day. */
  answers: number[];
}

/**
 * Expected recall at `test` of a card studied on the given days, and the answers it costs each
 * day: an expectation over the tree of its reviews' outcomes (see the module header).
 */
function outlook(start: StudyCard, times: readonly number[], test: number, settings: StudySettings, fromDay: number, firstMiss: number, rateCard: RateCard): Outlook {
  const answers = new Array<number>(times.length).fill(0);
  const dayOf = (t: number) => Math.max(fromDay, studyDaysBetween(times[0], t));
  const walk = (card: StudyCard, weight: number, day: number, depth: number): number => {
    let t: number;
    if (card.state === 1 || card.state === 3) {
      // A learning step: the same day's session once it is due, else the next study day.
      t = card.due < nextStudyDayStart(card.lastReview ?? card.due) ? Math.max(card.due, times[day]) : times[dayOf(card.due)] ?? Infinity;
    } else {
      const d = dayOf(card.due);
      t = d < times.length ? Math.max(times[d], card.lastReview === null ? 0 : card.lastReview + 1) : Infinity;
    }
    if (!(t < test)) return weight * retrievability(card, test, settings);
    const d = dayOf(t);
    answers[d] += weight;
    const r = retrievability(card, t, settings);
    if (depth >= MAX_DEPTH) return walk(rateCard(card, 3, t, 0, settings).card, weight, d, depth);
    const right = walk(rateCard(card, 3, t, 0, settings).card, weight * r, d, depth + 1);
    const wrong = r < 1 ? walk(rateCard(card, 1, t, 0, settings).card, weight * (1 - r), d, depth + 1) : 0;
    return right + wrong;
  };
  let recall: number;
  if (start.state === 0) {
    const t = times[fromDay];
    answers[fromDay] += 1;
    const good = walk(rateCard(start, 3, t, 0, settings).card, 1 - firstMiss, fromDay, 1);
    const again = walk(rateCard(start, 1, t, 0, settings).card, firstMiss, fromDay, 1);
    recall = good + again;
  } else {
    recall = walk(start, 1, 0, 0);
  }
  return { recall, answers };
}

/** How many new cards each study day introduces, `perDay` a day from today (minus today's) until none are left. */
function introductions(unseen: number, perDay: number, newToday: number, days: number): number[] {
  const out: number[] = [];
  let left = unseen;
  for (let i = 0; i < days; i++) {
    const n = Math.max(0, Math.min(left, i === 0 ? perDay - newToday : perDay));
    out.push(n);
    left -= n;
  }
  return out;
}

interface Prediction {
  recall: number;
  answersPerDay: number[];
  unseenAtTest: number;
}

/** Expected recall at the test of every card, and answers a day, when `intro[i]` new cards come on day i. */
function predict(cards: readonly StudyCard[], intro: readonly number[], times: readonly number[], test: number, settings: StudySettings, firstMiss: number, rateCard: RateCard): Prediction {
  const answersPerDay = new Array<number>(times.length).fill(0);
  // The test is today: no study day is left, the cards are as they are.
  if (times.length === 0) {
    const recall = cards.reduce((sum, c) => sum + retrievability(c, test, settings), 0);
    return { recall: cards.length ? recall / cards.length : 0, answersPerDay, unseenAtTest: cards.filter((c) => c.state === 0).length };
  }
  let sum = 0;
  const add = (o: Outlook, times: number) => {
    sum += o.recall * times;
    o.answers.forEach((n, i) => (answersPerDay[i] += n * times));
  };
  const fresh = cards.filter((c) => c.state === 0);
  for (const card of cards) if (card.state !== 0) add(outlook(card, times, test, settings, 0, firstMiss, rateCard), 1);
  // New cards introduced on one day share one outlook (fuzz aside), computed with the first of them.
  let next = 0;
  intro.forEach((n, day) => {
    if (n > 0) add(outlook(fresh[next], times, test, settings, day, firstMiss, rateCard), n);
    next += n;
  });
  return { recall: cards.length ? sum / cards.length : 0, answersPerDay, unseenAtTest: fresh.length - next };
}

/** New cards the deck's cards had today (first answers since the study day began). */
function newToday(cards: readonly StudyCard[], logs: readonly ReviewLogEntry[], at: number): number {
  const ids = new Set(cards.map((c) => c.id));
  const start = studyDayStart(at);
  let n = 0;
  for (let i = logs.length - 1; i >= 0 && logs[i].reviewTime >= start; i--) if (logs[i].state === 0 && ids.has(logs[i].cardId)) n++;
  return n;
}

/** How fast a plan goes: cheap (no prediction), so the queue can follow it on every rating. */
export interface PlanPace {
  daysLeft: number;
  phase: PlanPhase;
  tooClose: boolean;
  newPerDay: number;
  unseen: number;
  /** The deck's new cards already introduced today. */
  newToday: number;
  /** Today is the last day to show new cards: a fact's two cards may both come today (no burying). */
  lastNewDay: boolean;
}

/**
 * New cards a day to a test date (see the module header), and whether the date is too close.
 *
 * @example
 * planPace({ cards, logs, settings, testDay: "2025-01-12", now: new Date(2025, 0, 6, 18) }).newPerDay; // 23 for 115 unseen cards
 */
export function planPace({ cards, logs, settings, testDay, now }: TestPlanInput): PlanPace {
  const at = toMs(now);
  const daysLeft = studyDaysBetween(at, testInstant(testDay));
  const unseen = cards.filter((c) => c.state === 0).length;
  if (daysLeft < 0) return { daysLeft, phase: "over", tooClose: false, newPerDay: 0, unseen, newToday: 0, lastNewDay: false };
  const done = newToday(cards, logs, at);
  const toShow = unseen + done;
  const introDays = daysLeft - 1;
  const needed = introDays > 0 ? Math.ceil(toShow / introDays) : Infinity;
  const tooClose = unseen > 0 && needed > MAX_PLAN_NEW_PER_DAY;
  // Too close: as many as fit, up to and including the eve (nothing new on the test day itself).
  const closeRate = daysLeft > 0 ? Math.min(MAX_PLAN_NEW_PER_DAY, Math.ceil(toShow / daysLeft)) : 0;
  // Never slower than the student's own setting: seeing cards earlier leaves more days to review them.
  const newPerDay = unseen === 0 ? done : tooClose ? closeRate : Math.max(needed, settings.newPerDay);
  return { daysLeft, phase: daysLeft <= 1 ? "final" : "plan", tooClose, newPerDay, unseen, newToday: done, lastNewDay: unseen > 0 && daysLeft <= 2 };
}

/**
 * The plan to a test date for one deck, with its predictions.
 *
 * @example
 * const plan = testPlan({ cards, logs, settings, testDay: "2025-01-12", now: new Date(2025, 0, 6, 18), rateCard });
 * plan.predicted.plan; // 0.87
 */
export function testPlan(input: TestPlanInput & { rateCard: RateCard }): TestPlan {
  const { cards, logs, settings, testDay, now, rateCard } = input;
  const at = toMs(now);
  const test = testInstant(testDay);
  const pace = planPace(input);
  const base = { testDay, daysLeft: pace.daysLeft, phase: pace.phase, tooClose: pace.tooClose, newPerDay: pace.newPerDay, unseen: pace.unseen, cardCount: cards.length };
  if (pace.phase === "over") return { ...base, unseenAtTest: 0, predicted: { schedule: 0, plan: 0 }, minutesPerDay: 0 };
  const times = studyTimes(at, pace.daysLeft);
  const firstMiss = firstMissRate(logs);
  const plan = predict(cards, introductions(pace.unseen, pace.newPerDay, pace.newToday, times.length), times, test, settings, firstMiss, rateCard);
  const schedule = predict(cards, introductions(pace.unseen, settings.newPerDay, pace.newToday, times.length), times, test, settings, firstMiss, rateCard);
  const answers = plan.answersPerDay.length ? plan.answersPerDay.reduce((a, b) => a + b, 0) / plan.answersPerDay.length : 0;
  return {
    ...base,
    unseenAtTest: plan.unseenAtTest,
    predicted: { schedule: schedule.recall, plan: plan.recall },
    minutesPerDay: Math.ceil((answers * answerTimeMs(logs)) / 60_000),
  };
}

/**
 * The facts « Réviser pour le contrôle » runs, in order: studied facts by their lowest predicted
 * recall at the test (weakest first), then the facts never studied.
 *
 * @example
 * testPracticeOrder(["a", "b", "c"], cards, "2025-01-12", settings); // ["b", "a", "c"]
 */
export function testPracticeOrder(factIds: readonly string[], cards: readonly StudyCard[], testDay: string, settings: StudySettings): string[] {
  const test = testInstant(testDay);
  const recall = new Map<string, number>();
  for (const card of cards) {
    if (card.state === 0) continue;
    const fact = factIdOf(card.id);
    recall.set(fact, Math.min(recall.get(fact) ?? 1, retrievability(card, test, settings)));
  }
  const studied = factIds.filter((id) => recall.has(id)).sort((a, b) => recall.get(a)! - recall.get(b)! || (a < b ? -1 : 1));
  return [...studied, ...factIds.filter((id) => !recall.has(id))];
}
