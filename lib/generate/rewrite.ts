/**
 * Rewrites a fact's statement around its answer: blanks it for cloze questions, or swaps in a
 * wrong value for false true/false statements while keeping the article before it right
 * (la → le, de l’ → du, à l’ → au…).
 */
import type { Grammar } from "@/lib/content/schema";
import { fixContractions, joinWithArticle } from "@/lib/french";

/** The blank shown in cloze questions. */
export const BLANK = "_____";

/**
 * Replaces the first occurrence of `answer` in `statement` with the blank.
 *
 * @example
 * blankAnswer("Membre depuis 1992.", "1992"); // "Membre depuis _____."
 */
export function blankAnswer(statement: string, answer: string): string {
  const at = statement.indexOf(answer);
  if (at < 0) return statement;
  return statement.slice(0, at) + BLANK + statement.slice(at + answer.length);
}

/**
 * Swaps `answer` for `replacement` in `statement`, fixing the article or elision just before it and
 * the capital at the start of the sentence. `undefined` if the answer is not in the statement.
 *
 * @example
 * substituteAnswer("Il siège à l’ONU.", "ONU", "Conseil", { gender: "m", number: "s" }); // "Il siège au Conseil."
 */
export function substituteAnswer(
  statement: string,
  answer: string,
  replacement: string,
  grammar: Grammar | undefined,
): string | undefined {
  const at = statement.indexOf(answer);
  if (at < 0) return undefined;
  const prefix = statement.slice(0, at);
  const suffix = statement.slice(at + answer.length);
  const noun = at === 0 ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
  const joined = joinWithArticle(prefix, noun, grammar);
  // The replacement may bring its own article ("le développement…") after "à" or "de".
  const cut = Math.max(0, joined.length - noun.length - 4);
  return joined.slice(0, cut) + fixContractions(joined.slice(cut)) + suffix;
}
