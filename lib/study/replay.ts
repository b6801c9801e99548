/**
 * The review log is the source of truth; a card's memory state is derived from it. This module
 * rebuilds cards by replaying their reviews through the scheduler wrapper, and decides which stored
 * cards disagree with the log.
 *
 * A stored card is kept when it is at least as far along as its log (same or more reviews, a last
 * review not before the log's last one): it may hold progress the log no longer has (data from before
 * logs existed, a log chunk set aside). It is rebuilt when it is missing, behind the log (fewer
 * reviews, an older last review), or dated in the future while the log is not.
 *
 * Replaying is handed `rateCard` instead of importing the scheduler: the store checks the log on every
 * page, and ts-fsrs loads after the page's first paint (the check needs it only to rebuild).
 */
import { newCard } from "./newCard";
import type { RateCard } from "./scheduler";
import { DEFAULT_SETTINGS, type StudySettings } from "./settings";
import { DAY_MS, type CardMap, type ReviewLogEntry, type StudyCard } from "./types";

/** A review more than this after "now" is from the future (device clock wrong then or now). */
export const FUTURE_SLACK_MS = DAY_MS;

/**
 * Replays one card's reviews (oldest first) from a new card; times that go back are clamped by the
 * scheduler's time rule, so this never throws.
 *
 * @example
 * replayCard("a:forward", [buildLog("a:forward", t0, { rating: 3, state: 0 })], rateCard).reps; // 1
 */
export function replayCard(id: string, logs: readonly ReviewLogEntry[], rateCard: RateCard, settings: StudySettings = DEFAULT_SETTINGS): StudyCard {
  let card = newCard(id, logs.length > 0 ? logs[0].reviewTime : 0);
  for (const log of logs) card = rateCard(card, log.rating, log.reviewTime, log.durationMs, settings).card;
  return card;
}

/** Whether a stored card must be rebuilt from its reviews (see the header for the rule). */
export function disagreesWithLog(card: StudyCard | undefined, logs: readonly ReviewLogEntry[], now: number): boolean {
  if (logs.length === 0) return false;
  if (!card) return true;
  const lastLogged = logs[logs.length - 1].reviewTime;
  const last = card.lastReview ?? -Infinity;
  if (card.reps < logs.length || last < lastLogged) return true;
  return last > now + FUTURE_SLACK_MS && last !== lastLogged;
}

export interface Reconciled {
  cards: CardMap;
  orphaned: CardMap;
  /** Ids of the cards rebuilt from the log. */
  rebuilt: string[];
  /** Number of reviews dated in the future (kept; the device clock is probably wrong). */
  futureReviews: number;
}

/**
 * Rebuilds every card that is missing or disagrees with the log. Returns the same maps when
 * nothing changed. A rebuilt card stays in the map it was in (`cards` when it was missing).
 *
 * @example
 * const { cards, rebuilt } = reconcileWithLog({ cards: new Map(), orphaned: new Map(), logs, settings, now, rateCard });
 */
export function reconcileWithLog({
  cards,
  orphaned,
  logs,
  settings,
  now,
  rateCard,
}: {
  cards: CardMap;
  orphaned: CardMap;
  /** All logs, oldest first. */
  logs: readonly ReviewLogEntry[];
  settings: StudySettings;
  now: number;
  rateCard: RateCard;
}): Reconciled {
  const byCard = new Map<string, ReviewLogEntry[]>();
  let futureReviews = 0;
  for (const log of logs) {
    if (log.reviewTime > now + FUTURE_SLACK_MS) futureReviews++;
    const list = byCard.get(log.cardId);
    if (list) list.push(log);
    else byCard.set(log.cardId, [log]);
  }
  const rebuilt: string[] = [];
  let nextCards: Map<string, StudyCard> | null = null;
  let nextOrphaned: Map<string, StudyCard> | null = null;
  for (const [id, reviews] of byCard) {
    const inOrphaned = !cards.has(id) && orphaned.has(id);
    const stored = cards.get(id) ?? orphaned.get(id);
    if (!disagreesWithLog(stored, reviews, now)) continue;
    const card = replayCard(id, reviews, rateCard, settings);
    if (inOrphaned) (nextOrphaned ??= new Map(orphaned)).set(id, card);
    else (nextCards ??= new Map(cards)).set(id, card);
    rebuilt.push(id);
  }
  return { cards: nextCards ?? cards, orphaned: nextOrphaned ?? orphaned, rebuilt, futureReviews };
}

/**
 * Cards whose last review is in the future (beyond the slack), e.g. restored from a backup made on a
 * device whose clock was ahead.
 */
export function countFutureCards(cards: CardMap, now: number): number {
  let n = 0;
  for (const card of cards.values()) if (card.lastReview !== null && card.lastReview > now + FUTURE_SLACK_MS) n++;
  return n;
}
