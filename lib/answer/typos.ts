// Spelling slips a teacher forgives: how many letters a word may have wrong, and whether a whole
// answer is another answer with a typo. Numbers are never a typo: « 2017 » is not « 2018 ».
import levenshtein from "damerau-levenshtein";

export const hasDigit = (t: string) => /\d/.test(t);

/** Edits allowed in a word of this many letters: none below 5, one from 5, two from 10. */
export function allowedEdits(word: string): number {
  const letters = word.replace(/[^\p{L}]/gu, "").length;
  return letters >= 10 ? 2 : letters >= 5 ? 1 : 0;
}

/** True when `typed` is the word `word` with the typos its length allows, and the same first letter. */
export function isWordTypo(typed: string, word: string): boolean {
  // A different first letter means a different word (Aral/Oral, unicaméral/bicaméral), not a typo.
  return typed[0] === word[0] && levenshtein(typed, word).steps <= allowedEdits(word);
}

/** True when `input` is `key` with one typo (two in a long word); numbers must be identical. */
export function isTypo(input: readonly string[], key: readonly string[]): boolean {
  if (input.filter(hasDigit).join(" ") !== key.filter(hasDigit).join(" ")) return false;
  if (input.length !== key.length) return input.join("") === key.join("");
  let total = 0;
  for (let i = 0; i < key.length; i++) {
    if (input[i] === key[i]) continue;
    if (!isWordTypo(input[i], key[i])) return false;
    total += levenshtein(input[i], key[i]).steps;
  }
  return total > 0 && total <= Math.max(1, allowedEdits(key.join("")));
}
