/**
 * The FSRS scheduler, wrapped: the only module that imports ts-fsrs.
 *
 * It converts our `StudyCard` (epoch ms) to and from ts-fsrs cards, turns fuzz on with a seed made
 * from the card id (ts-fsrs `GenSeedStrategyWithCardId`), so the same card rated the same way at the
 * same instant always gets the same interval, and labels intervals in short French ("10 min", "4 j").
 *
 * Days are counted by study day (04:00 local, `studyDay.ts`), as the FSRS optimizer and Anki count
 * them, not by UTC date as ts-fsrs does: ts-fsrs is handed times on a "study clock" whose UTC date is
 * the student's study day, and its due dates are mapped back as offsets from the review instant.
 */
import {
  CLAMP_PARAMETERS,
  default_w,
  fsrs,
  GenSeedStrategyWithCardId,
  StrategyMode,
  type Card as FsrsCard,
  type FSRS,
  type Grade,
  W17_W18_Ceiling,
} from "ts-fsrs";
import { DEFAULT_SETTINGS, FSRS_PARAMETER_COUNT, type StudySettings } from "./settings";
import { studyDayStart } from "./studyDay";
import {
  DAY_MS,
  HOUR_MS,
  MINUTE_MS,
  RATINGS,
  toMs,
  type CardState,
  type Now,
  type Rating,
  type ReviewLogEntry,
  type StudyCard,
} from "./types";

/** ts-fsrs card carrying our id, read by the seed strategy. */
type SeededCard = FsrsCard & { cid: string };

const instances = new Map<string, FSRS>();

/** One FSRS instance per distinct settings (they are few), built lazily. */
function schedulerFor(settings: StudySettings): FSRS {
  const w = settings.fsrsParameters ?? undefined;
  const key = `${settings.desiredRetention}|${settings.learningSteps.join(",")}|${settings.relearningSteps.join(",")}|${w?.join(",") ?? ""}`;
  let instance = instances.get(key);
  if (!instance) {
    instance = fsrs({
      w,
      request_retention: settings.desiredRetention,
      enable_fuzz: true,
      enable_short_term: true,
      learning_steps: settings.learningSteps,
      relearning_steps: settings.relearningSteps,
    }).useStrategy(StrategyMode.SEED, GenSeedStrategyWithCardId("cid"));
    instances.set(key, instance);
  }
  return instance;
}

/** Four decimals are plenty for the memory model and keep storage small; rounding here keeps memory and storage equal. */
function round4(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

/**
 * The study clock: the same instant moved so that its UTC date is its local study day (and its UTC
 * time the time since 04:00), so ts-fsrs's UTC day count becomes a study-day count.
 */
function studyClock(ms: number): Date {
  const start = new Date(studyDayStart(ms));
  const sinceStart = Math.min(ms - start.getTime(), DAY_MS - 1); // a 25 h day (DST) stays on its date
  return new Date(Date.UTC(start.getFullYear(), start.getMonth(), start.getDate()) + sinceStart);
}

function toFsrs(card: StudyCard): SeededCard {
  return {
    cid: card.id,
    due: studyClock(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: 0,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    last_review: card.lastReview === null ? undefined : studyClock(card.lastReview),
  };
}

/** A ts-fsrs card computed at `at` on the study clock, back to real time. */
function fromFsrs(id: string, card: FsrsCard, at: number): StudyCard {
  const clockAt = studyClock(at).getTime();
  return {
    id,
    due: at + (card.due.getTime() - clockAt),
    stability: round4(card.stability),
    difficulty: round4(card.difficulty),
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as number as CardState,
    lastReview: card.last_review ? at + (card.last_review.getTime() - clockAt) : null,
  };
}

/**
 * The instant a review made at `now` counts for: `now`, or 1 ms after the card's last review when
 * the clock says otherwise (so two reviews of a card never share an instant, and FSRS never throws).
 *
 * @example
 * reviewInstant({ ...card, lastReview: t0 + DAY_MS }, t0); // t0 + DAY_MS + 1
 */
export function reviewInstant(card: Pick<StudyCard, "lastReview">, now: Now): number {
  const at = toMs(now);
  return card.lastReview !== null && at <= card.lastReview ? card.lastReview + 1 : at;
}

/** `rateCard`'s type, for code handed the scheduler rather than importing it (the store, replay). */
export type RateCard = typeof rateCard;

/**
 * Rates a card and returns its next state and the review log.
 *
 * @example
 * const { card, log } = rateCard(newCard("a:forward", t0), 3, t0 + 5000, 5000);
 * card.due - (t0 + 5000); // 600000 (the 10 min learning step)
 */
export function rateCard(
  card: StudyCard,
  rating: Rating,
  now: Now,
  durationMs: number,
  settings: StudySettings = DEFAULT_SETTINGS,
): { card: StudyCard; log: ReviewLogEntry } {
  const at = reviewInstant(card, now);
  const item = schedulerFor(settings).next(toFsrs(card), studyClock(at), rating as Grade);
  return {
    card: fromFsrs(card.id, item.card, at),
    log: {
      cardId: card.id,
      reviewTime: at,
      rating,
      state: card.state,
      durationMs: Math.max(0, Math.round(durationMs)),
    },
  };
}

/** What each rating would do to a card: its next due date and a short French label. */
export interface IntervalPreview {
  rating: Rating;
  due: number;
  intervalMs: number;
  label: string;
}

/**
 * Previews the four ratings, for the labels under the buttons.
 *
 * @example
 * previewIntervals(newCard("a:forward", t0), t0).map((p) => p.label); // ["1 min", "6 min", "10 min", "8 j"]
 */
export function previewIntervals(card: StudyCard, now: Now, settings: StudySettings = DEFAULT_SETTINGS): IntervalPreview[] {
  const at = toMs(now);
  const instant = reviewInstant(card, at);
  const clockAt = studyClock(instant).getTime();
  const preview = schedulerFor(settings).repeat(toFsrs(card), new Date(clockAt));
  return RATINGS.map((rating) => {
    const due = instant + (preview[rating as Grade].card.due.getTime() - clockAt);
    return { rating, due, intervalMs: due - at, label: formatInterval(due - at) };
  });
}

/**
 * Short French label of a duration, as under Anki's buttons.
 *
 * @example
 * formatInterval(10 * 60_000); // "10 min"
 * formatInterval(4 * 86_400_000); // "4 j"
 * formatInterval(61 * 86_400_000); // "2 mois"
 * formatInterval(365 * 86_400_000); // "1 an"
 */
export function formatInterval(ms: number): string {
  const t = Math.max(0, ms);
  if (t < HOUR_MS) return `${Math.max(1, Math.round(t / MINUTE_MS))} min`;
  if (t < DAY_MS) return `${Math.round(t / HOUR_MS)} h`;
  const days = Math.round(t / DAY_MS);
  if (days < 30) return `${days} j`;
  if (days < 365) return `${Math.round(days / 30)} mois`;
  const years = Math.round((days / 365) * 10) / 10;
  return `${String(years).replace(".", ",")} ${years >= 2 ? "ans" : "an"}`;
}

/** The 21 FSRS-6 parameters the scheduler uses when the student has none of their own. */
export const DEFAULT_FSRS_PARAMETERS: readonly number[] = Object.freeze([...default_w]);

/** Allowed range of each FSRS-6 parameter, as ts-fsrs clamps them (short-term scheduling on). */
export const FSRS_PARAMETER_RANGES: readonly (readonly number[])[] = CLAMP_PARAMETERS(W17_W18_Ceiling, true);

/**
 * Why a list of FSRS parameters cannot be used, in French, or null when it can.
 *
 * @example
 * fsrsParametersProblem([0.2, 1.3]); // "Il faut 21 paramètres (FSRS-6), tu en as donné 2."
 * fsrsParametersProblem([...DEFAULT_FSRS_PARAMETERS]); // null
 */
export function fsrsParametersProblem(w: readonly number[]): string | null {
  if (w.length !== FSRS_PARAMETER_COUNT) return `Il faut ${FSRS_PARAMETER_COUNT} paramètres (FSRS-6), tu en as donné ${w.length}.`;
  for (let i = 0; i < w.length; i++) {
    const [min, max] = FSRS_PARAMETER_RANGES[i];
    if (!Number.isFinite(w[i]) || w[i] < min || w[i] > max) {
      const fr = (x: number) => String(x).replace(".", ",");
      return `Le paramètre w${i} (${fr(w[i])}) doit être entre ${fr(min)} et ${fr(max)}.`;
    }
  }
  return null;
}
