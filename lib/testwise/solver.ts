/**
 * The test-wise guesser: answers multiple-choice, true/false, match and order items from surface
 * cues alone, never from the article or the facts. Used by the tests (an item writer's guard: a
 * student who knows nothing must not beat chance) and by the review sheet (its pick beside each key).
 *
 * Its score is exact, not sampled: where cues leave several choices, it picks one of them at random,
 * so an item's expected accuracy is the share of right choices among those it keeps.
 */
import type { MatchQuestion, McqQuestion, OrderQuestion, Question, TrueFalseQuestion } from "@/lib/generate/types";
import { NO_CONTEXT, OPTION_CUES, type OptionCue, type SessionContext } from "./optionCues";
import { looksEarlier, pairAffinity } from "./pairCues";
import { STATEMENT_CUES } from "./statementCues";
import { sortValue } from "./surface";

/** What the guesser did with one item. */
export interface Guess {
  /** Expected share right (an option, a statement, a pair or a position), 0–1. */
  accuracy: number;
  /** The same for a blind guess. */
  chance: number;
  /** The cues that narrowed its choice, in order. */
  cues: string[];
  /** What it would answer (ties: the choices it hesitates between, joined by « / »). */
  pick: string;
}

/** The kinds the guesser answers. */
export const GUESSED_KINDS = ["mcq", "true-false", "match", "order"] as const;
export type GuessedKind = (typeof GUESSED_KINDS)[number];

function keepBest(candidates: number[], scores: readonly number[]): number[] {
  const best = Math.max(...candidates.map((i) => scores[i]));
  return candidates.filter((i) => scores[i] === best);
}

/**
 * The guesser on a set of options: what it keeps once every cue has spoken.
 *
 * @example
 * guessOptions(["Club des jeunes juristes", …], "Club des jeunes juristes", prompt).accuracy; // 0.25 when nothing stands out
 */
export function guessOptions(
  options: readonly string[],
  answer: string,
  prompt: string,
  cues: ReadonlyArray<readonly [string, OptionCue]> = OPTION_CUES,
  context: SessionContext = NO_CONTEXT,
): Guess {
  return narrowOptions({ options, answer, prompt }, cues, context);
}

function narrowOptions(
  q: Pick<McqQuestion, "prompt" | "answer"> & { options: readonly string[] },
  cues: ReadonlyArray<readonly [string, OptionCue]>,
  context: SessionContext,
): Guess {
  let candidates = q.options.map((_, i) => i);
  const used: string[] = [];
  for (const [name, cue] of cues) {
    const kept = keepBest(candidates, cue(q.options, q.prompt, context));
    if (kept.length < candidates.length) {
      used.push(name);
      candidates = kept;
    }
  }
  const right = candidates.filter((i) => q.options[i] === q.answer).length;
  return {
    accuracy: right / candidates.length,
    chance: 1 / q.options.length,
    cues: used,
    pick: candidates.map((i) => q.options[i]).join(" / "),
  };
}

function judgeStatement(q: TrueFalseQuestion, context: SessionContext, only?: string): Guess {
  for (const [name, cue] of STATEMENT_CUES) {
    if (only && name !== only) continue;
    const verdict = cue(q.prompt, context);
    if (verdict) return { accuracy: verdict === q.answer ? 1 : 0, chance: 0.5, cues: [name], pick: verdict };
  }
  return { accuracy: 0.5, chance: 0.5, cues: [], pick: "Vrai / Faux" };
}

function permutations(n: number): number[][] {
  if (n === 0) return [[]];
  return permutations(n - 1).flatMap((p) => Array.from({ length: n }, (_, i) => [...p.slice(0, i), n - 1, ...p.slice(i)]));
}
const PERMUTATIONS = new Map<number, number[][]>();
function permutationsOf(n: number): number[][] {
  let list = PERMUTATIONS.get(n);
  if (!list) PERMUTATIONS.set(n, (list = permutations(n)));
  return list;
}

/** The best-scoring arrangements, and the expected share of right places among them. */
function bestArrangements(n: number, score: (perm: number[]) => number, right: (perm: number[]) => number) {
  let best = -Infinity;
  let total = 0;
  let count = 0;
  let first: number[] = [];
  for (const perm of permutationsOf(n)) {
    const s = score(perm);
    if (s > best) [best, total, count, first] = [s, 0, 0, perm];
    if (s === best) {
      total += right(perm);
      count++;
    }
  }
  return { accuracy: total / count / n, narrowed: count < permutationsOf(n).length, first, count };
}

/** A date as shown (« 2 mars 1992 », « 1997 ») as a sortable number. */
function dateValue(text: string): number | undefined {
  const value = sortValue(text);
  return value === undefined || value < 1000 ? undefined : value < 10000 ? value * 10000 : value;
}

type PairCueName = "mots et unités" | "ordre apparent";

function matchPairs(q: MatchQuestion, only?: PairCueName): Guess {
  const lefts = q.pairs.map((p) => p.left);
  const rights = q.options;
  const affinity = lefts.map((l) => rights.map((r) => (only === "ordre apparent" ? 0 : pairAffinity(l, r))));
  const dates = rights.map(dateValue);
  const ordered = only !== "mots et unités" && dates.every((d) => d !== undefined);
  const earlier = lefts.map((a) => lefts.map((b) => (ordered ? looksEarlier(a, b) : 0)));
  const score = (perm: number[]) => {
    let s = 0;
    for (let i = 0; i < perm.length; i++) {
      s += affinity[i][perm[i]];
      for (let k = i + 1; k < perm.length; k++) if (earlier[i][k] !== 0) s += earlier[i][k] * Math.sign(dates[perm[k]]! - dates[perm[i]]!);
    }
    return s;
  };
  const right = (perm: number[]) => perm.filter((r, i) => rights[r] === q.answer[i]).length;
  const best = bestArrangements(lefts.length, score, right);
  const cues = best.narrowed ? [only ?? "appariement"] : [];
  const pick = best.count === 1 ? lefts.map((l, i) => `${l} ↔ ${rights[best.first[i]]}`).join(" ; ") : "au hasard";
  return { accuracy: best.accuracy, chance: 1 / lefts.length, cues, pick };
}

function orderEvents(q: OrderQuestion): Guess {
  const events = q.options;
  const score = (perm: number[]) => {
    let s = 0;
    for (let i = 0; i < perm.length; i++) for (let k = i + 1; k < perm.length; k++) s += looksEarlier(events[perm[i]], events[perm[k]]);
    return s;
  };
  const right = (perm: number[]) => perm.filter((e, i) => events[e] === q.answer[i]).length;
  const best = bestArrangements(events.length, score, right);
  const pick = best.count === 1 ? best.first.map((e) => events[e]).join(" → ") : `${best.count} ordres possibles`;
  return { accuracy: best.accuracy, chance: 1 / events.length, cues: best.narrowed ? ["ordre apparent"] : [], pick };
}

/**
 * Guesses one item from its surface and what else the session shows.
 *
 * @example
 * guessQuestion(mcq).pick; // "Club des jeunes juristes" when the other options vary around it
 */
export function guessQuestion(q: Question, context: SessionContext = NO_CONTEXT): Guess | undefined {
  if (q.kind === "mcq") return narrowOptions(q, OPTION_CUES, context);
  if (q.kind === "true-false") return judgeStatement(q, context);
  if (q.kind === "match") return matchPairs(q);
  if (q.kind === "order") return orderEvents(q);
  return undefined;
}

/** Every cue a kind uses, by name. */
export function cueNames(kind: GuessedKind): string[] {
  if (kind === "mcq") return OPTION_CUES.map(([name]) => name);
  if (kind === "true-false") return STATEMENT_CUES.map(([name]) => name);
  if (kind === "match") return ["mots et unités", "ordre apparent"];
  return ["ordre apparent"];
}

/**
 * One cue alone on one item: its guess when it says something, `undefined` when it is silent.
 *
 * @example
 * guessWithCue(mcq, "centre")?.accuracy; // 1 when the key is the option the others vary around
 */
export function guessWithCue(q: Question, cue: string, context: SessionContext = NO_CONTEXT): Guess | undefined {
  let g: Guess | undefined;
  if (q.kind === "mcq") g = narrowOptions(q, OPTION_CUES.filter(([name]) => name === cue), context);
  else if (q.kind === "true-false") g = judgeStatement(q, context, cue);
  else if (q.kind === "match") g = matchPairs(q, cue as PairCueName);
  else if (q.kind === "order") g = orderEvents(q);
  return g && g.cues.length > 0 ? g : undefined;
}
