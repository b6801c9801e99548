/**
 * Facts that give each other away: quoted from one sentence of the article (« … depuis le 2 mars
 * 1992 et a siégé au Conseil de sécurité… »), or one whose prompt or statement names the other's
 * answer (« Outre les corridors Nord-Sud et transcaspien, … »). Quizzes never ask two facts of one
 * sentence in a row, and never ask together two facts of which one names the other's answer.
 */
import type { Fact } from "@/lib/content/schema";
import { looseTokens } from "@/lib/answer/looseKey";
import { displayOf } from "./factIndex";

/** Whether two facts are quoted from the same sentence of the article. */
export function sameSentence(a: Fact, b: Fact): boolean {
  return (
    a.id !== b.id &&
    a.source.sentence !== undefined &&
    a.source.paragraph === b.source.paragraph &&
    a.source.sentence === b.source.sentence
  );
}

const inSequence = (haystack: readonly string[], needle: readonly string[]) =>
  needle.length > 0 && haystack.some((_, i) => needle.every((t, k) => haystack[i + k] === t));

const tokenCache = new WeakMap<Fact, { prompt: string[]; statement: string[]; answer: string[] }>();

function tokensOf(fact: Fact) {
  let t = tokenCache.get(fact);
  if (!t) {
    const d = displayOf(fact);
    t = { prompt: looseTokens(d.prompt), statement: looseTokens(d.statement), answer: looseTokens(d.answer) };
    tokenCache.set(fact, t);
  }
  return t;
}

/** Whether what a student reads of `a` (its prompt, its statement) names `b`'s answer. */
function names(a: Fact, b: Fact): boolean {
  const { answer } = tokensOf(b);
  return inSequence(tokensOf(a).prompt, answer) || inSequence(tokensOf(a).statement, answer);
}

/**
 * Whether `a` and `b` must not meet in one quiz: one of them shows the other's answer.
 *
 * @example
 * givesAway(corridors, silkRoads); // true: the Silk Roads prompt says « Outre les corridors Nord-Sud et transcaspien »
 */
export function givesAway(a: Fact, b: Fact): boolean {
  return a.id !== b.id && (names(a, b) || names(b, a));
}
