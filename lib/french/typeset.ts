/**
 * French typography for displayed strings: no-break space before %, : ; ? ! and inside « »,
 * thin no-break space between thousands, curly apostrophe, single spaces. The article and facts are
 * typed with plain spaces; everything a student sees goes through `typesetFrench` first.
 */
import { NBSP, NNBSP } from "./numbers";

/**
 * Applies French typographic spacing without changing the words.
 *
 * @example
 * typesetFrench("80 % du transit, soit 5 000 km ?"); // "80 % du transit, soit 5 000 km ?" (no-break spaces)
 */
export function typesetFrench(text: string): string {
  let out = cache.get(text);
  if (out === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    out = typeset(text);
    cache.set(text, out);
  }
  return out;
}

/** Memo: the same answers and statements are typeset many times per deck. */
const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

function typeset(text: string): string {
  return text
    .replace(/[ \u00a0\u202f]{2,}/g, " ")
    .replace(/(?<=\p{L})'(?=\p{L})/gu, "’")
    .replace(/(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)/g, (n) => n.replace(/[ \u00a0]/g, NNBSP))
    .replace(/(\d)[ \u202f]?%/g, `$1${NBSP}%`)
    .replace(/ +([,.])/g, "$1")
    .replace(/[ \u00a0\u202f]?([?!;])/g, (m, p: string, offset: number) => (offset === 0 ? m : `${NNBSP}${p}`))
    .replace(/(\S) :(?=\s|$)/g, `$1${NBSP}:`)
    .replace(/« /g, `«${NBSP}`)
    .replace(/ »/g, `${NBSP}»`)
    .trim();
}
