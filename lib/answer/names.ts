/**
 * A person's name judged as a teacher would: any part of the names the fact writes (« Tokaïev »,
 * « Kassym Tokaïev », « Tokaïev Kassym-Jomart »), initials for names (« K.-J. Tokaïev »), a title
 * or the question's words around it (« le président Tokaïev »), one typo in a long part. Never a
 * part the fact does not name: « Kassym Nazarbaïev » is someone else.
 */
import type { Verdict } from "./check";
import { foldAnswer } from "./normalize";
import { isWordTypo } from "./typos";

/** Titles a student may put before a name. */
const TITLES = new Set(["president", "presidente", "m", "mr", "monsieur", "mme", "madame", "dr", "docteur", "pr", "professeur"]);

const partsOf = (text: string) => foldAnswer(text).split(/[\s']+/).filter((p) => p !== "");

/** Best fit first: a part typed exactly is not used up as someone's initial. */
const FIT_ORDER = ["exact", "initial", "typo"] as const;

/** How `typed` fits the name part `part`: exactly, as its initial, with a typo, or not at all. */
function fit(typed: string, part: string): (typeof FIT_ORDER)[number] | undefined {
  if (typed === part) return "exact";
  if (typed.length === 1) return part.startsWith(typed) ? "initial" : undefined;
  return isWordTypo(typed, part) ? "typo" : undefined;
}

/** The verdict for `typed` against one written form of the name, each of its parts used once. */
function againstForm(typed: readonly string[], form: readonly string[]): Verdict {
  const free = form.slice();
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

/**
 * Judges a typed person's name against the forms the fact accepts.
 *
 * @example
 * checkPersonName("Kassym Tokaïev", ["Kassym-Jomart Tokaïev"], prompt); // "correct"
 * checkPersonName("Kassym Nazarbaïev", ["Kassym-Jomart Tokaïev"], prompt); // "wrong"
 */
export function checkPersonName(input: string, forms: readonly string[], prompt = ""): Verdict {
  const promptParts = new Set(partsOf(prompt));
  const typed = partsOf(input).filter((p) => !TITLES.has(p) && !promptParts.has(p));
  if (typed.length === 0) return "wrong";
  let best: Verdict = "wrong";
  for (const form of forms) {
    const verdict = againstForm(typed, partsOf(form));
    if (verdict === "correct") return verdict;
    if (verdict === "close") best = verdict;
  }
  return best;
}
