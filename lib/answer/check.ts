/**
 * Checks a typed answer against a fact, as a teacher would. Forgiving about form: case, accents,
 * apostrophes, articles and leading prepositions, plurals, numbers in words or digits, ordinals,
 * units left out or abbreviated (« kms », « pourcents »), fractions for a share (« les quatre
 * cinquièmes »), years in two digits (« 2 mars 92 »), date formats, lists in any order, the deck's
 * synonyms and acronyms, any part of a person's names, the key with a true detail from the article,
 * another true fill of a cloze, words echoed from the question, one typo in a long word. Strict
 * about content: another number, unit or qualifier (« moins de 20 » for « plus de 20 »), another
 * date, another name, a detail the article does not give, a partial list, and never a word the
 * question itself shows (« KIBHR » when the question spells out the acronym).
 */
import { alternativesOf } from "@/lib/content/alternatives";
import type { Fact } from "@/lib/content/schema";
import { fractionsToPercent } from "@/lib/french/fractions";
import { parseFrenchDate, parseIsoDate, datePrecisionOf, yearMatches } from "@/lib/french/dates";
import { typesetFrench } from "@/lib/french/typeset";
import { isTrueFill } from "./clozeFill";
import { hasTrueDetail } from "./details";
import { looseTokens, NO_SYNONYMS, type SynonymTable } from "./looseKey";
import { checkPersonName } from "./names";
import { normalizeAnswer } from "./normalize";
import { KNOWN_PROPER_NOUN_KEYS } from "./properNouns";
import { hasDigit, isTypo } from "./typos";
import { trueStatementsOf } from "./statements";

/** Correct, close (one typo or an imprecision: counts as right, with a note) or wrong. */
export type Verdict = "correct" | "close" | "wrong";

/** The outcome of checking one answer. */
export interface CheckResult {
  verdict: Verdict;
  /** The fact's answer, typeset for display. */
  expected: string;
  note?: string;
}

/** Note shown with a `close` verdict for a typo. */
export const CLOSE_NOTE = "Compté juste, mais vérifie l’orthographe.";
/** Note shown when the input is the answer of another fact. */
export const OTHER_ANSWER_NOTE = "C’est la réponse à une autre question.";
/** Note shown when the input only repeats words of the question. */
export const ECHO_NOTE = "Ta réponse reprend seulement des mots de la question.";

/** Note for a number given without the answer's « plus de », « environ »… */
export function imprecisionNote(expected: string): string {
  return `Compté juste, mais la réponse exacte est « ${expected} ».`;
}

/** Extra knowledge for the checker. */
export interface CheckOptions {
  /** Keys (`normalizeAnswer`) of other facts' answers: never called a typo of this one. */
  knownAnswers?: ReadonlySet<string>;
  /** The deck's synonyms (`buildSynonymTable`). */
  synonyms?: SynonymTable;
  /** The question as shown: its words may be echoed in an answer, never be the answer. */
  prompt?: string;
  /** The deck's true statements (its unflagged facts'): a cloze filled into one of them is right. */
  statements?: readonly string[];
  /** The blank in `prompt` when the question is a cloze. */
  blank?: string;
}

/** Words that qualify a number, as loose tokens (plurals folded: « plus » → plu): leaving one out is imprecise, changing it is wrong. */
const QUALIFIERS = new Set(["plu", "moin", "environ", "pre", "presque", "dela", "quelque", "dizaine", "centaine", "millier"]);
/** Units a student may add to a bare number (the fact's own words are allowed too). */
const UNIT_WORDS = new Set(["km", "kilometre", "%", "an", "annee"]);
const LIST_SEPARATOR = /\s*(?:[,;&]|\bet\b|\bainsi que\b)\s*/i;

/** The value of a number token: "5000" → 5000, ordinal "80e" → 80. */
const numberOf = (t: string) => Number(t.replace(/e$/, ""));
const sameNumbers = (a: readonly string[], b: readonly string[]) => {
  const x = a.map(numberOf).sort((m, n) => m - n);
  const y = b.map(numberOf).sort((m, n) => m - n);
  return x.length === y.length && x.every((v, i) => v === y[i]);
};

/** The answer's forms as token lists, once as written and once without the question's own words. */
function variants(tokens: string[], promptWords: ReadonlySet<string>): string[][] {
  const reduced = tokens.filter((t) => !promptWords.has(t));
  return reduced.length > 0 && reduced.length < tokens.length ? [tokens, reduced] : [tokens];
}

/** The years a year or list fact names: « 92 » is read as one of them. */
function yearsOf(fact: Fact, written: readonly string[]): number[] {
  if (fact.type !== "year" && fact.type !== "list") return [];
  return written.flatMap((w) => (w.match(/\b(?:19|20)\d\d\b/g) ?? []).map(Number));
}

/** Two-digit tokens written as the year they name: « 97 » → « 1997 » when 1997 is one of `years`. */
function expandYears(tokens: string[], years: readonly number[]): string[] {
  if (years.length === 0) return tokens;
  return tokens.map((t) => {
    const year = /^\d\d$/.test(t) ? years.find((y) => yearMatches(Number(t), y)) : undefined;
    return year === undefined ? t : String(year);
  });
}

function checkDate(input: string, fact: Fact): boolean | undefined {
  const typed = parseFrenchDate(input.trim().replace(/^(?:le|en|depuis le|depuis)\s+/i, ""));
  if (!typed || typeof fact.value !== "string") return undefined;
  const precision = datePrecisionOf(fact.answer);
  const targets = [parseIsoDate(fact.value)];
  for (const alt of alternativesOf(fact)) {
    const p = parseFrenchDate(alt);
    if (p?.year !== undefined && p.month !== undefined) targets.push({ year: p.year, month: p.month, day: p.day ?? 1 });
  }
  return targets.some((t) => {
    if (typed.month !== t.month) return false;
    if (precision !== "day-month" && (typed.year === undefined || !yearMatches(typed.year, t.year))) return false;
    if (precision === "day-month" && typed.year !== undefined && !yearMatches(typed.year, t.year)) return false;
    if (precision !== "month" && typed.day !== t.day) return false;
    if (precision === "month" && typed.day !== undefined && typed.day !== t.day) return false;
    return true;
  });
}

/**
 * Numbers: the same values, and no word that the answer, the question or (for a bare number) a
 * unit does not have: « 5000 miles », « moins de 20 » and « 80 décennies » are wrong. The question's
 * words may be echoed, except a unit another accepted form uses (« décennies » against « 80 ans »).
 * A qualifier left out (« 20 » for « plus de 20 ») is imprecise.
 */
function checkNumbers(input: readonly string[], answers: readonly string[][], promptWords: ReadonlySet<string>, fact: Fact): Verdict {
  const inputNumbers = input.filter(hasDigit);
  const inputWords = input.filter((t) => !hasDigit(t));
  const everyAnswerWord = new Set(answers.flat().filter((t) => !hasDigit(t)));
  let best: Verdict = "wrong";
  for (const answer of answers) {
    const answerNumbers = answer.filter(hasDigit);
    // « 2017 » for « 2017–2018 »: the fact's own value alone names the same thing.
    const single =
      typeof fact.value === "number" && inputNumbers.length === 1 && numberOf(inputNumbers[0]) === fact.value &&
      answerNumbers.some((n) => numberOf(n) === fact.value);
    if (!sameNumbers(inputNumbers, answerNumbers) && !single) continue;
    const answerWords = new Set(answer.filter((t) => !hasDigit(t)));
    // A unit may be added to a bare number only when no accepted form names a unit (« 8 » and « 8 décennies »: not « 8 ans »).
    const bare = [...everyAnswerWord].every((w) => QUALIFIERS.has(w));
    const allowed = (w: string) =>
      answerWords.has(w) || (promptWords.has(w) && !everyAnswerWord.has(w)) || (bare && UNIT_WORDS.has(w));
    if (!inputWords.every(allowed)) continue;
    const missing = [...answerWords].some((w) => QUALIFIERS.has(w) && !inputWords.includes(w));
    if (!missing) return "correct";
    best = "close";
  }
  return best;
}

/** Lists: the same items in any order, separated by commas or « et »; one typo per item at most. */
function checkList(input: string, written: readonly string[], tokenize: (text: string) => string[]): Verdict {
  const items = (text: string) => {
    const parts = text.split(LIST_SEPARATOR).map(tokenize).filter((p) => p.length > 0);
    // « 1997 1998 2000 »: numbers separated by spaces only.
    return parts.length === 1 && parts[0].length > 1 && parts[0].every(hasDigit) ? parts[0].map((t) => [t]) : parts;
  };
  const given = items(input);
  let best: Verdict = "wrong";
  for (const w of written) {
    const expected = items(w);
    if (expected.length !== given.length || expected.length < 2) continue;
    const left = expected.slice();
    let verdict: Verdict = "correct";
    for (const item of given) {
      let at = left.findIndex((e) => e.join(" ") === item.join(" "));
      if (at < 0) {
        at = left.findIndex((e) => isTypo(item, e));
        verdict = "close";
      }
      if (at < 0) {
        verdict = "wrong";
        break;
      }
      left.splice(at, 1);
    }
    if (verdict === "correct") return verdict;
    if (verdict === "close") best = "close";
  }
  return best;
}

/** True when the student's words fill the cloze's blank into another true statement of the deck. */
function isClozeFill(fill: string[], fact: Fact, options: CheckOptions, table: SynonymTable): boolean {
  const prompt = options.prompt ?? "";
  const at = options.blank ? prompt.indexOf(options.blank) : -1;
  if (at < 0 || !options.statements) return false;
  const before = looseTokens(prompt.slice(0, at), table);
  const after = looseTokens(prompt.slice(at + options.blank!.length), table);
  const others = options.statements.filter((s) => s !== fact.statement).map((s) => looseTokens(s, table));
  return isTrueFill(fill, before, after, others);
}

/**
 * Checks what a student typed against a fact.
 *
 * @example
 * checkAnswer("cinq mille", fact5000km); // { verdict: "correct", expected: "5 000 km" }
 * checkAnswer("Tokaiëv", factTokaiev); // correct (accents ignored)
 * checkAnswer("Tokaïevv", factTokaiev); // { verdict: "close", note: CLOSE_NOTE, … }
 * checkAnswer("moins de 20", factPlusDe20); // wrong
 */
export function checkAnswer(input: string, fact: Fact, options: CheckOptions = {}): CheckResult {
  const expected = typesetFrench(fact.answer);
  const wrong: CheckResult = { verdict: "wrong", expected };
  const correct: CheckResult = { verdict: "correct", expected };
  const table = options.synonyms ?? NO_SYNONYMS;
  const written = [fact.answer, ...alternativesOf(fact)];
  const years = yearsOf(fact, written);
  const tokenize = (text: string) => expandYears(looseTokens(text, table), years);
  // « les quatre cinquièmes » is 80 %: only where the answer is a share.
  const text = fact.type === "percentage" ? fractionsToPercent(input) : input;
  const tokens = tokenize(text);
  if (tokens.length === 0) return wrong;
  const promptWords = new Set(looseTokens(options.prompt ?? "", table));
  if (tokens.every((t) => promptWords.has(t))) return { ...wrong, note: ECHO_NOTE };

  const answers = written.flatMap((w) => variants(looseTokens(w, table), promptWords));
  const inputs = variants(tokens, promptWords);
  const keys = new Set(answers.map((a) => a.join(" ")));
  if (inputs.some((i) => keys.has(i.join(" ")))) return correct;

  if (fact.type === "person") {
    const verdict = checkPersonName(input, written, options.prompt);
    if (verdict !== "wrong") return verdict === "close" ? { verdict, expected, note: CLOSE_NOTE } : correct;
  }
  if (fact.type !== "list") {
    if (options.blank !== undefined && isClozeFill(tokens, fact, options, table)) return correct;
    const sources = [fact.statement, fact.source.quote].map((s) => looseTokens(s, table));
    if (hasTrueDetail(inputs, answers, sources)) return correct;
  }
  if (fact.type === "list") {
    const verdict = checkList(text, written, tokenize);
    if (verdict !== "wrong") return verdict === "close" ? { verdict, expected, note: CLOSE_NOTE } : correct;
  }
  if (fact.type === "date") {
    const date = checkDate(text, fact);
    if (date !== undefined) return date ? correct : wrong;
  }
  if (fact.type !== "list" && (tokens.some(hasDigit) || answers.some((a) => a.some(hasDigit)))) {
    const verdict = checkNumbers(tokens, answers, promptWords, fact);
    if (verdict === "close") return { verdict, expected, note: imprecisionNote(expected) };
    return verdict === "correct" ? correct : wrong;
  }
  const key = normalizeAnswer(input);
  if (options.knownAnswers?.has(key)) return { ...wrong, note: OTHER_ANSWER_NOTE };
  if (KNOWN_PROPER_NOUN_KEYS.has(key)) return wrong;
  // Typos are looked for with and without synonyms (« intelligence artificiel » is one letter from « IA »'s long form).
  const plainAnswers = written.flatMap((w) => variants(looseTokens(w), promptWords));
  const plainInputs = variants(looseTokens(input), promptWords);
  const typo = (ins: string[][], ans: string[][]) => ins.some((i) => ans.some((a) => isTypo(i, a)));
  if (typo(inputs, answers) || typo(plainInputs, plainAnswers)) return { verdict: "close", expected, note: CLOSE_NOTE };
  return wrong;
}

/**
 * Builds a checker for one deck: it knows every fact's answers, so typing another fact's answer
 * (Almaty for Astana) is never forgiven as a typo, and it applies the deck's synonyms.
 *
 * @example
 * const check = createAnswerChecker(deck.facts, buildSynonymTable(deck.meta.synonyms ?? []));
 * check("Almaty", astanaFact, "Où se tiendra le sommet ?").verdict; // "wrong"
 */
export function createAnswerChecker(
  facts: readonly Fact[],
  synonyms: SynonymTable = NO_SYNONYMS,
): (input: string, fact: Fact, prompt?: string) => CheckResult {
  const owners = new Map<string, Set<string>>();
  for (const f of facts) {
    for (const w of [f.answer, ...alternativesOf(f)]) {
      const key = normalizeAnswer(w);
      const set = owners.get(key) ?? new Set<string>();
      set.add(f.id);
      owners.set(key, set);
    }
  }
  const statements = trueStatementsOf(facts);
  return (input, fact, prompt) => {
    const key = normalizeAnswer(input);
    const owner = owners.get(key);
    const knownAnswers = owner && !owner.has(fact.id) ? new Set([key]) : new Set<string>();
    return checkAnswer(input, fact, { knownAnswers, synonyms, prompt, statements });
  };
}
