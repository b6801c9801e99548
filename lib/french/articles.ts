/**
 * Definite articles agreeing with a noun phrase: le/la/l’/les, du/de la/de l’/des, au/à la/à l’/aux,
 * from the noun's gender and number (`grammar` in the schema); synthetic test facts are written with it.
 */
import type { Grammar } from "@/lib/content/schema";
import { APOSTROPHE, startsWithVowelSound } from "./elision";

/** Which preposition, if any, is fused with the article. */
export type ArticleFamily = "le" | "de" | "à";

/**
 * The article of `family` for a noun with `grammar`, already elided/contracted, ending with a
 * space or an apostrophe so it can be glued to the noun.
 *
 * @example
 * articleFor("de", { gender: "f", number: "s" }, "ONU"); // "de l’"
 * articleFor("à", { gender: "m", number: "p" }, "États"); // "aux "
 */
export function articleFor(family: ArticleFamily, grammar: Grammar, noun: string): string {
  const vowel = startsWithVowelSound(noun);
  if (grammar.number === "p") return { le: "les ", de: "des ", à: "aux " }[family];
  if (vowel) return { le: `l${APOSTROPHE}`, de: `de l${APOSTROPHE}`, à: `à l${APOSTROPHE}` }[family];
  if (grammar.gender === "m") return { le: "le ", de: "du ", à: "au " }[family];
  return { le: "la ", de: "de la ", à: "à la " }[family];
}
