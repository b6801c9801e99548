/**
 * Wrong options for a fact: its hand-written distractors first (the closest in length to the
 * answer, so no option stands out), then, for numbers, years, dates and percentages, neighbours
 * written like the answer, then other facts' answers of the same class from other paragraphs (an
 * answer from the fact's own paragraph may be right for its prompt). Never the answer, an accepted
 * or also-right value, nor two options that read the same once case, accents and spaces are folded.
 */
import { alternativesOf } from "@/lib/content/alternatives";
import { NUMERIC_ANSWER_TYPES } from "@/lib/content/answerTypes";
import type { Fact } from "@/lib/content/schema";
import { normalizeAnswer, numbersIn } from "@/lib/answer/normalize";
import { parseFrenchDate, parseIsoDate } from "@/lib/french/dates";
import { typesetFrench } from "@/lib/french/typeset";
import { type Rng, shuffle } from "@/lib/random/prng";
import { displayOf, type FactIndex } from "./factIndex";
import { numericNeighbours } from "./neighbours";
import { chooseUnguessable, type Candidate } from "./unguessable";

/** A number given as a bound or an estimate. */
const QUALIFIED_NUMBER = /\b(?:plus|moins|au moins|environ|près|presque|quelque)\b/i;
/** Above this many candidates, sample random positions instead of shuffling the whole list. */
const SAMPLE_THRESHOLD = 32;

/** Everything that would be right, or already offered, for this fact. */
class Exclusions {
  private readonly keys = new Set<string>();
  private readonly numbers = new Set<number>();
  private readonly dates = new Set<string>();

  constructor(fact: Fact, index: FactIndex) {
    const right = [fact.answer, ...alternativesOf(fact)];
    for (const r of right) this.keys.add(normalizeAnswer(r));
    if (fact.type === "year" || fact.type === "number" || fact.type === "percentage") {
      if (typeof fact.value === "number") this.numbers.add(fact.value);
      // A value its paragraph gives for something else (« 1998 », the second adoption) confuses, it does not test.
      for (const n of index.numbersByParagraph.get(fact.source.paragraph) ?? []) this.numbers.add(n);
      for (const r of alternativesOf(fact)) {
        const ns = numbersIn(r);
        if (ns.length === 1) this.numbers.add(ns[0]);
      }
    }
    if (fact.type === "date") {
      if (typeof fact.value === "string") {
        const d = parseIsoDate(fact.value);
        this.dates.add(`${d.year}-${d.month}-${d.day}`);
      }
      for (const r of alternativesOf(fact)) {
        const d = parseFrenchDate(r);
        if (d) this.dates.add(`${d.year}-${d.month}-${d.day}`);
      }
    }
  }

  /** Adds `text` if it is new and not right; returns whether it was added. */
  admit(text: string): boolean {
    const key = normalizeAnswer(text);
    if (key === "" || this.keys.has(key)) return false;
    if (this.numbers.size > 0) {
      const ns = numbersIn(text);
      if (ns.length === 1 && this.numbers.has(ns[0])) return false;
    }
    if (this.dates.size > 0) {
      const d = parseFrenchDate(text);
      if (d && this.dates.has(`${d.year}-${d.month}-${d.day}`)) return false;
    }
    this.keys.add(key);
    return true;
  }
}

/** Yields candidates from a list in random order, sampling when the list is long. */
function* randomOrder<T>(list: readonly T[], rng: Rng): Generator<T> {
  if (list.length <= SAMPLE_THRESHOLD) {
    yield* shuffle(list, rng);
    return;
  }
  for (let i = 0; i < SAMPLE_THRESHOLD; i++) yield list[rng.int(list.length)];
}

/** An answer's form with its numbers blanked: "plus de 20" → "plus de #", "80ᵉ" → "#ᵉ". */
export function answerShape(answer: string): string {
  return answer.toLowerCase().replace(/\d+(?:[ \u00a0\u202f,.]\d+)*/g, "#");
}

/** Whether another fact's numeric answer is a believable wrong option for `fact`. */
function plausibleNumeric(fact: Fact, other: Fact): boolean {
  if (other.type !== fact.type) return false;
  if (fact.type === "date") {
    return /\d{4}/.test(fact.answer) === /\d{4}/.test(other.answer) && /^\d/.test(fact.answer) === /^\d/.test(other.answer);
  }
  if (typeof fact.value !== "number" || typeof other.value !== "number") return false;
  if (fact.type === "year") return Math.abs(fact.value - other.value) <= 40 && /^\d{4}$/.test(other.answer) === /^\d{4}$/.test(fact.answer);
  if (answerShape(fact.answer) !== answerShape(other.answer)) return false;
  if (fact.type === "percentage") return true;
  const ratio = other.value / fact.value;
  return (fact.unit ?? "") === (other.unit ?? "") && ratio >= 0.2 && ratio <= 5;
}

/** The fact's own distractors, the `pool` closest in length to the answer first, in random order. */
function authoredInOrder(fact: Fact, rng: Rng, pool: number): string[] {
  const authored = fact.distractors ?? [];
  const length = fact.answer.length;
  const gap = (text: string) => Math.abs(Math.log(text.length / length));
  const ranked = authored.map((text, i) => ({ text, i })).sort((a, b) => gap(a.text) - gap(b.text) || a.i - b.i);
  const best = shuffle(ranked.slice(0, pool), rng).map((x) => x.text);
  return [...best, ...ranked.slice(pool).map((x) => x.text)];
}

/** How many candidates the choice of wrong options weighs (sets of 3 among 10: 120). */
const POOL_SIZE = 10;

/**
 * Candidate wrong options for a fact, most preferred first: its hand-written ones, then numeric
 * neighbours and other facts' answers of the same class. Each is admitted once, never a right answer.
 */
function distractorPool(fact: Fact, index: FactIndex, rng: Rng, size: number, count: number): Candidate[] {
  const seen = new Exclusions(fact, index);
  const out: Candidate[] = [];
  const take = (text: string, authored: boolean): boolean => {
    if (out.length >= size) return true;
    const shown = typesetFrench(text);
    if (seen.admit(shown)) out.push({ text: shown, authored });
    return out.length >= size;
  };
  const fromFacts = (limit: number, filter: (f: Fact) => boolean): void => {
    let taken = 0;
    for (const other of randomOrder(index.byClass.get(fact.class) ?? [], rng)) {
      if (out.length >= size || taken >= limit) return;
      if (other.id === fact.id || other.source.paragraph === fact.source.paragraph || !filter(other)) continue;
      const before = out.length;
      take(displayOf(other).answer, false);
      if (out.length > before) taken++;
    }
  };

  for (const text of authoredInOrder(fact, rng, size)) if (take(text, true)) return out;
  // Other facts' answers only make up for missing hand-written ones: a class mixes forms (lists of years and of regions).
  if (!NUMERIC_ANSWER_TYPES.has(fact.type) && out.length >= count) return out;
  // « plus de 20 »: « plus de 10 » would be true too, so a qualified number takes no generated neighbour.
  if (QUALIFIED_NUMBER.test(fact.answer)) return out;
  if (NUMERIC_ANSWER_TYPES.has(fact.type)) {
    // One other fact's value makes students link values to events; neighbours test precision.
    const plausible = (f: Fact) => plausibleNumeric(fact, f);
    fromFacts(1, plausible);
    for (const text of numericNeighbours(fact, rng)) if (take(text, false)) break;
    fromFacts(size, plausible);
    return out;
  }
  fromFacts(count - out.length, (f) => f.type === fact.type);
  return out;
}

/**
 * Picks `count` wrong options for a fact (fewer only when nothing plausible is left), chosen so
 * that no surface cue points at the key (`chooseUnguessable`).
 *
 * @example
 * pickDistractors(factAral, index, createRng(7)); // ["mer Caspienne", "lac Balkhach", "mer Noire"]
 */
export function pickDistractors(fact: Fact, index: FactIndex, rng: Rng, count = 3): string[] {
  const pool = distractorPool(fact, index, rng, Math.max(POOL_SIZE, count), count);
  return chooseUnguessable(displayOf(fact).answer, displayOf(fact).prompt, pool, rng, count);
}
