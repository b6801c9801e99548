/**
 * Where the answers of a question stand in the article, for a printed answer key: the paragraph and
 * the article's sentence of each fact involved (one for a single-fact question, the group for match
 * and order), so the teacher can point the class to the text while correcting.
 */
import type { Fact } from "@/lib/content/schema";
import type { Question } from "@/lib/generate/types";
import { questionFactIds } from "./verdicts";

/** One place of the article: its paragraph and sentence (`null` when the fact is not in the catalog). */
export interface QuestionSource {
  paragraph: number;
  sentence: string | null;
}

/**
 * The article's sentences behind a question, each once, in article order (paragraph, then first use).
 * A fact whose sentence was not set by validation falls back to its quote.
 *
 * @example
 * questionSources(mcq, catalog.factsById);
 * // [{ paragraph: 3, sentence: "Le Kazakhstan devient membre de l’ONU le 2 mars 1992." }]
 */
export function questionSources(question: Question, factsById: ReadonlyMap<string, Fact>): QuestionSource[] {
  const sources: QuestionSource[] = [];
  const seen = new Set<string>();
  for (const factId of questionFactIds(question)) {
    const fact = factsById.get(factId);
    const source = fact
      ? { paragraph: fact.source.paragraph, sentence: fact.source.sentenceText ?? fact.source.quote }
      : { paragraph: question.paragraph, sentence: null };
    const key = `${source.paragraph}\n${source.sentence ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    sources.push(source);
  }
  // A stable sort: sentences of one paragraph keep the order the question uses them in.
  return sources.sort((a, b) => a.paragraph - b.paragraph);
}
