/**
 * French number typography: thin no-break space (U+202F) between thousands, no-break space
 * (U+00A0) before %, decimal comma. Distractors must look exactly like the real answer,
 * or students pick the odd-looking option.
 */

/** Narrow no-break space, the French thousands separator. */
export const NNBSP = "\u202f";
/** No-break space, before % and units. */
export const NBSP = "\u00a0";

/**
 * Formats a number the French way; years should not go through this (they stay "1992").
 *
 * @example
 * formatNumber(5000); // "5 000" (with U+202F)
 * formatNumber(2.5); // "2,5"
 */
export function formatNumber(value: number, separator: string = NNBSP): string {
  const negative = value < 0;
  const [int, dec] = Math.abs(value).toString().split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  return `${negative ? "-" : ""}${grouped}${dec ? `,${dec}` : ""}`;
}

/**
 * Formats a percentage with the no-break space French requires before %.
 *
 * @example
 * formatPercent(80); // "80 %" (with U+00A0)
 */
export function formatPercent(value: number): string {
  return `${formatNumber(value)}${NBSP}%`;
}

/**
 * Reads a French-formatted number ("5 000", "5 000", "2,5", "80 %"); `undefined` if none.
 *
 * @example
 * parseFrenchNumber("5 000 km"); // 5000
 */
export function parseFrenchNumber(text: string): number | undefined {
  const m = /-?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|-?\d+(?:[.,]\d+)?/.exec(text);
  if (!m) return undefined;
  return Number(m[0].replace(/[ \u00a0\u202f]/g, "").replace(",", "."));
}
