/**
 * An index of a deck's facts by answer type and topic, built once per generation so distractor
 * search stays linear in the deck size instead of scanning every fact for every question.
 */
import type { AnswerType, Fact } from "@/lib/content/schema";
import { normalizeAnswer } from "@/lib/answer/normalize";
import { typesetFrench } from "@/lib/french";

/** Facts grouped for fast distractor lookup. */
export interface FactIndex {
  facts: readonly Fact[];
  byType: ReadonlyMap<AnswerType, Fact[]>;
  /** Key `${type}|${topic}`. */
  byTypeTopic: ReadonlyMap<string, Fact[]>;
  /** How many facts have each normalised answer. */
  answerCounts: ReadonlyMap<string, number>;
}

const displayCache = new WeakMap<Fact, { answer: string; statement: string; prompt: string; label: string; key: string }>();

/**
 * Typeset strings and the answer key of a fact, computed once per fact object.
 *
 * @example
 * displayOf(fact).answer; // "80 %" with a no-break space
 */
export function displayOf(fact: Fact): { answer: string; statement: string; prompt: string; label: string; key: string } {
  let d = displayCache.get(fact);
  if (!d) {
    d = {
      answer: typesetFrench(fact.answer),
      statement: typesetFrench(fact.statement),
      prompt: typesetFrench(fact.prompt),
      label: typesetFrench(fact.label),
      key: normalizeAnswer(fact.answer),
    };
    displayCache.set(fact, d);
  }
  return d;
}

/**
 * Indexes facts by type and by type+topic (flagged facts included: their answers still make
 * good wrong options).
 *
 * @example
 * const index = buildFactIndex(deck.facts);
 * index.byType.get("year")?.length;
 */
export function buildFactIndex(facts: readonly Fact[]): FactIndex {
  const byType = new Map<AnswerType, Fact[]>();
  const byTypeTopic = new Map<string, Fact[]>();
  const answerCounts = new Map<string, number>();
  for (const fact of facts) {
    const list = byType.get(fact.type) ?? [];
    list.push(fact);
    byType.set(fact.type, list);
    const k = `${fact.type}|${fact.topic}`;
    const topical = byTypeTopic.get(k) ?? [];
    topical.push(fact);
    byTypeTopic.set(k, topical);
    const key = displayOf(fact).key;
    answerCounts.set(key, (answerCounts.get(key) ?? 0) + 1);
  }
  return { facts, byType, byTypeTopic, answerCounts };
}
