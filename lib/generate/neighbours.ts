/**
 * Plausible wrong values for numeric answers, written like the real answer: 1992 → 1991, 1995;
 * 80 % → 70 %, 90 %; "2 mars 1992" → "14 mars 1992", "2 mars 1993"; "5 000 km" → "4 000 km".
 * A wrong option that looks different from the others gives the answer away.
 */
import type { Fact } from "@/lib/content/schema";
import { type Rng, shuffle } from "@/lib/random/prng";
import { FRENCH_MONTHS, datePrecisionOf, formatFrenchDate, parseIsoDate, type DateParts } from "@/lib/french/dates";
import { NNBSP, formatNumber } from "@/lib/french/numbers";

const NUMBER_TOKEN = /\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g;

function parseToken(token: string): number {
  return Number(token.replace(/[ \u00a0\u202f]/g, "").replace(",", "."));
}

/** Rewrites the number equal to `value` in `answer` as `next`, keeping the answer's separator. */
export function replaceNumber(answer: string, value: number, next: number, isYear: boolean): string {
  const sep = /\d([ \u00a0\u202f])\d{3}/.exec(answer)?.[1] ?? NNBSP;
  const text = isYear ? String(next) : formatNumber(next, sep);
  let done = false;
  const out = answer.replace(NUMBER_TOKEN, (token) => {
    if (done || parseToken(token) !== value) return token;
    done = true;
    return text;
  });
  return done ? out : text;
}

/** Step between plausible neighbours of n: the largest of 10^k, 10^k/2, 10^k/5, 10^k/10 dividing n. */
function stepFor(n: number): number {
  const abs = Math.abs(n);
  if (abs === 0) return 1;
  const mag = 10 ** Math.floor(Math.log10(abs));
  for (const step of [mag, mag / 2, mag / 5, mag / 10]) {
    const q = abs / step;
    if (Math.abs(q - Math.round(q)) < 1e-9) return step;
  }
  return mag / 10;
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/** Candidate years around `year`, nearest first in random order within each ring. */
function yearCandidates(year: number, rng: Rng): number[] {
  const near = shuffle([-1, 1, -2, 2, -3, 3], rng);
  const far = shuffle([-4, 4, -5, 5, -6, 6, -10, 10], rng);
  return [...near.slice(0, 3), ...far, ...near.slice(3)].map((d) => year + d);
}

function numberCandidates(value: number, percentage: boolean, rng: Rng): number[] {
  let step = stepFor(value);
  if (percentage && value <= 100) step = value % 10 === 0 ? 10 : value % 5 === 0 ? 5 : Math.max(1, step);
  const ks = shuffle([-1, 1, -2, 2, -3, 3, 4, -4], rng);
  return ks
    .map((k) => round(value + k * step))
    .filter((n) => n > 0 && (!percentage || value > 100 || n <= 100));
}

function dateCandidates(date: DateParts, rng: Rng): DateParts[] {
  const out: DateParts[] = [];
  for (let i = 0; i < 12; i++) {
    const kind = rng.int(3);
    if (kind === 0) {
      out.push({ ...date, year: date.year + (rng.int(2) === 0 ? -1 : 1) * (1 + rng.int(3)) });
    } else if (kind === 1) {
      const month = ((date.month - 1 + 1 + rng.int(11)) % 12) + 1;
      out.push({ ...date, month, day: Math.min(date.day, 28) });
    } else {
      const day = ((date.day - 1 + 1 + rng.int(27)) % 28) + 1;
      out.push({ ...date, day });
    }
  }
  return out;
}

const DATE_IN_TEXT = new RegExp(
  `(?:1er|\\d{1,2})\\s+(?:${FRENCH_MONTHS.join("|")})(?:\\s+\\d{4})?|(?:${FRENCH_MONTHS.join("|")})\\s+\\d{4}`,
  "i",
);

/**
 * Neighbouring values for a year, date, number or percentage fact, formatted like its answer
 * (more than needed, the caller filters out values that are right).
 *
 * @example
 * numericNeighbours(fact1992, createRng(1)); // ["1991", "1995", "1989", …]
 */
export function numericNeighbours(fact: Fact, rng: Rng): string[] {
  if (fact.type === "date" && typeof fact.value === "string") {
    const precision = datePrecisionOf(fact.answer);
    const base = parseIsoDate(fact.value);
    return dateCandidates(base, rng).map((d) => {
      const text = formatFrenchDate(d, precision);
      return DATE_IN_TEXT.test(fact.answer) ? fact.answer.replace(DATE_IN_TEXT, text) : text;
    });
  }
  if (typeof fact.value !== "number") return [];
  const value = fact.value;
  if (fact.type === "year") {
    return yearCandidates(value, rng).map((y) => {
      // Shift every year of the answer alike ("2017–2018" → "2015–2016").
      const delta = y - value;
      return fact.answer.includes(String(value))
        ? fact.answer.replace(/\b\d{4}\b/g, (t) => String(Number(t) + delta))
        : String(y);
    });
  }
  const candidates = numberCandidates(value, fact.type === "percentage", rng);
  return candidates.map((n) => replaceNumber(fact.answer, value, n, false));
}
