/**
 * The loose comparison key of a typed answer: what is left once form a teacher ignores is gone.
 * On top of `foldAnswer` (case, accents, apostrophes, leading article), it writes numbers in
 * words and ordinals as digits, drops small function words (« de l’ », « par », « en »), folds
 * plurals and unit spellings (« kms », « pourcents »), and replaces each deck synonym by one
 * canonical token (« AG de l’ONU » and « Assemblée générale des Nations unies » get the same key).
 * A synonym that only repeats what the name before it holds goes (« le PNUD de l’ONU » = « PNUD »).
 * Content words and units stay: « plus » and « moins » differ, « 80 km » is not « 80 % ».
 */
import { wordsToDigits } from "@/lib/french/numberWords";
import { foldAnswer } from "./normalize";

/** Words that carry no content in a short answer. */
const STOPWORDS = new Set([
  "le", "la", "les", "un", "une", "des", "du", "de", "au", "aux", "a", "en", "par", "pour", "sur", "dans",
  "et", "avec", "son", "sa", "ses", "leur", "leurs", "ce", "cette", "ces", "entre",
]);
const ELIDED = /^(?:l|d|qu|j|n|s|c|m|t)'/;

/** Deck synonyms ready to apply: phrases as token lists, mapped to a canonical token. */
export interface SynonymTable {
  /**
   * Applied in order; within a group, longest phrase first. `holds`: the canonical tokens its
   * phrases contain (the PNUD's long form holds the ONU's token).
   */
  groups: { token: string; phrases: string[][]; holds: ReadonlySet<string> }[];
}

export const NO_SYNONYMS: SynonymTable = { groups: [] };

/** Unit words written one way (after plural folding). */
const UNIT_SPELLINGS: Record<string, string> = { kilometre: "km", kms: "km", annee: "an", ans: "an" };
const PER_CENT = /\bpour[ -]?cents?\b/gi;

/** Folded tokens before synonyms: digits for number words, no function words, plurals folded. */
function baseTokens(text: string): string[] {
  // « COP29 » = « COP 29 » = « COP-29 »: letters then digits are two tokens.
  const folded = foldAnswer(text.replace(/ᵉ/g, "e").replace(/ʳ/g, "r").replace(PER_CENT, "%")).replace(/\b(\p{L}+)(\d+)\b/gu, "$1 $2");
  return wordsToDigits(folded)
    .split(" ")
    .map((t) => t.replace(ELIDED, ""))
    .filter((t) => t !== "" && !STOPWORDS.has(t))
    .map((t) => (t.length > 3 && /[sx]$/.test(t) && !/\d/.test(t) ? t.slice(0, -1) : t))
    .map((t) => UNIT_SPELLINGS[t] ?? t);
}

function replacePhrase(tokens: string[], phrase: readonly string[], token: string): string[] {
  if (phrase.length === 0) return tokens;
  const out: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    if (phrase.every((p, k) => tokens[i + k] === p)) {
      out.push(token);
      i += phrase.length;
    } else {
      out.push(tokens[i]);
      i++;
    }
  }
  return out;
}

function applySynonyms(tokens: string[], table: SynonymTable): string[] {
  let out = tokens;
  for (const group of table.groups) for (const phrase of group.phrases) out = replacePhrase(out, phrase, group.token);
  return dropRepeats(out, table);
}

/** Drops a canonical token right after a name that already holds it: « HCR de l’ONU » → « HCR ». */
function dropRepeats(tokens: string[], table: SynonymTable): string[] {
  const holds = new Map(table.groups.map((g) => [g.token, g.holds]));
  return tokens.filter((t, i) => i === 0 || !holds.get(tokens[i - 1])?.has(t));
}

/** How canonical tokens start: a character no typed text holds. */
const CANONICAL = "\u0001syn";

/** A group number written in letters: canonical tokens must hold no digit (digits mean numbers). */
function letters(n: number): string {
  return n < 26 ? String.fromCharCode(97 + n) : letters(Math.floor(n / 26) - 1) + letters(n % 26);
}

/**
 * Builds the synonym table of a deck. Groups whose phrases are shorter apply first, and longer
 * phrases are themselves rewritten with them, so « Programme de l’ONU pour le développement » and
 * « Programme des Nations unies pour le développement » reach the same key.
 *
 * @example
 * const table = buildSynonymTable([["ONU", "Nations unies"], ["AG", "Assemblée générale"]]);
 * looseKey("AG de l’ONU", table) === looseKey("Assemblée générale des Nations unies", table); // true
 */
export function buildSynonymTable(groups: readonly (readonly string[])[]): SynonymTable {
  const longest = (g: readonly string[]) => Math.max(...g.map((p) => baseTokens(p).length));
  const ordered = groups.map((g, i) => ({ g, i })).sort((a, b) => longest(a.g) - longest(b.g) || a.i - b.i);
  const table: SynonymTable = { groups: [] };
  for (const { g, i } of ordered) {
    const phrases = g.map((p) => applySynonyms(baseTokens(p), table)).sort((a, b) => b.length - a.length);
    const holds = new Set(phrases.flat().filter((t) => t.startsWith(CANONICAL)));
    table.groups.push({ token: `${CANONICAL}${letters(i)}`, phrases, holds });
  }
  return table;
}

/**
 * The loose key's tokens.
 *
 * @example
 * looseTokens("en 1997, 1998 et 2000"); // ["1997", "1998", "2000"]
 */
export function looseTokens(text: string, table: SynonymTable = NO_SYNONYMS): string[] {
  return applySynonyms(baseTokens(text), table);
}

/**
 * @example
 * looseKey("par un référendum national"); // "referendum national"
 * looseKey("cinq mille kilomètres"); // "5000 kilometre"
 */
export function looseKey(text: string, table: SynonymTable = NO_SYNONYMS): string {
  return looseTokens(text, table).join(" ");
}
