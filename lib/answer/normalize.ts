/**
 * Normalisation of answers before comparing them: case, accents, apostrophe styles, punctuation,
 * leading articles, spaces inside numbers and optional units. Used by answer checking and by the
 * generator to make sure no two options of a question read the same.
 */

/** Units a student may add or leave out ("80" = "80 %", "5000" = "5 000 km"). */
export const OPTIONAL_UNITS: readonly string[] = ["%", "pour cent", "pourcent", "km", "kilometres", "kilometre"];

const LEADING_ARTICLE = /^(?:(?:le|la|les) +|l'+ *)/;

/**
 * Folds a string to its comparison key, optional units stripped at the end (with the extra `units`,
 * e.g. the fact's unit): « 80 % » and « 80 » get one key, as do « 5 000 km » and « 5000 ».
 *
 * @example
 * normalizeAnswer("l’ONU"); // "onu"
 * normalizeAnswer("5 000 km"); // "5000"
 * normalizeAnswer("Tokaïev"); // "tokaiev"
 */
export function normalizeAnswer(text: string, units: readonly string[] = []): string {
  if (units.length > 0) return fold(text, units);
  let key = cache.get(text);
  if (key === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    key = fold(text, units);
    cache.set(text, key);
  }
  return key;
}

/** Memo of unit-less keys: generation folds the same answers over and over. */
const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

function fold(text: string, units: readonly string[]): string {
  let s = foldAnswer(text);
  const allUnits = [...units.map((u) => normalizeUnit(u)), ...OPTIONAL_UNITS];
  for (const unit of allUnits) {
    if (unit !== "" && s.endsWith(` ${unit}`) && /\d/.test(s)) {
      s = s.slice(0, -unit.length - 1).trimEnd();
      break;
    }
  }
  return s;
}

/**
 * The same fold with every word kept, units included: answer checking compares units
 * (« 80 km » is not « 80 % »), so it starts from this one.
 *
 * @example
 * foldAnswer("L’ONU"); // "onu"
 * foldAnswer("5 000 km"); // "5000 km"
 */
export function foldAnswer(text: string): string {
  let s = text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/[’'ʼ‘`´]/g, "'")
    .replace(/(\d)[.,](\d)/g, "$1\u0000$2")
    .replace(/[^\p{L}\p{N}'%\u0000]+/gu, " ")
    .replace(/(\d) +(?=\d{3}(?!\d))/g, "$1")
    .replace(/\u0000/g, ".")
    .replace(/ *% */g, " % ")
    .replace(/ +/g, " ")
    .trim();
  s = s.replace(LEADING_ARTICLE, "");
  return s.replace(/'/g, "' ").replace(/' +/g, "'").trim();
}

function normalizeUnit(unit: string): string {
  return unit
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}%]+/gu, " ")
    .trim();
}

/**
 * The numbers written in a string, in order ("5 000 km en 2029" → [5000, 2029]).
 *
 * @example
 * numbersIn("80 % en 2023"); // [80, 2023]
 */
export function numbersIn(text: string): number[] {
  const key = normalizeAnswer(text);
  return (key.match(/\d+(?:\.\d+)?/g) ?? []).map(Number);
}
