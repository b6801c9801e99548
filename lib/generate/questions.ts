/**
 * Builders for each question kind from one fact (mcq, true-false, typed, cloze) or a group of facts
 * (match, order). Each question draws from its own seeded generator, so a question only changes
 * when its own inputs change.
 */
import { NUMERIC_ANSWER_TYPES } from "@/lib/content/answerTypes";
import type { Fact } from "@/lib/content/schema";
import { typesetFrench } from "@/lib/french/typeset";
import { createRng, shuffle, type Rng } from "@/lib/random/prng";
import { deriveSeed, shortHash } from "@/lib/random/hash";
import { soundsAbsolute } from "@/lib/testwise/surface";
import { soundsHedged } from "@/lib/testwise/statementCues";
import { pickDistractors } from "./distractors";
import { displayOf, type FactIndex } from "./factIndex";
import { WHEN_RELATION, type DatedEvent, type MatchGroup } from "./groups";
import { BLANK, blankAnswer } from "./rewrite";
import type {
  ClozeQuestion,
  MatchQuestion,
  McqQuestion,
  OrderQuestion,
  TrueFalseQuestion,
  TypedQuestion,
} from "./types";

export const MATCH_PROMPT = "Associe chaque description à la bonne réponse.";
export const MATCH_WHEN_PROMPT = "Associe chaque événement à sa date.";
export const ORDER_PROMPT = "Range ces événements dans l’ordre chronologique.";

/** The generator of one question: independent of every other question. */
export function questionRng(seed: number, kind: string, id: string): Rng {
  return createRng(deriveSeed(seed, kind, id));
}

function base(fact: Fact) {
  const d = displayOf(fact);
  return {
    factId: fact.id,
    paragraph: fact.source.paragraph,
    statement: d.statement,
    ...(fact.explanation ? { explanation: typesetFrench(fact.explanation) } : {}),
  };
}

/**
 * Multiple choice: the answer and 3 distractors, shuffled. `undefined` if fewer than 3 distractors exist.
 *
 * @example
 * buildMcq(fact, index, 1)?.options; // ["1995", "1992", "2013", "1991"]
 */
export function buildMcq(fact: Fact, index: FactIndex, seed: number): McqQuestion | undefined {
  const rng = questionRng(seed, "mcq", fact.id);
  const d = displayOf(fact);
  const distractors = pickDistractors(fact, index, rng, 3);
  if (distractors.length < 3) return undefined;
  return {
    id: `mcq:${fact.id}`,
    kind: "mcq",
    prompt: d.prompt,
    options: shuffle([d.answer, ...distractors], rng),
    answer: d.answer,
    ...base(fact),
  };
}

/** The wording cues of a statement: hedged (« environ », « plus de ») and absolute (« seulement »). */
const wordingOf = (s: string) => `${soundsHedged(s)}|${soundsAbsolute(s)}`;

/**
 * A false version of the fact's statement: one of its hand-written false statements worded like
 * the true one (no « seulement » or « environ » that only the false one has: a test-wise student
 * reads those), or for a number, year, date or percentage without any, the statement with a
 * neighbouring value. Never a free swap of another fact's answer: that makes nonsense, not a false statement.
 */
function falseStatementOf(fact: Fact, index: FactIndex, rng: Rng): string | undefined {
  const written = fact.falseStatements ?? [];
  const alike = written.filter((s) => wordingOf(s) === wordingOf(fact.statement));
  const authored = alike.length > 0 ? alike : written;
  if (authored.length > 0) return typesetFrench(authored[rng.int(authored.length)]);
  if (!NUMERIC_ANSWER_TYPES.has(fact.type)) return undefined;
  const d = displayOf(fact);
  const [wrong] = pickDistractors(fact, index, rng, 1);
  return wrong === undefined ? undefined : d.statement.replace(d.answer, wrong);
}

/**
 * True/false: the fact's statement as is (`truth`), or a false statement. Falls back to the true
 * statement when the fact has no false one.
 *
 * @example
 * buildTrueFalse(fact, index, 1, false).prompt; // "Le Kazakhstan est membre des Nations unies depuis 1995."
 */
export function buildTrueFalse(fact: Fact, index: FactIndex, seed: number, truth: boolean): TrueFalseQuestion {
  const rng = questionRng(seed, "true-false", fact.id);
  const d = displayOf(fact);
  const falseStatement = truth ? undefined : falseStatementOf(fact, index, rng);
  return {
    id: `true-false:${fact.id}`,
    kind: "true-false",
    prompt: falseStatement ?? d.statement,
    options: ["Vrai", "Faux"],
    answer: falseStatement ? "Faux" : "Vrai",
    ...base(fact),
    statement: d.statement,
  };
}

/**
 * Typed recall: the fact's prompt, checked with `checkAnswer`.
 *
 * @example
 * buildTyped(fact).prompt; // "Depuis quelle date le Kazakhstan est-il membre de l’ONU ?"
 */
export function buildTyped(fact: Fact): TypedQuestion {
  const d = displayOf(fact);
  return { id: `typed:${fact.id}`, kind: "typed", prompt: d.prompt, answer: d.answer, ...base(fact) };
}

/**
 * Cloze: the statement with its answer blanked.
 *
 * @example
 * buildCloze(fact).prompt; // "Le Kazakhstan est membre de l’ONU depuis le _____."
 */
export function buildCloze(fact: Fact): ClozeQuestion {
  const d = displayOf(fact);
  const prompt = blankAnswer(d.statement, d.answer);
  return {
    id: `cloze:${fact.id}`,
    kind: "cloze",
    prompt: prompt.includes(BLANK) ? prompt : `${d.statement} (${BLANK})`,
    answer: d.answer,
    ...base(fact),
  };
}

function groupId(kind: string, keys: readonly string[]): string {
  return `${kind}:${shortHash(keys.slice().sort().join("|"))}`;
}

/** A shuffle that differs from `sorted` whenever it can (4 distinct items always can). */
function shuffleAway(sorted: readonly string[], rng: Rng): string[] {
  const out = shuffle(sorted, rng);
  if (out.length > 1 && out.every((x, i) => x === sorted[i])) out.push(out.shift()!);
  return out;
}

/** The instruction of a match question, by the relation its pairs share. */
function matchPrompt(relation: string): string {
  return relation === WHEN_RELATION ? MATCH_WHEN_PROMPT : MATCH_PROMPT;
}

/**
 * Match: the pairs of one relation (4–6 items, one per fact, unique sides).
 *
 * @example
 * buildMatch(group, 1).pairs; // [{ left: "Adhésion du Kazakhstan à l’ONU", right: "2 mars 1992" }, …]
 */
export function buildMatch(group: MatchGroup, seed: number): MatchQuestion {
  const id = groupId("match", group.items.map((i) => `${i.fact.id}>${i.right}`));
  const rng = questionRng(seed, "match", id);
  const items = shuffle(group.items, rng);
  const pairs = items.map((i) => ({ left: i.left, right: i.right }));
  const answer = pairs.map((p) => p.right);
  return {
    id,
    factId: items[0].fact.id,
    factIds: items.map((i) => i.fact.id),
    kind: "match",
    prompt: matchPrompt(group.relation),
    paragraph: Math.min(...items.map((i) => i.fact.source.paragraph)),
    pairs,
    options: shuffleAway(answer, rng),
    answer,
  };
}

/**
 * Order: 4 dated events to sort; options never start sorted; the correction shows each date.
 *
 * @example
 * buildOrder(group, 1).answer; // ["Adhésion du Kazakhstan à l’ONU", "Première adoption de la résolution…", …]
 */
export function buildOrder(group: readonly DatedEvent[], seed: number): OrderQuestion {
  const id = groupId("order", group.map((e) => `${e.fact.id}>${e.date}`));
  const rng = questionRng(seed, "order", id);
  const sorted = group.slice().sort((a, b) => a.range[0] - b.range[0]);
  const answer = sorted.map((e) => e.event);
  return {
    id,
    factId: sorted[0].fact.id,
    factIds: sorted.map((e) => e.fact.id),
    kind: "order",
    prompt: ORDER_PROMPT,
    paragraph: Math.min(...sorted.map((e) => e.fact.source.paragraph)),
    options: shuffleAway(answer, rng),
    answer,
    dates: sorted.map((e) => e.date),
  };
}
