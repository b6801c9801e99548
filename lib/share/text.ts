/**
 * Rules for the free text that travels in links (quiz titles, student names).
 *
 * Such text is data, never markup: it is stored and rendered as text. Here it is only normalised (NFC, so
 * "é" typed either way is the same name and costs 2 bytes, not 3; trimmed) and checked for characters that
 * have no business in a title or a name (control characters, unpaired surrogates, which UTF-8 cannot carry).
 * Bidi controls and zero-width characters are removed: `\u202Egpj.exe Ali` would display reversed, and
 * invisible characters make two names that look the same differ (a zero-width joiner inside an emoji stays).
 * Lengths are counted in Unicode code points, so an emoji counts as one character.
 */

// C0 and C1 control characters (tab and newline included: titles and names are one line).
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

// Bidi embeddings, overrides, isolates and marks; zero-width space, non-joiner, word joiner, invisible operators, BOM.
const INVISIBLE = /[\u061C\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
// A zero-width joiner is kept only between two pictographs (family and profession emoji).
const STRAY_JOINER = /(?<!\p{Extended_Pictographic}\uFE0F?)\u200D|\u200D(?!\p{Extended_Pictographic})/gu;

/**
 * NFC-normalises and trims a title or a name, without bidi controls or zero-width characters; what
 * links carry and what decoders return.
 *
 * @example
 * normalizeLinkText("  Cafe\u0301 ONU "); // "Café ONU"
 * normalizeLinkText("\u202Egpj.exe Ali"); // "gpj.exe Ali"
 */
export function normalizeLinkText(text: string): string {
  // Unpaired surrogates are left for `linkTextProblem` to report (normalize would keep them anyway).
  // Removed before NFC: a mark left next to its letter must compose now, not on a second pass.
  const visible = text.includes("\u200D") ? text.replace(INVISIBLE, "").replace(STRAY_JOINER, "") : text.replace(INVISIBLE, "");
  return visible.normalize("NFC").trim();
}

/**
 * Length in Unicode code points.
 *
 * @example
 * codePointLength("Été 🇰🇿"); // 6
 */
export function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A high surrogate followed by a low one is a single code point.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/**
 * Why a (normalised) title or name cannot go in a link, or `null` when it can.
 *
 * @example
 * linkTextProblem("Léa", { max: 40, min: 1 }); // null
 * linkTextProblem("", { max: 40, min: 1 }); // "must not be empty"
 */
export function linkTextProblem(text: string, limits: { min: number; max: number }): string | null {
  if (LONE_SURROGATE.test(text)) return "contains an unpaired surrogate";
  if (CONTROL.test(text)) return "contains a control character";
  const length = codePointLength(text);
  if (length < limits.min) return limits.min === 1 ? "must not be empty" : `must have at least ${limits.min} characters`;
  if (length > limits.max) return `must have at most ${limits.max} characters (has ${length})`;
  return null;
}
