// A deck as its article's page carries it into the HTML: only what the reader and its fact panel
// show, picked on the server (the page's RSC payload holds whatever the client component receives).
import type { Article, DeckMeta, Fact } from "@/lib/content/schema";

/** What the fact panel shows of a fact. */
export type PanelFact = Pick<Fact, "id" | "prompt" | "answer" | "statement" | "explanation" | "explanationSource" | "flagged">;

/** What the reader shows of a fact: its quote and its card (not its distractors, false statements…). */
export type ArticleFact = PanelFact & Pick<Fact, "source">;

/** A deck as its article's page carries it into the HTML: only what the reader shows. */
export interface ArticleView {
  meta: Pick<DeckMeta, "title" | "sources">;
  article: Article;
  facts: ArticleFact[];
}

/** The reader's share of a deck, picked on the server so the page's HTML stays small. */
export function articleView(deck: { meta: DeckMeta; article: Article; facts: readonly Fact[] }): ArticleView {
  return {
    meta: { title: deck.meta.title, sources: deck.meta.sources },
    article: deck.article,
    facts: deck.facts.map(({ id, prompt, answer, statement, explanation, explanationSource, flagged, source }) => ({
      id, prompt, answer, statement, explanation, explanationSource, flagged, source,
    })),
  };
}
