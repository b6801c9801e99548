/**
 * Whole-deck and single-question generation. A deck gets, for every unflagged fact, one mcq,
 * true/false, typed and cloze question, plus match and order groups covering the facts. Flagged facts
 * get no question. Same facts and seed → byte-identical JSON.
 */
import type { Fact } from "@/lib/content/schema";
import { createRng } from "@/lib/random/prng";
import { deriveSeed } from "@/lib/random/hash";
import { buildFactIndex, type FactIndex } from "./factIndex";
import { buildMatchGroups, buildOrderGroups, type DatedEvent, type MatchGroup } from "./groups";
import { buildCloze, buildMatch, buildMcq, buildOrder, buildTrueFalse, buildTyped } from "./questions";
import type { Question, QuestionKind, TrueFalseQuestion } from "./types";

const indexCache = new WeakMap<readonly Fact[], FactIndex>();

/** The fact index of a facts array, built once per array (practice mode asks many single questions). */
export function indexFor(facts: readonly Fact[]): FactIndex {
  let index = indexCache.get(facts);
  if (!index) {
    index = buildFactIndex(facts);
    indexCache.set(facts, index);
  }
  return index;
}

const trueFalseCache = new WeakMap<readonly Fact[], Map<number, Map<string, TrueFalseQuestion>>>();

/**
 * The true/false question of every unflagged fact for this seed. Half of the facts (ranked by a
 * seeded hash, among those for which a grammatical false statement exists) get the false version,
 * so Vrai/Faux stay balanced across a deck whatever the seed.
 *
 * @example
 * deckTrueFalse(deck.facts, 1).get("onu-adhesion-date")?.answer; // "Vrai" or "Faux"
 */
export function deckTrueFalse(facts: readonly Fact[], seed: number): Map<string, TrueFalseQuestion> {
  const bySeed = trueFalseCache.get(facts) ?? new Map<number, Map<string, TrueFalseQuestion>>();
  if (bySeed.size >= 8) bySeed.clear();
  trueFalseCache.set(facts, bySeed);
  const cached = bySeed.get(seed);
  if (cached) return cached;
  const index = indexFor(facts);
  const unflagged = facts.filter((f) => !f.flagged);
  const falseVersions = new Map(unflagged.map((f) => [f.id, buildTrueFalse(f, index, seed, false)]));
  const ranked = unflagged
    .map((f) => ({ f, h: deriveSeed(seed, "true-false-truth", f.id) }))
    .sort((a, b) => a.h - b.h || (a.f.id < b.f.id ? -1 : a.f.id > b.f.id ? 1 : 0));
  const target = Math.floor(unflagged.length / 2);
  const result = new Map<string, TrueFalseQuestion>();
  let falseCount = 0;
  for (const { f } of ranked) {
    const version = falseVersions.get(f.id)!;
    if (falseCount < target && version.answer === "Faux") {
      result.set(f.id, version);
      falseCount++;
    } else {
      result.set(f.id, buildTrueFalse(f, index, seed, true));
    }
  }
  bySeed.set(seed, result);
  return result;
}

/** Groups of the deck for match and order, drawn from the seed. */
function groupsFor(facts: readonly Fact[], seed: number): { match: MatchGroup[]; order: DatedEvent[][] } {
  const unflagged = facts.filter((f) => !f.flagged);
  return {
    match: buildMatchGroups(unflagged, createRng(deriveSeed(seed, "match-groups"))),
    order: buildOrderGroups(unflagged, createRng(deriveSeed(seed, "order-groups"))),
  };
}

/**
 * Every question of a deck: per unflagged fact mcq, true-false, typed and cloze (in fact order),
 * then the match groups, then the order groups.
 *
 * @example
 * const questions = generateDeckQuestions(deck.facts, 1);
 * questions.filter((q) => q.kind === "mcq").length; // number of unflagged facts
 */
export function generateDeckQuestions(facts: readonly Fact[], seed: number): Question[] {
  const index = indexFor(facts);
  const trueFalse = deckTrueFalse(facts, seed);
  const out: Question[] = [];
  for (const fact of facts) {
    if (fact.flagged) continue;
    const mcq = buildMcq(fact, index, seed);
    if (mcq) out.push(mcq);
    out.push(trueFalse.get(fact.id)!);
    out.push(buildTyped(fact), buildCloze(fact));
  }
  const groups = groupsFor(facts, seed);
  const seen = new Set<string>();
  for (const q of [...groups.match.map((g) => buildMatch(g, seed)), ...groups.order.map((g) => buildOrder(g, seed))]) {
    if (!seen.has(q.id)) out.push(q);
    seen.add(q.id);
  }
  return out;
}

/**
 * One question of one kind about `fact`, as it appears in the deck for this seed (match and
 * order: the deck group containing the fact). `undefined` for flagged facts or when the kind does
 * not apply (no dated partners for order, too few distractors for mcq).
 *
 * @example
 * generateQuestion(fact, "mcq", deck.facts, 42);
 */
export function generateQuestion(
  fact: Fact,
  kind: QuestionKind,
  allFacts: readonly Fact[],
  seed: number,
): Question | undefined {
  if (fact.flagged) return undefined;
  const facts = allFacts.some((f) => f.id === fact.id) ? allFacts : [...allFacts, fact];
  const index = indexFor(facts);
  switch (kind) {
    case "mcq":
      return buildMcq(fact, index, seed);
    case "true-false":
      return deckTrueFalse(facts, seed).get(fact.id);
    case "typed":
      return buildTyped(fact);
    case "cloze":
      return buildCloze(fact);
    case "match": {
      const group = groupsFor(facts, seed).match.find((g) => g.items.some((i) => i.fact.id === fact.id));
      return group ? buildMatch(group, seed) : undefined;
    }
    case "order": {
      const group = groupsFor(facts, seed).order.find((g) => g.some((e) => e.fact.id === fact.id));
      return group ? buildOrder(group, seed) : undefined;
    }
  }
}
