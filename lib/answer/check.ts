/**
 * Checks a typed answer against a fact. Forgiving about form (case, accents, apostrophes,
 * articles, number spacing, units, date formats) and about one typo in a long word, but strict
 * about content: another number, another date or another name is wrong, even when it is close.
 */
import levenshtein from "damerau-levenshtein";
import { alternativesOf } from "@/lib/content/alternatives";
import type { Fact } from "@/lib/content/schema";
import { parseFrenchDate, parseIsoDate, datePrecisionOf, typesetFrench } from "@/lib/french";
import { normalizeAnswer, numbersIn } from "./normalize";
import { KNOWN_PROPER_NOUN_KEYS } from "./properNouns";

/** Correct, close (one typo: counts as right, with a note) or wrong. */
export type Verdict = "correct" | "close" | "wrong";

/** The outcome of checking one answer. */
export interface CheckResult {
  verdict: Verdict;
  /** The fact's answer, typeset for display. */
  expected: string;
  note?: string;
}

/** Note shown with a `close` verdict. */
export const CLOSE_NOTE = "Presque : vérifie l'orthographe";
/** Note shown when the input is the answer of another fact. */
export const OTHER_ANSWER_NOTE = "C’est la réponse à une autre question.";

/** Extra knowledge for the checker: answers of the other facts, never called a typo of this one. */
export interface CheckOptions {
  knownAnswers?: ReadonlySet<string>;
}

const NUMERIC_TYPES = new Set(["year", "number", "percentage"]);

interface Prepared {
  keys: string[];
  /** Normalised words that are capitalised proper nouns in the written answers. */
  properNouns: Set<string>;
  numbers: number[];
}

const prepared = new WeakMap<Fact, Prepared>();

function prepare(fact: Fact): Prepared {
  const cached = prepared.get(fact);
  if (cached) return cached;
  const written = [fact.answer, ...alternativesOf(fact)];
  const units = fact.unit ? [fact.unit] : [];
  const keys = [...new Set(written.map((w) => normalizeAnswer(w, units)).filter((k) => k !== ""))];
  const properNouns = new Set<string>();
  for (const w of written) {
    for (const word of w.split(/[\s’'ʼ-]+/)) {
      if (/^\p{Lu}/u.test(word)) properNouns.add(normalizeAnswer(word));
    }
  }
  const numbers: number[] = [];
  if (typeof fact.value === "number") numbers.push(fact.value);
  for (const w of written) numbers.push(...numbersIn(w));
  const result = { keys, properNouns, numbers };
  prepared.set(fact, result);
  return result;
}

/** Edits allowed in a word of this many letters: none below 5, one from 5, two from 10. */
function allowedEdits(word: string): number {
  const letters = word.replace(/[^\p{L}]/gu, "").length;
  return letters >= 10 ? 2 : letters >= 5 ? 1 : 0;
}

function compactDigits(key: string): string {
  return key.replace(/(?<=\p{L}) (?=\d)|(?<=\d) (?=\p{L})/gu, "");
}

function distance(a: string, b: string): number {
  return levenshtein(a, b).steps;
}

/** True when `input` is `key` with one typo as defined above (numbers must be identical). */
function isTypo(input: string, key: string, properNouns: Set<string>): boolean {
  if ((input.match(/\d+/g) ?? []).join(" ") !== (key.match(/\d+/g) ?? []).join(" ")) return false;
  const a = input.split(" ");
  const b = key.split(" ");
  if (a.length !== b.length) {
    return a.join("") === b.join("");
  }
  let total = 0;
  for (let i = 0; i < b.length; i++) {
    if (a[i] === b[i]) continue;
    const d = distance(a[i], b[i]);
    if (d > allowedEdits(b[i])) return false;
    // A different first letter in a name usually means a different name (Aral/Oral).
    if (properNouns.has(b[i]) && a[i][0] !== b[i][0]) return false;
    total += d;
  }
  return total > 0 && total <= Math.max(1, allowedEdits(key.replace(/ /g, "")));
}

function checkDate(input: string, fact: Fact): boolean | undefined {
  const typed = parseFrenchDate(input.trim());
  if (!typed || typeof fact.value !== "string") return undefined;
  const precision = datePrecisionOf(fact.answer);
  const targets = [parseIsoDate(fact.value)];
  for (const alt of alternativesOf(fact)) {
    const p = parseFrenchDate(alt);
    if (p?.year !== undefined && p.month !== undefined) targets.push({ year: p.year, month: p.month, day: p.day ?? 1 });
  }
  return targets.some((t) => {
    if (typed.month !== t.month) return false;
    if (precision !== "day-month" && typed.year !== t.year) return false;
    if (precision === "day-month" && typed.year !== undefined && typed.year !== t.year) return false;
    if (precision !== "month" && typed.day !== t.day) return false;
    if (precision === "month" && typed.day !== undefined && typed.day !== t.day) return false;
    return true;
  });
}

/**
 * Checks what a student typed against a fact.
 *
 * @example
 * checkAnswer("5000", fact5000km); // { verdict: "correct", expected: "5 000 km" }
 * checkAnswer("Tokaiëv", factTokaiev); // correct (accents ignored)
 * checkAnswer("Tokaïevv", factTokaiev); // { verdict: "close", note: "Presque : vérifie l'orthographe", … }
 * checkAnswer("1998", fact1997); // wrong
 */
export function checkAnswer(input: string, fact: Fact, options: CheckOptions = {}): CheckResult {
  const expected = typesetFrench(fact.answer);
  const wrong: CheckResult = { verdict: "wrong", expected };
  const units = fact.unit ? [fact.unit] : [];
  const key = normalizeAnswer(input, units);
  if (key === "") return wrong;
  const facts = prepare(fact);
  if (facts.keys.includes(key)) return { verdict: "correct", expected };
  // "COP 29" = "COP29": a space between letters and digits is form, not spelling.
  const compact = compactDigits(key);
  if (facts.keys.some((k) => compactDigits(k) === compact)) return { verdict: "correct", expected };

  if (fact.type === "date") {
    const date = checkDate(input, fact);
    if (date !== undefined) return date ? { verdict: "correct", expected } : wrong;
  }
  if (NUMERIC_TYPES.has(fact.type)) {
    const typed = numbersIn(input);
    if (typed.length === 1 && facts.numbers.includes(typed[0])) return { verdict: "correct", expected };
    return wrong;
  }
  if (options.knownAnswers?.has(key)) return { ...wrong, note: OTHER_ANSWER_NOTE };
  if (KNOWN_PROPER_NOUN_KEYS.has(key)) return wrong;
  if (facts.keys.some((k) => isTypo(key, k, facts.properNouns))) {
    return { verdict: "close", expected, note: CLOSE_NOTE };
  }
  return wrong;
}

/**
 * Builds a checker for one deck: it knows every fact's answers, so typing another fact's answer
 * (Almaty for Astana) is never forgiven as a typo.
 *
 * @example
 * const check = createAnswerChecker(deck.facts);
 * check("Almaty", astanaFact).verdict; // "wrong"
 */
export function createAnswerChecker(facts: readonly Fact[]): (input: string, fact: Fact) => CheckResult {
  const answersByKey = new Map<string, Set<string>>();
  for (const f of facts) {
    for (const key of prepare(f).keys) {
      const owners = answersByKey.get(key) ?? new Set<string>();
      owners.add(f.id);
      answersByKey.set(key, owners);
    }
  }
  return (input, fact) => {
    const own = new Set(prepare(fact).keys);
    const knownAnswers = new Set<string>();
    const key = normalizeAnswer(input, fact.unit ? [fact.unit] : []);
    if (answersByKey.has(key) && !own.has(key)) knownAnswers.add(key);
    return checkAnswer(input, fact, { knownAnswers });
  };
}
