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
