/**
 * Definite articles agreeing with a noun phrase: le/la/l’/les, du/de la/de l’/des, au/à la/à l’/aux.
 * True/false questions replace an answer by another fact's answer; the article before it must
 * then follow the new noun's gender and number (`grammar` in the schema).
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

/** An article found at the end of a text, before a noun phrase. */
export interface TrailingArticle {
  family: ArticleFamily;
  /** Index where the article starts in the text. */
  start: number;
  /** Gender/number the article shows, when it shows them (l’ does not tell the gender). */
  grammar?: Grammar;
  /** The article as written, with its space or apostrophe. */
  text: string;
}

const TRAILING = /(?<![\p{L}’'])(de la |de l[’']|à la |à l[’']|le |la |les |l[’']|du |des |au |aux )$/iu;

/**
 * Finds a definite article (possibly fused with de/à) at the very end of `prefix`.
 *
 * @example
 * findTrailingArticle("membre de l’")?.family; // "de"
 */
export function findTrailingArticle(prefix: string): TrailingArticle | undefined {
  const m = TRAILING.exec(prefix);
  if (!m) return undefined;
  const text = m[1];
  const t = text.toLowerCase().replace("'", APOSTROPHE).trimEnd();
  const table: Record<string, [ArticleFamily, Grammar | undefined]> = {
    le: ["le", { gender: "m", number: "s" }],
    la: ["le", { gender: "f", number: "s" }],
    les: ["le", { gender: "m", number: "p" }],
    [`l${APOSTROPHE}`]: ["le", undefined],
    du: ["de", { gender: "m", number: "s" }],
    "de la": ["de", { gender: "f", number: "s" }],
    des: ["de", { gender: "m", number: "p" }],
    [`de l${APOSTROPHE}`]: ["de", undefined],
    au: ["à", { gender: "m", number: "s" }],
    "à la": ["à", { gender: "f", number: "s" }],
    aux: ["à", { gender: "m", number: "p" }],
    [`à l${APOSTROPHE}`]: ["à", undefined],
  };
  const entry = table[t];
  if (!entry) return undefined;
  return { family: entry[0], grammar: entry[1], start: m.index, text };
}

/**
 * Rewrites `prefix + noun` so the article at the end of `prefix` agrees with `noun`.
 * Keeps the capital of a sentence-initial article. Without a trailing article, only elision is fixed.
 *
 * @example
 * joinWithArticle("siège à l’", "Conseil", { gender: "m", number: "s" }); // "siège au Conseil"
 */
export function joinWithArticle(prefix: string, noun: string, grammar: Grammar | undefined): string {
  const found = findTrailingArticle(prefix);
  if (!found) {
    // "de" or "que" right before the noun: elide or un-elide.
    const short = /(?<![\p{L}’'])(de|que|d[’']|qu[’'])(\s?)$/iu.exec(prefix);
    if (short) {
      const base = short[1].toLowerCase().startsWith("q") ? "que" : "de";
      const cased = short[1][0] === short[1][0].toUpperCase() ? base[0].toUpperCase() + base.slice(1) : base;
      const head = prefix.slice(0, short.index);
      return startsWithVowelSound(noun) ? `${head}${cased.slice(0, -1)}${APOSTROPHE}${noun}` : `${head}${cased} ${noun}`;
    }
    return prefix + noun;
  }
  const effective = grammar ?? found.grammar ?? { gender: "m", number: "s" };
  let article = articleFor(found.family, effective, noun);
  if (/^[A-ZÀ-Ý]/.test(found.text)) article = article[0].toUpperCase() + article.slice(1);
  return prefix.slice(0, found.start) + article + noun;
}
