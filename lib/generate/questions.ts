/**
 * Builders for each question kind from one fact (mcq, true-false, typed, cloze) or a group of facts
 * (match, order). Each question draws from its own seeded generator, so a question only changes
 * when its own inputs change.
 */
import type { Fact } from "@/lib/content/schema";
import { createRng, deriveSeed, shortHash, shuffle, type Rng } from "@/lib/random";
import { pickDistractors, type Distractor } from "./distractors";
import { displayOf, type FactIndex } from "./factIndex";
import { dateRange } from "./groups";
import { BLANK, blankAnswer, substituteAnswer } from "./rewrite";
import type {
  ClozeQuestion,
  MatchQuestion,
  McqQuestion,
  OrderQuestion,
  TrueFalseQuestion,
  TypedQuestion,
} from "./types";

export const MATCH_PROMPT = "Associe chaque élément à la bonne réponse.";
export const ORDER_PROMPT = "Range ces événements du plus ancien au plus récent.";

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
    ...(fact.explanation ? { explanation: fact.explanation } : {}),
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
    options: shuffle([d.answer, ...distractors.map((x) => x.text)], rng),
    answer: d.answer,
    ...base(fact),
  };
}

/** How a noun phrase starts: with an article, a capital (a name), a verb, digits or a common word. */
function headClass(text: string): string {
  if (/^(?:le|la|les|l[’']|un|une|des|du|au|aux)(?:\s|$|(?<=[’']))/i.test(text)) return "article";
  if (/^\d/.test(text)) return "number";
  if (/^\p{Lu}/u.test(text)) return "name";
  if (/^\p{Ll}+(?:er|ir|oir)\b/u.test(text)) return "verb";
  return "word";
}

/** Free-form answers: only a phrase of the same grammar and form reads right in their sentence. */
const FREE_FORM = new Set(["text", "list", "quote", "event"]);
const NUMERIC_TYPES = new Set(["year", "date", "number", "percentage"]);

/**
 * Distractors that keep the sentence grammatical, best first: same form of phrase (article, name,
 * verb…), then same gender and number. Free-form answers need an exact grammar match.
 */
function rankForSentence(fact: Fact, candidates: Distractor[]): Distractor[] {
  const g = fact.grammar;
  const head = headClass(fact.answer);
  const sameGrammar = (c: Distractor) => !!g && !!c.grammar && c.grammar.gender === g.gender && c.grammar.number === g.number;
  const usable = candidates.filter((c) => {
    if (headClass(c.text) !== head) return false;
    if (FREE_FORM.has(fact.type)) return g ? sameGrammar(c) : !c.grammar;
    // A name without article (Astana) and a noun with one (l’Eurasie) do not swap.
    return NUMERIC_TYPES.has(fact.type) || !!g === !!c.grammar;
  });
  const score = (c: Distractor) => (sameGrammar(c) ? 0 : c.grammar ? 1 : 2);
  return usable.map((c, i) => ({ c, i })).sort((a, b) => score(a.c) - score(b.c) || a.i - b.i).map((x) => x.c);
}

/**
 * True/false: the fact's statement as is (`truth`), or with its answer replaced by a distractor.
 * Falls back to the true statement when no distractor fits.
 *
 * @example
 * buildTrueFalse(fact, index, 1, false).prompt; // "Le Kazakhstan est membre de l’ONU depuis le 9 mars 1992."
 */
export function buildTrueFalse(fact: Fact, index: FactIndex, seed: number, truth: boolean): TrueFalseQuestion {
  const rng = questionRng(seed, "true-false", fact.id);
  const d = displayOf(fact);
  const question = (prompt: string, answer: "Vrai" | "Faux"): TrueFalseQuestion => ({
    id: `true-false:${fact.id}`,
    kind: "true-false",
    prompt,
    options: ["Vrai", "Faux"],
    answer,
    ...base(fact),
    statement: d.statement,
  });
  if (truth) return question(d.statement, "Vrai");
  for (const c of rankForSentence(fact, pickDistractors(fact, index, rng, 8, { sameTypeOnly: true }))) {
    if (d.statement.includes(c.text)) continue;
    const rewritten = substituteAnswer(d.statement, d.answer, c.text, c.grammar ?? fact.grammar);
    if (rewritten !== undefined && rewritten !== d.statement) return question(rewritten, "Faux");
  }
  return question(d.statement, "Vrai");
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

function groupId(kind: string, facts: readonly Fact[]): string {
  return `${kind}:${shortHash(facts.map((f) => f.id).sort().join("|"))}`;
}

/** A shuffle that differs from `sorted` whenever it can (4 distinct items always can). */
function shuffleAway(sorted: readonly string[], rng: Rng): string[] {
  const out = shuffle(sorted, rng);
  if (out.length > 1 && out.every((x, i) => x === sorted[i])) out.push(out.shift()!);
  return out;
}

/**
 * Match: label ↔ answer pairs of a group (4–6 facts with unique sides).
 *
 * @example
 * buildMatch(group, 1).pairs; // [{ left: "Adhésion à l’ONU", right: "2 mars 1992" }, …]
 */
export function buildMatch(group: readonly Fact[], seed: number): MatchQuestion {
  const id = groupId("match", group);
  const rng = questionRng(seed, "match", id);
  const facts = shuffle(group, rng);
  const pairs = facts.map((f) => ({ left: displayOf(f).label, right: displayOf(f).answer }));
  const answer = pairs.map((p) => p.right);
  return {
    id,
    factId: facts[0].id,
    factIds: facts.map((f) => f.id),
    kind: "match",
    prompt: MATCH_PROMPT,
    paragraph: Math.min(...facts.map((f) => f.source.paragraph)),
    pairs,
    options: shuffleAway(answer, rng),
    answer,
  };
}

/**
 * Order: 4 dated facts to sort; options never start sorted.
 *
 * @example
 * buildOrder(group, 1).answer; // ["Adhésion à l’ONU", "Première résolution…", …] oldest first
 */
export function buildOrder(group: readonly Fact[], seed: number): OrderQuestion {
  const id = groupId("order", group);
  const rng = questionRng(seed, "order", id);
  const sorted = group.slice().sort((a, b) => dateRange(a)![0] - dateRange(b)![0]);
  const answer = sorted.map((f) => displayOf(f).label);
  return {
    id,
    factId: sorted[0].id,
    factIds: sorted.map((f) => f.id),
    kind: "order",
    prompt: ORDER_PROMPT,
    paragraph: Math.min(...sorted.map((f) => f.source.paragraph)),
    options: shuffleAway(answer, rng),
    answer,
    dates: sorted.map((f) => displayOf(f).answer),
  };
}
