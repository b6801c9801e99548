/**
 * An index of a deck's facts by answer class, built once per generation so distractor search stays
 * linear in the deck size instead of scanning every fact for every question.
 */
import type { Fact } from "@/lib/content/schema";
import { normalizeAnswer, numbersIn } from "@/lib/answer/normalize";
import { typesetFrench } from "@/lib/french/typeset";

/** Facts grouped for fast distractor lookup. */
export interface FactIndex {
  facts: readonly Fact[];
  /** Facts by the semantic class of their answer. */
  byClass: ReadonlyMap<string, Fact[]>;
  /** How many facts have each normalised answer. */
  answerCounts: ReadonlyMap<string, number>;
  /** Every number the facts of a paragraph give (answers and statements), by paragraph. */
  numbersByParagraph: ReadonlyMap<number, ReadonlySet<number>>;
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
 * Indexes facts by answer class (flagged facts included: their answers still make good wrong
 * options for other facts).
 *
 * @example
 * const index = buildFactIndex(deck.facts);
 * index.byClass.get("year")?.length;
 */
export function buildFactIndex(facts: readonly Fact[]): FactIndex {
  const byClass = new Map<string, Fact[]>();
  const answerCounts = new Map<string, number>();
  const numbersByParagraph = new Map<number, Set<number>>();
  for (const fact of facts) {
    const numbers = numbersByParagraph.get(fact.source.paragraph) ?? new Set<number>();
    for (const text of [fact.answer, fact.statement]) for (const n of numbersIn(text)) numbers.add(n);
    numbersByParagraph.set(fact.source.paragraph, numbers);
    const list = byClass.get(fact.class) ?? [];
    list.push(fact);
    byClass.set(fact.class, list);
    const key = displayOf(fact).key;
    answerCounts.set(key, (answerCounts.get(key) ?? 0) + 1);
  }
  return { facts, byClass, answerCounts, numbersByParagraph };
}
