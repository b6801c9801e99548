/**
 * Groups of facts for the multi-fact kinds: match (4–6 facts of one topic, or else of one answer
 * type, with unique labels and answers) and order (4 dated facts whose dates cannot be confused).
 * Groups cover every eligible fact at least once; a fact is reused only to complete a short group.
 */
import { alternativesOf } from "@/lib/content/alternatives";
import type { Fact } from "@/lib/content/schema";
import { normalizeAnswer } from "@/lib/answer/normalize";
import { datePrecisionOf, parseIsoDate } from "@/lib/french";
import { type Rng, shuffle } from "@/lib/random";

export const MATCH_MIN = 4;
export const MATCH_MAX = 6;
export const ORDER_SIZE = 4;

const matchKeys = new WeakMap<Fact, { label: string; answers: string[] }>();

function keysOf(fact: Fact): { label: string; answers: string[] } {
  let k = matchKeys.get(fact);
  if (!k) {
    k = {
      label: normalizeAnswer(fact.label),
      answers: [fact.answer, ...alternativesOf(fact)].map((a) => normalizeAnswer(a)),
    };
    matchKeys.set(fact, k);
  }
  return k;
}

/** True when `fact` can join `group` without two equal labels or an answer matching two labels. */
function fitsMatch(group: readonly Fact[], fact: Fact): boolean {
  const k = keysOf(fact);
  for (const other of group) {
    if (other.id === fact.id) return false;
    const o = keysOf(other);
    if (o.label === k.label) return false;
    if (o.answers.some((a) => k.answers.includes(a))) return false;
  }
  return true;
}

/** Splits `pool` into groups of 4–6; short groups are completed from `reusable`. */
function partition(pool: readonly Fact[], reusable: readonly Fact[], rng: Rng): { groups: Fact[][]; leftovers: Fact[] } {
  const groups: Fact[][] = [];
  const leftovers: Fact[] = [];
  let pending = pool.slice();
  while (pending.length > 0) {
    const target = Math.max(MATCH_MIN, Math.ceil(pending.length / Math.ceil(pending.length / MATCH_MAX)));
    const group: Fact[] = [];
    const rest: Fact[] = [];
    for (const f of pending) {
      if (group.length < target && fitsMatch(group, f)) group.push(f);
      else rest.push(f);
    }
    if (group.length < MATCH_MIN && reusable.length > 0) {
      const start = rng.int(reusable.length);
      for (let i = 0; i < reusable.length && group.length < MATCH_MIN; i++) {
        const f = reusable[(start + i) % reusable.length];
        if (fitsMatch(group, f)) group.push(f);
      }
    }
    if (group.length >= MATCH_MIN) groups.push(group);
    else leftovers.push(...group.filter((f) => pool.includes(f)));
    pending = rest;
  }
  return { groups, leftovers };
}

function groupBy(facts: readonly Fact[], key: (f: Fact) => string): Map<string, Fact[]> {
  const map = new Map<string, Fact[]>();
  for (const f of facts) {
    const list = map.get(key(f)) ?? [];
    list.push(f);
    map.set(key(f), list);
  }
  return map;
}

/**
 * Match groups: by topic first, then leftovers by answer type. Facts that fit nowhere (a topic and
 * a type each with fewer than 4 compatible facts) get no match question.
 *
 * @example
 * buildMatchGroups(unflaggedFacts, createRng(1)); // [[f1, f2, f3, f4, f5], …]
 */
export function buildMatchGroups(facts: readonly Fact[], rng: Rng): Fact[][] {
  const groups: Fact[][] = [];
  const leftovers: Fact[] = [];
  for (const topical of groupBy(facts, (f) => f.topic).values()) {
    const shuffled = shuffle(topical, rng);
    if (shuffled.length < MATCH_MIN) {
      leftovers.push(...shuffled);
      continue;
    }
    const r = partition(shuffled, shuffled, rng);
    groups.push(...r.groups);
    leftovers.push(...r.leftovers);
  }
  const byType = groupBy(facts, (f) => f.type);
  for (const [type, pool] of groupBy(leftovers, (f) => f.type)) {
    const r = partition(shuffle(pool, rng), byType.get(type) ?? [], rng);
    groups.push(...r.groups);
  }
  return groups;
}

/** Dates of a fact as an inclusive range of yyyymmdd numbers (a year spans the whole year). */
export function dateRange(fact: Fact): [number, number] | undefined {
  if (fact.type === "year" && typeof fact.value === "number") return [fact.value * 10000 + 101, fact.value * 10000 + 1231];
  if (fact.type === "date" && typeof fact.value === "string") {
    const d = parseIsoDate(fact.value);
    const base = d.year * 10000 + d.month * 100;
    return datePrecisionOf(fact.answer) === "month" ? [base + 1, base + 31] : [base + d.day, base + d.day];
  }
  return undefined;
}

/** Facts that can be put in chronological order: a year or date with a value. */
export function isDated(fact: Fact): boolean {
  return dateRange(fact) !== undefined;
}

function fitsOrder(group: readonly Fact[], fact: Fact): boolean {
  const [lo, hi] = dateRange(fact)!;
  const label = keysOf(fact).label;
  for (const other of group) {
    if (other.id === fact.id) return false;
    const [olo, ohi] = dateRange(other)!;
    if (!(hi < olo || ohi < lo)) return false;
    if (keysOf(other).label === label) return false;
  }
  return true;
}

/** How far to look for a compatible fact before giving up (keeps grouping linear). */
const SCAN_LIMIT = 64;

/**
 * Order groups of 4 dated facts with pairwise distinct, non-overlapping dates, covering every
 * dated fact that has 3 compatible partners.
 *
 * @example
 * buildOrderGroups(unflaggedFacts, createRng(1)); // [[f1992, f1997, f2013, f2029], …]
 */
export function buildOrderGroups(facts: readonly Fact[], rng: Rng): Fact[][] {
  const dated = shuffle(facts.filter(isDated), rng);
  const covered = new Set<string>();
  const groups: Fact[][] = [];
  for (let i = 0; i < dated.length; i++) {
    const seed = dated[i];
    if (covered.has(seed.id)) continue;
    const group = [seed];
    // Prefer facts not yet covered (they follow in the shuffled list), then any dated fact.
    for (let j = i + 1, scanned = 0; j < dated.length && group.length < ORDER_SIZE && scanned < SCAN_LIMIT; j++) {
      if (covered.has(dated[j].id)) continue;
      scanned++;
      if (fitsOrder(group, dated[j])) group.push(dated[j]);
    }
    if (group.length < ORDER_SIZE) {
      const start = rng.int(dated.length);
      const tries = Math.min(dated.length, SCAN_LIMIT * 4);
      for (let k = 0; k < tries && group.length < ORDER_SIZE; k++) {
        const f = dated[(start + k) % dated.length];
        if (fitsOrder(group, f)) group.push(f);
      }
    }
    if (group.length === ORDER_SIZE) {
      group.forEach((f) => covered.add(f.id));
      groups.push(group);
    }
  }
  return groups;
}
