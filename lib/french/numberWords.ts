/**
 * French numbers written in words, and ordinals, turned into digits so that answer checking compares
 * values, not spellings: « cinq mille » = 5000, « huit » = 8, « quatre-vingtième » = « 80ᵉ » = 80e,
 * « première » = « 1re » = « 1er » = 1e. Works on folded text (lower case, no accents, hyphens as
 * spaces), word by word.
 */

const UNITS: Record<string, number> = {
  zero: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9,
  dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
  vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
};
const MULTIPLIERS: Record<string, number> = { cent: 100, cents: 100, mille: 1000, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9 };

/** Ordinal stems: « cinquième » → cinq, « neuvième » → neuf, « quatrième » → quatre. */
function ordinalBase(word: string): string | undefined {
  if (word === "premier" || word === "premiere" || word === "1er" || word === "1re" || word === "1ere") return "1";
  if (word === "second" || word === "seconde") return "deux";
  const digits = /^(\d+)(?:e|eme|ieme)$/.exec(word);
  if (digits) return digits[1];
  if (!word.endsWith("ieme")) return undefined;
  const stem = word.slice(0, -4);
  if (stem === "cinqu") return "cinq";
  if (stem === "neuv") return "neuf";
  for (const candidate of [stem, `${stem}e`, `${stem}s`]) if (candidate in UNITS || candidate in MULTIPLIERS) return candidate;
  return undefined;
}

const isNumberWord = (w: string) => w in UNITS || w in MULTIPLIERS;

/** The value of a run of number words (« quatre vingt dix » → 90, « cinq mille » → 5000). */
function valueOf(words: readonly string[]): number {
  let total = 0;
  let current = 0;
  for (const w of words) {
    if (w in UNITS) {
      const v = UNITS[w];
      // « quatre vingts » is 4 × 20.
      if ((w === "vingt" || w === "vingts") && current % 100 === 4) current += 76;
      else current += v;
    } else if (w === "cent" || w === "cents") {
      current = (current === 0 ? 1 : current) * 100;
    } else {
      total += (current === 0 ? 1 : current) * MULTIPLIERS[w];
      current = 0;
    }
  }
  return total + current;
}

/**
 * Rewrites number words and ordinals of a folded text as digits; ordinals end with « e ».
 * A lone « un », « une », « million » or « milliard » stays a word (« un référendum »).
 *
 * @example
 * wordsToDigits("cinq mille kilometres"); // "5000 kilometres"
 * wordsToDigits("quatre vingtieme session"); // "80e session"
 * wordsToDigits("1re puissance"); // "1e puissance"
 */
export function wordsToDigits(folded: string): string {
  const words = folded.split(" ");
  const out: string[] = [];
  let i = 0;
  while (i < words.length) {
    const first = ordinalBase(words[i]);
    if (first !== undefined && /^\d+$/.test(first)) {
      out.push(`${first}e`);
      i++;
      continue;
    }
    const run: string[] = [];
    let j = i;
    const joins = (next: string) => isNumberWord(next) || (ordinalBase(next) ?? "1").match(/^\D/) !== null;
    while (j < words.length && (isNumberWord(words[j]) || (words[j] === "et" && run.length > 0 && joins(words[j + 1] ?? "")))) {
      if (words[j] !== "et") run.push(words[j]);
      j++;
    }
    let ordinal = false;
    const last = j < words.length ? ordinalBase(words[j]) : undefined;
    if (last !== undefined && !/^\d+$/.test(last)) {
      run.push(last);
      ordinal = true;
      j++;
    }
    const lone = run.length === 1 && !ordinal && ["un", "une", "million", "millions", "milliard", "milliards"].includes(run[0]);
    if (run.length === 0 || lone) {
      out.push(words[i]);
      i++;
      continue;
    }
    out.push(`${valueOf(run)}${ordinal ? "e" : ""}`);
    i = j;
  }
  return out.join(" ");
}
