/**
 * Fractions written by students for a share: « la moitié », « les quatre cinquièmes », « trois
 * quarts », « 4/5 », « 8 sur 10 ». Answer checking turns them into the percentage they name, so that
 * « les quatre cinquièmes » is judged like « 80 % ». Only the fraction is rewritten; the rest stays.
 */

const NUMERATORS: Record<string, number> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
};
/** Denominator words, singular (a plural « s » is allowed after each). */
const DENOMINATORS: Record<string, number> = {
  demi: 2, tiers: 3, quart: 4, cinquieme: 5, sixieme: 6, septieme: 7, huitieme: 8, neuvieme: 9, dixieme: 10, centieme: 100,
};

const NUMERATOR = `(\\d+|${Object.keys(NUMERATORS).join("|")})`;
const DENOMINATOR = `(${Object.keys(DENOMINATORS).join("|")})s?`;
const WORD_FRACTION = new RegExp(`(?<![\\p{L}\\d])${NUMERATOR}[\\s-]+${DENOMINATOR}(?![\\p{L}])`, "gu");
const DIGIT_FRACTION = /(?<![\d/])(\d+)\s*(?:\/|\bsur\b)\s*(\d+)(?![\d/])/gu;
const HALF = /(?<![\p{L}])(?:la\s+)?moitie(?![\p{L}])/gu;

const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** « 80 % », or « 33.3 % » for a share that is not a whole percentage. */
function percent(numerator: number, denominator: number): string | undefined {
  if (denominator === 0 || numerator > denominator) return undefined;
  const value = Math.round((numerator / denominator) * 1000) / 10;
  return `${value} %`;
}

const numeratorOf = (word: string) => (/^\d+$/.test(word) ? Number(word) : NUMERATORS[word]);

/**
 * Rewrites the fractions of a text as percentages; the text comes back folded (lower case, no accents).
 *
 * @example
 * fractionsToPercent("les quatre cinquièmes"); // "les 80 %"
 * fractionsToPercent("la moitié du transit"); // "50 % du transit"
 * fractionsToPercent("4/5"); // "80 %"
 */
export function fractionsToPercent(text: string): string {
  return fold(text)
    .replace(HALF, "50 %")
    .replace(WORD_FRACTION, (all, n: string, d: string) => percent(numeratorOf(n), DENOMINATORS[d]) ?? all)
    .replace(DIGIT_FRACTION, (all, n: string, d: string) => percent(Number(n), Number(d)) ?? all);
}
