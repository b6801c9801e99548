/**
 * Surface cues for match and order items: words shared by the two sides of a pair, units that go
 * with a description (« longueur » ↔ « km », « part » ↔ « % »), ordinal words (« première »
 * before « deuxième »), future wording (« prévu », « d’ici ») that puts an event last, years written
 * in a label. Each cue scores one arrangement; the guesser keeps the arrangements with the best total.
 */
import { normalizeAnswer, numbersIn } from "@/lib/answer/normalize";
import { shared, stemSet } from "./surface";

/** Description words that call for a unit on the other side. */
const UNIT_HINTS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/longueur|distance|kilom|long |lignes?|voie|reseau/, /\bkm\b|kilom/],
  [/part|pourcentage|proportion|taux|partie|majorite/, /%|pour ?cent/],
  [/session|rang|place|position|classement/, /\d+ ?(?:e|eme|ᵉ|er|re)\b/],
  [/nombre|combien/, /^\D*\d+\D*$/],
  [/duree|ans|annees|decennie/, /\bans?\b|decennie/],
];
const FUTURE = /(?:^| )(?:prevue?s?|futur\w*|d'ici|sera|seront|prochaine?s?|a venir|projet\w*|envisage\w*)(?= |$)/;
const ORDINALS = ["premier", "premiere", "deuxieme", "second", "seconde", "troisieme", "quatrieme", "debut", "fin"];

/** How well description `left` and answer `right` go together on their surface alone. */
export function pairAffinity(left: string, right: string): number {
  const l = normalizeAnswer(left);
  const r = right.toLowerCase();
  let score = 2 * shared(stemSet(left), stemSet(right));
  for (const [hint, unit] of UNIT_HINTS) if (hint.test(` ${l} `) && unit.test(r)) score += 1;
  const years = numbersIn(left).filter((n) => n > 1900 && n < 2100);
  if (years.length > 0 && numbersIn(right).some((n) => years.includes(n))) score += 3;
  return score;
}

/** The rank an ordinal word gives an event (« première » 1, « deuxième » 2, « fin » 9), else undefined. */
function ordinalRank(label: string): number | undefined {
  const words = normalizeAnswer(label).split(" ");
  for (const w of words) {
    const i = ORDINALS.indexOf(w);
    if (i >= 0) return [1, 1, 2, 2, 2, 3, 4, 0, 9][i];
  }
  return undefined;
}

/** Whether a label reads as lying ahead. */
export function soundsFuture(label: string): boolean {
  return FUTURE.test(normalizeAnswer(label));
}

/** The year a label writes, if it writes one. */
function yearIn(label: string): number | undefined {
  return numbersIn(label).find((n) => n > 1900 && n < 2100);
}

/**
 * How plausible it looks that event `a` comes before event `b`: +1 when the surface says so, -1
 * when it says the opposite, 0 when it says nothing.
 */
export function looksEarlier(a: string, b: string): number {
  const ra = ordinalRank(a);
  const rb = ordinalRank(b);
  if (ra !== undefined && rb !== undefined && ra !== rb) return ra < rb ? 1 : -1;
  const fa = soundsFuture(a);
  const fb = soundsFuture(b);
  if (fa !== fb) return fa ? -1 : 1;
  const ya = yearIn(a);
  const yb = yearIn(b);
  if (ya !== undefined && yb !== undefined && ya !== yb) return ya < yb ? 1 : -1;
  return 0;
}
