/**
 * Wrong options for a fact: other facts' answers of the same type (same topic first), plausible
 * numeric neighbours, then a small bank. Never the answer, never an accepted or also-right value,
 * never two options that read the same once case, accents and spaces are folded.
 */
import { alternativesOf } from "@/lib/content/alternatives";
import type { Fact, Grammar } from "@/lib/content/schema";
import { normalizeAnswer, numbersIn } from "@/lib/answer/normalize";
import { parseFrenchDate, parseIsoDate, typesetFrench } from "@/lib/french";
import { type Rng, shuffle } from "@/lib/random";
import { DISTRACTOR_BANK } from "./bank";
import { displayOf, type FactIndex } from "./factIndex";
import { numericNeighbours } from "./neighbours";

/** A wrong option, with the grammar of the noun phrase when known (for rewriting sentences). */
export interface Distractor {
  text: string;
  grammar?: Grammar;
  /** The fact it is the answer of, if any. */
  fromFactId?: string;
}

const NUMERIC = new Set(["year", "number", "percentage", "date"]);
/** Types whose answers can stand in for each other when a type runs short. */
const FALLBACK_TYPES: Record<string, readonly string[]> = {
  person: ["person"],
  place: ["place"],
  organisation: ["organisation", "event"],
  event: ["event", "organisation", "text"],
  text: ["text", "event", "list", "quote"],
  list: ["list", "text"],
  quote: ["quote", "text"],
};
/** Above this many candidates, sample random positions instead of shuffling the whole list. */
const SAMPLE_THRESHOLD = 32;

/** Everything that would be right, or already offered, for this fact. */
class Exclusions {
  private readonly keys = new Set<string>();
  private readonly numbers = new Set<number>();
  private readonly dates = new Set<string>();

  constructor(fact: Fact) {
    const right = [fact.answer, ...alternativesOf(fact)];
    for (const r of right) this.keys.add(normalizeAnswer(r));
    if (fact.type === "year" || fact.type === "number" || fact.type === "percentage") {
      if (typeof fact.value === "number") this.numbers.add(fact.value);
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

/**
 * Picks `count` wrong options for a fact (fewer only when nothing plausible is left).
 * `sameTypeOnly` skips answers of neighbouring types (a sentence rewritten with them would not read).
 *
 * @example
 * pickDistractors(fact1992, index, createRng(7)).map((d) => d.text); // ["1991", "2013", "1995"]
 */
export function pickDistractors(
  fact: Fact,
  index: FactIndex,
  rng: Rng,
  count = 3,
  options: { sameTypeOnly?: boolean } = {},
): Distractor[] {
  const seen = new Exclusions(fact);
  const out: Distractor[] = [];
  const take = (text: string, grammar?: Grammar, fromFactId?: string): boolean => {
    if (out.length >= count) return true;
    const shown = typesetFrench(text);
    if (seen.admit(shown)) out.push({ text: shown, grammar, fromFactId });
    return out.length >= count;
  };
  const fromFacts = (list: readonly Fact[] | undefined, limit: number, filter: (f: Fact) => boolean): void => {
    if (!list) return;
    let taken = 0;
    for (const other of randomOrder(list, rng)) {
      if (out.length >= count || taken >= limit) return;
      if (other.id === fact.id || !filter(other)) continue;
      const before = out.length;
      take(displayOf(other).answer, other.grammar, other.id);
      if (out.length > before) taken++;
    }
  };

  if (NUMERIC.has(fact.type)) {
    // One other fact's value makes students link values to events; neighbours test precision.
    const plausible = (f: Fact) => plausibleNumeric(fact, f);
    fromFacts(index.byTypeTopic.get(`${fact.type}|${fact.topic}`), 1, plausible);
    if (out.length === 0) fromFacts(index.byType.get(fact.type), 1, plausible);
    for (const text of numericNeighbours(fact, rng)) if (take(text)) break;
    if (out.length < count) fromFacts(index.byType.get(fact.type), count, plausible);
    return out;
  }

  const all = () => true;
  fromFacts(index.byTypeTopic.get(`${fact.type}|${fact.topic}`), count, all);
  fromFacts(index.byType.get(fact.type), count, all);
  for (const entry of randomOrder(DISTRACTOR_BANK[fact.type] ?? [], rng)) if (take(entry.text, entry.grammar)) break;
  if (options.sameTypeOnly) return out;
  for (const type of FALLBACK_TYPES[fact.type] ?? []) {
    if (out.length >= count) break;
    if (type !== fact.type) fromFacts(index.byType.get(type as Fact["type"]), count, all);
  }
  return out;
}
