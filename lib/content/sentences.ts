/**
 * Sentences of an article paragraph: facts quoted from one sentence often answer each other
 * (« membre depuis le 2 mars 1992 et a siégé au Conseil de sécurité… »), so the generator keeps
 * them apart. A sentence ends at . ! ? or … followed by a space and a capital or an opening « .
 */

const SENTENCE_END = /[.!?…](?:\s*»)?\s+(?=[«"A-ZÀ-ÖØ-Þ])/g;

/**
 * The 0-based sentence of `text` that holds character `offset`.
 *
 * @example
 * sentenceAt("Un. Deux. Trois.", 5); // 1
 */
export function sentenceAt(text: string, offset: number): number {
  let sentence = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    if (m.index! + m[0].length > offset) break;
    sentence++;
  }
  return sentence;
}

/**
 * The whole sentence (or sentences) of `text` that the span from `start` to `end` lies in: what a
 * student reads as « the article's sentence » in a correction or an answer key.
 *
 * @example
 * sentencesAround("Un. Deux trois. Quatre.", 4, 8); // "Deux trois."
 */
export function sentencesAround(text: string, start: number, end: number): string {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(SENTENCE_END)) {
    const boundary = m.index! + m[0].length;
    if (boundary <= start) from = boundary;
    else if (m.index! + 1 >= end) {
      to = m.index! + m[0].trimEnd().length;
      break;
    }
  }
  return text.slice(from, to).trim();
}
