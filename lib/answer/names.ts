/**
 * A person's name judged as a teacher would: any part of the names the fact writes (« Tokaïev »,
 * « Kassym Tokaïev », « Tokaïev Kassym-Jomart »), initials for names (« K.-J. Tokaïev »), a title
 * or the question's words around it (« le président Tokaïev »), one typo in a long part. Never a
 * part the fact does not name: « Kassym Nazarbaïev » is someone else.
 */
import levenshtein from "damerau-levenshtein";
import type { Verdict } from "./check";
import { foldAnswer } from "./normalize";
import { isWordTypo } from "./typos";

/** Titles a student may put before a name. */
const TITLES = new Set(["president", "presidente", "m", "mr", "monsieur", "mme", "madame", "dr", "docteur", "pr", "professeur"]);

const partsOf = (text: string) => foldAnswer(text).split(/[\s']+/).filter((p) => p !== "");

/** Best fit first: a part typed exactly is not used up as someone's initial. */
const FIT_ORDER = ["exact", "initial", "typo"] as const;

/** One part of the name, with every spelling the fact's forms give it (« tokaiev », « tokayev »). */
type NamePart = string[];

/**
 * The parts of the name, the answer's first: a part of another form joins the part it spells
 * differently (same first letter, a few letters apart), or is a part of its own (initials).
 */
function namePartsOf(forms: readonly string[]): NamePart[] {
  const parts: NamePart[] = [];
  for (const form of forms) {
    const taken = new Set<NamePart>();
    for (const p of partsOf(form)) {
      const same = parts.find((spellings) => !taken.has(spellings) && spellings.some((s) => s === p || (s.length > 1 && p.length > 1 && isSpelling(p, s))));
      const part = same ?? [];
      if (!same) parts.push(part);
      if (!part.includes(p)) part.push(p);
      taken.add(part);
    }
  }
  return parts;
}

/** Two spellings of one name part: the same first letter, at most a third of the letters apart. */
function isSpelling(a: string, b: string): boolean {
  return a[0] === b[0] && levenshtein(a, b).steps <= Math.max(1, Math.floor(Math.min(a.length, b.length) / 3));
}

/** How `typed` fits a name part: exactly, as its initial, with a typo, or not at all. */
function fit(typed: string, part: NamePart): (typeof FIT_ORDER)[number] | undefined {
  if (part.includes(typed)) return "exact";
  if (typed.length === 1) return part.some((s) => s.startsWith(typed)) ? "initial" : undefined;
  return part.some((s) => isWordTypo(typed, s)) ? "typo" : undefined;
}

/**
 * Judges a typed person's name against the forms the fact accepts: each typed part is a part of
 * the name, none used twice, at least one more than an initial.
 *
 * @example
 * checkPersonName("Kassym Tokaïev", ["Kassym-Jomart Tokaïev"], prompt); // "correct"
 * checkPersonName("Kassym Nazarbaïev", ["Kassym-Jomart Tokaïev"], prompt); // "wrong"
 */
export function checkPersonName(input: string, forms: readonly string[], prompt = ""): Verdict {
  const promptParts = new Set(partsOf(prompt));
  const typed = partsOf(input).filter((p) => !TITLES.has(p) && !promptParts.has(p));
  const free = namePartsOf(forms);
  let verdict: Verdict = "correct";
  let named = false;
  for (const t of typed) {
    const fits = free.map((p) => fit(t, p));
    const at = FIT_ORDER.map((kind) => fits.indexOf(kind)).find((i) => i >= 0);
    if (at === undefined) return "wrong";
    if (fits[at] === "typo") verdict = "close";
    if (fits[at] !== "initial" && t.length >= 3) named = true;
    free.splice(at, 1);
  }
  return named ? verdict : "wrong";
}
