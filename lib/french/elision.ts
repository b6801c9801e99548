/**
 * Elision and contraction of French articles and short words (le ONU → l’ONU, de le → du).
 * Generated sentences swap one noun phrase for another, so the words around it must follow:
 * these rules are the single place that knows when French drops or merges a vowel.
 */

/** Typographic apostrophe used in every generated string. */
export const APOSTROPHE = "’";

/**
 * Words starting with an h aspiré (or otherwise never elided before): "le haut", "le onze", "le HCR".
 * Kept short on purpose: it only needs to cover words our facts and generators produce.
 */
export const NO_ELISION_WORDS: ReadonlySet<string> = new Set([
  "haut", "haute", "hauts", "hauteur", "hasard", "hache", "haine", "hall", "hameau", "hanche", "handicap",
  "harpe", "hâte", "hausse", "héros", "hibou", "hockey", "homard", "honte", "hors", "huit", "huitième",
  "hongrie", "hollande", "hongkong", "havre", "hamas", "huthis", "hezbollah",
  "onze", "onzième", "oui", "one", "ouistiti", "yaourt", "yoga", "yémen",
]);

const VOWEL = /^[aeiouâàäéèêëîïôöùûüœæ]/i;
const ELIDABLE = new Set(["le", "la", "de", "que", "ne", "je", "me", "te", "se", "jusque", "lorsque", "puisque"]);

/**
 * True when French elides before `word` (starts with a vowel or a mute h, and is no exception).
 * Acronyms starting with H (HCR) and with a consonant letter (PNUD, FMI) take no elision.
 *
 * @example
 * startsWithVowelSound("ONU"); // true
 * startsWithVowelSound("héros"); // false (h aspiré)
 */
export function startsWithVowelSound(word: string): boolean {
  const bare = word.replace(/^[«“"(\s\u00a0\u202f]+/, "");
  const first = bare.split(/[\s\u00a0\u202f,.;:!?’'()»”-]/)[0] ?? "";
  if (first === "") return false;
  if (NO_ELISION_WORDS.has(first.toLowerCase())) return false;
  if (/^h/i.test(first)) return !(first.length > 1 && first === first.toUpperCase()) && /^h[aeiouâàäéèêëîïôöùûüœ]/i.test(first);
  return VOWEL.test(first);
}

/**
 * Joins a short word (le, la, de, que…) and the following text, eliding when French requires it.
 *
 * @example
 * elide("la", "ONU"); // "l’ONU"
 * elide("de", "Astana"); // "d’Astana"
 * elide("que", "il"); // "qu’il"
 * elide("le", "Kazakhstan"); // "le Kazakhstan"
 */
export function elide(word: string, next: string): string {
  const lower = word.toLowerCase();
  if (ELIDABLE.has(lower) && startsWithVowelSound(next)) {
    return `${word.slice(0, -1)}${APOSTROPHE}${next}`;
  }
  return `${word} ${next}`;
}

const CONTRACTIONS: Record<string, string> = { "de le": "du", "de les": "des", "à le": "au", "à les": "aux" };

/**
 * Contracts a preposition and a definite article (de le → du, à les → aux); other pairs stay apart.
 *
 * @example
 * contract("de", "le"); // "du"
 * contract("à", "la"); // "à la"
 */
export function contract(preposition: string, article: string): string {
  const key = `${preposition.toLowerCase()} ${article.toLowerCase()}`;
  const merged = CONTRACTIONS[key];
  if (merged === undefined) return key === `${preposition} ${article}` ? key : `${preposition} ${article}`;
  return preposition[0] === preposition[0].toUpperCase() && preposition[0] !== preposition[0].toLowerCase()
    ? merged[0].toUpperCase() + merged.slice(1)
    : merged;
}
