/**
 * Groups for the multi-fact kinds. A match group pairs items of ONE relation: dated events with
 * their dates, or descriptions (labels) with answers of one semantic class, so that no pair can be
 * found from its form alone. An order group holds 4 dated events from different facts whose dates
 * cannot be confused. Groups cover every eligible item at least once; an item is reused only to
 * complete a short group.
 */
import { alternativesOf } from "@/lib/content/alternatives";
import type { Fact } from "@/lib/content/schema";
import { normalizeAnswer } from "@/lib/answer/normalize";
import { formatFrenchDate, parseIsoDate } from "@/lib/french/dates";
import { typesetFrench } from "@/lib/french/typeset";
import { type Rng, shuffle } from "@/lib/random/prng";
import { formOf, shared, stemSet } from "@/lib/testwise/surface";
import { looksEarlier } from "@/lib/testwise/pairCues";
import { displayOf } from "./factIndex";
import { sameSentence } from "./siblings";

export const MATCH_MIN = 4;
export const MATCH_MAX = 6;
export const ORDER_SIZE = 4;

/** A dated event of a fact's timeline, typeset, with its date as an inclusive yyyymmdd range. */
export interface DatedEvent {
  fact: Fact;
  event: string;
  /** The date as shown: « 1997 » or « 2 mars 1992 ». */
  date: string;
  range: [number, number];
}

/** One pair of a match question, about `fact`. */
export interface MatchItem {
  fact: Fact;
  left: string;
  right: string;
  /** Event ↔ date items: the date's range, so two events whose dates overlap never share a group. */
  range?: [number, number];
}

/** The relation a match group's pairs share: `when` (event ↔ date) or an answer class id. */
export interface MatchGroup {
  relation: string;
  items: MatchItem[];
}

/** Relation id of event ↔ date matching. */
export const WHEN_RELATION = "when";

/**
 * Every dated event of the unflagged facts, in fact order.
 *
 * @example
 * datedEvents(deck.facts)[0]; // { event: "Adhésion du Kazakhstan à l’ONU", date: "2 mars 1992", … }
 */
export function datedEvents(facts: readonly Fact[]): DatedEvent[] {
  const out: DatedEvent[] = [];
  for (const fact of facts) {
    if (fact.flagged) continue;
    for (const entry of fact.timeline ?? []) {
      const year = Number(entry.date.slice(0, 4));
      if (entry.date.length === 4) {
        out.push({ fact, event: typesetFrench(entry.event), date: entry.date, range: [year * 10000 + 101, year * 10000 + 1231] });
      } else {
        const d = parseIsoDate(entry.date);
        const n = d.year * 10000 + d.month * 100 + d.day;
        out.push({ fact, event: typesetFrench(entry.event), date: formatFrenchDate(d), range: [n, n] });
      }
    }
  }
  return out;
}

const overlaps = (a: [number, number], b: [number, number]) => !(a[1] < b[0] || b[1] < a[0]);

/** Keys that must stay unique within a match group: each side, and every accepted form of the right side. */
const matchKeys = new WeakMap<MatchItem, { left: string; rights: string[] }>();

function keysOf(item: MatchItem): { left: string; rights: string[] } {
  let k = matchKeys.get(item);
  if (!k) {
    const rights = item.right === displayOf(item.fact).answer ? [item.fact.answer, ...alternativesOf(item.fact)] : [item.right];
    k = { left: normalizeAnswer(item.left), rights: rights.map((r) => normalizeAnswer(r)) };
    matchKeys.set(item, k);
  }
  return k;
}

/**
 * True when `item` can join `group`: another fact, not one of its sentence, another label, no right
 * side matching two labels, answers written in one form (« 5 000 km » never beside « 8 décennies »:
 * units pair themselves), no two events whose wording orders them (« Première … », « … prévu »),
 * and for dates no overlap (« 1992 » is also true of an event on « 2 mars 1992 », as in order groups).
 */
function fitsMatch(group: readonly MatchItem[], item: MatchItem): boolean {
  const k = keysOf(item);
  for (const other of group) {
    if (other.fact.id === item.fact.id || sameSentence(other.fact, item.fact)) return false;
    const o = keysOf(other);
    if (o.left === k.left || o.rights.some((r) => k.rights.includes(r))) return false;
    if (formOf(other.right) !== formOf(item.right)) return false;
    if (item.range && other.range && (overlaps(item.range, other.range) || looksEarlier(item.left, other.left) !== 0)) return false;
  }
  return true;
}

/** A pair whose two sides share a word (« Fédération kazakhe… ↔ Fédération Helsinki… ») matches itself. */
function echoes(item: MatchItem): boolean {
  return shared(stemSet(item.left), stemSet(item.right)) > 0;
}

/** Splits `pool` into groups of 4–6; a short group is completed from `pool` itself. */
function partition(pool: readonly MatchItem[], rng: Rng): MatchItem[][] {
  const groups: MatchItem[][] = [];
  let pending = pool.slice();
  while (pending.length > 0) {
    const target = Math.max(MATCH_MIN, Math.ceil(pending.length / Math.ceil(pending.length / MATCH_MAX)));
    const group: MatchItem[] = [];
    const rest: MatchItem[] = [];
    for (const item of pending) {
      if (group.length < target && fitsMatch(group, item)) group.push(item);
      else rest.push(item);
    }
    if (group.length < MATCH_MIN) {
      const start = rng.int(pool.length);
      for (let i = 0; i < pool.length && group.length < MATCH_MIN; i++) {
        const item = pool[(start + i) % pool.length];
        if (fitsMatch(group, item)) group.push(item);
      }
    }
    if (group.length >= MATCH_MIN) groups.push(group);
    if (rest.length === pending.length) break;
    pending = rest;
  }
  return groups;
}

/**
 * Match groups: events ↔ dates, then for each answer class with at least 4 facts (years and dates
 * aside), labels ↔ answers.
 *
 * @example
 * buildMatchGroups(deck.facts, createRng(1)); // [{ relation: "when", items: [...] }, { relation: "ngo", ... }]
 */
export function buildMatchGroups(facts: readonly Fact[], rng: Rng): MatchGroup[] {
  const groups: MatchGroup[] = [];
  const events = datedEvents(facts)
    .map((e) => ({ fact: e.fact, left: e.event, right: e.date, range: e.range }))
    .filter((item) => !echoes(item));
  for (const items of partition(shuffle(events, rng), rng)) groups.push({ relation: WHEN_RELATION, items });
  const byClass = new Map<string, MatchItem[]>();
  for (const fact of facts) {
    // Years and dates are matched as events ↔ dates above.
    // Lists answer questions of many relations (regions, partners, aims): a match of them pairs by kind of answer.
    if (fact.flagged || fact.type === "year" || fact.type === "date" || fact.type === "list") continue;
    const d = displayOf(fact);
    const item = { fact, left: d.label, right: d.answer };
    if (echoes(item)) continue;
    const list = byClass.get(fact.class) ?? [];
    list.push(item);
    byClass.set(fact.class, list);
  }
  for (const [relation, pool] of byClass) {
    if (pool.length < MATCH_MIN) continue;
    for (const items of partition(shuffle(pool, rng), rng)) groups.push({ relation, items });
  }
  return groups;
}

/**
 * True when `event` can join an order group: another fact, not one of its sentence, no overlapping
 * date, and no wording that orders the two (« Première / Deuxième adoption », « … prévu »).
 */
function fitsOrder(group: readonly DatedEvent[], event: DatedEvent): boolean {
  return group.every(
    (other) =>
      other.fact.id !== event.fact.id &&
      !sameSentence(other.fact, event.fact) &&
      !overlaps(other.range, event.range) &&
      other.event !== event.event &&
      looksEarlier(other.event, event.event) === 0,
  );
}

/** How far to look for a compatible event before giving up (keeps grouping linear). */
const SCAN_LIMIT = 64;

/**
 * Order groups of 4 events of different facts with non-overlapping dates, covering every event
 * that has 3 compatible partners.
 *
 * @example
 * buildOrderGroups(deck.facts, createRng(1)); // [[adhesion1992, semipalatinsk1997, ets2013, rail2029], …]
 */
export function buildOrderGroups(facts: readonly Fact[], rng: Rng): DatedEvent[][] {
  const dated = shuffle(datedEvents(facts), rng);
  const covered = new Set<DatedEvent>();
  const groups: DatedEvent[][] = [];
  for (let i = 0; i < dated.length; i++) {
    const first = dated[i];
    if (covered.has(first)) continue;
    const group = [first];
    // Prefer events not yet covered (they follow in the shuffled list), then any event.
    for (let j = i + 1, scanned = 0; j < dated.length && group.length < ORDER_SIZE && scanned < SCAN_LIMIT; j++) {
      if (covered.has(dated[j])) continue;
      scanned++;
      if (fitsOrder(group, dated[j])) group.push(dated[j]);
    }
    if (group.length < ORDER_SIZE) {
      const start = rng.int(dated.length);
      const tries = Math.min(dated.length, SCAN_LIMIT * 4);
      for (let k = 0; k < tries && group.length < ORDER_SIZE; k++) {
        const e = dated[(start + k) % dated.length];
        if (fitsOrder(group, e)) group.push(e);
      }
    }
    if (group.length === ORDER_SIZE) {
      group.forEach((e) => covered.add(e));
      groups.push(group);
    }
  }
  return groups;
}
