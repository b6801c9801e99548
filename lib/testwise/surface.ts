/**
 * What a test-wise student sees in an item without knowing anything: its words. Content words are
 * folded (case, accents, plurals, function words) and cut to a stem, so « juristes » and
 * « juridique » do not meet but « jeunes » and « jeune » do. Numbers are kept whole.
 */
import { looseTokens } from "@/lib/answer/looseKey";
import { normalizeAnswer, numbersIn } from "@/lib/answer/normalize";
import { FRENCH_MONTHS } from "@/lib/french/dates";

const MONTH_WORD = new RegExp(`\\b(?:${FRENCH_MONTHS.join("|")})\\b`, "g");

/** Letters kept of a word: enough to tell words apart, few enough to fold endings (« adopté » / « adoption »). */
const STEM = 6;
/** Words that carry no content for a guesser even after the loose key drops articles. */
const FILLER = new Set(["est", "sont", "qui", "que", "quoi", "quel", "quelle", "quels", "lors", "ont", "ete", "fait", "plu", "pas", "elle"]);

/** Restrictive or absolute wording test-wise students learn to distrust, folded. */
const ABSOLUTE = [
  "toujours", "jamais", "seulement", "uniquement", "exclusivement", "sauf", "aucun", "aucune", "totalement",
  "entierement", "tous les", "toutes les", "a l'exception", "ne .+ que", "n'.+ que",
];
const ABSOLUTE_PATTERN = new RegExp(`(?:^| )(?:${ABSOLUTE.join("|")})(?= |$)`);

/** Whether a text says « seulement », « toujours », « sauf »… */
export function soundsAbsolute(text: string): boolean {
  return ABSOLUTE_PATTERN.test(normalizeAnswer(text));
}

/** Stems of the content words of a text. */
export function stems(text: string): string[] {
  let out = STEMS.get(text);
  if (!out) {
    if (STEMS.size >= STEM_CACHE_LIMIT) STEMS.clear();
    STEMS.set(text, (out = foldStems(text)));
  }
  return out;
}

/** Memo of stems: generation weighs the same options many times. */
const STEMS = new Map<string, string[]>();
const STEM_CACHE_LIMIT = 20_000;

function foldStems(text: string): string[] {
  return looseTokens(text)
    .filter((t) => /\d/.test(t) || (t.length >= 3 && !FILLER.has(t)))
    .map((t) => (/\d/.test(t) ? t : t.slice(0, STEM)));
}

/** The stems as a set. */
export function stemSet(text: string): Set<string> {
  return new Set(stems(text));
}

/** How many elements two sets share. */
export function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/** The form of an option with its numbers blanked and its words dropped: « 5 000 km » → « # km ». */
export function formOf(text: string): string {
  const t = text.toLowerCase().replace(/(\d)[\s\u00a0\u202f](?=\d{3}\b)/g, "$1");
  if (!/\d/.test(t)) return /^[a-zà-ÿ’' -]+$/i.test(t) ? "words" : "mixed";
  return t
    .replace(/\d+(?:[.,]\d+)?/g, "#")
    .replace(MONTH_WORD, "M")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The value a guesser would sort an option by: a date as yyyymmdd (« 2 mars 1992 » → 19920302,
 * « 23 septembre » → 923), else its first number; `undefined` without a number.
 */
export function sortValue(text: string): number | undefined {
  const numbers = numbersIn(text);
  if (numbers.length === 0) return undefined;
  const lower = text.toLowerCase();
  const month = FRENCH_MONTHS.findIndex((m) => lower.includes(m)) + 1;
  if (month === 0) return numbers[0];
  const year = numbers.find((n) => n > 1000) ?? 0;
  const day = numbers.find((n) => n < 32) ?? 0;
  return year * 10000 + month * 100 + day;
}
