"use client";
// Reads the article paragraph by paragraph; facts' quotes are highlighted buttons that open the
// fact's card. A link to #p-N (from "Voir dans l'article") scrolls to and highlights that paragraph.
// Highlights are inline spans with the button role, not <button>s: a button is always laid out as an
// inline block, so a highlight could not wrap and its neighbouring commas or periods started lines.
// A sliver where quotes overlap (a lone « . » or « d’ ») stays marked but is not a target of its own.
import { useMemo, useState, type KeyboardEvent } from "react";
import { segmentParagraph } from "@/lib/content/highlight";
import type { ArticleFact, ArticleView } from "./articleView";
import FactPanel from "./FactPanel";

/** Fewer letters than this and a highlighted segment is a sliver, not a tap target. */
const MIN_TARGET_LETTERS = 3;

const isSliver = (text: string) => (text.match(/\p{L}/gu)?.length ?? 0) < MIN_TARGET_LETTERS;

export default function ArticleReader({ deck }: { deck: ArticleView }) {
  const [openFact, setOpenFact] = useState<ArticleFact | null>(null);
  const factsByParagraph = useMemo(() => {
    const map = new Map<number, ArticleFact[]>();
    for (const fact of deck.facts) map.set(fact.source.paragraph, [...(map.get(fact.source.paragraph) ?? []), fact]);
    return map;
  }, [deck.facts]);
  const factsById = useMemo(() => new Map(deck.facts.map((f) => [f.id, f])), [deck.facts]);
  const open = (factId: string) => setOpenFact(factsById.get(factId) ?? null);
  const onKey = (event: KeyboardEvent, factId: string) => {
    if (event.key !== "Enter" && event.key !== " ") return;
    event.preventDefault();
    open(factId);
  };

  return (
    <article className="space-y-4">
      <header>
        <h1 className="text-2xl font-bold">{deck.meta.title}</h1>
        <p className="text-sm text-muted">Les passages surlignés sont des faits à retenir&nbsp;: touche-les pour voir leur fiche.</p>
      </header>
      {deck.article.paragraphs.map((paragraph) => {
        const quotes = (factsByParagraph.get(paragraph.n) ?? []).map((f) => ({ factId: f.id, quote: f.source.quote }));
        return (
          <p
            key={paragraph.n}
            id={`p-${paragraph.n}`}
            className="scroll-mt-16 rounded-lg p-2 leading-relaxed target:bg-warn-bg target:text-warn-ink"
          >
            <span className="mr-2 text-xs font-semibold text-muted" aria-label={`Paragraphe ${paragraph.n}`}>
              §{paragraph.n}
            </span>
            {segmentParagraph(paragraph.text, quotes).map((segment, i) =>
              segment.factIds.length === 0 ? (
                <span key={i}>{segment.text}</span>
              ) : isSliver(segment.text) ? (
                <mark key={i} className="bg-mark text-ink">
                  {segment.text}
                </mark>
              ) : (
                <span
                  key={i}
                  role="button"
                  tabIndex={0}
                  className="cursor-pointer bg-mark py-1 underline decoration-dotted underline-offset-4 [box-decoration-break:clone]"
                  onClick={() => open(segment.factIds[0])}
                  onKeyDown={(event) => onKey(event, segment.factIds[0])}
                  aria-haspopup="dialog"
                >
                  {segment.text}
                </span>
              ),
            )}
          </p>
        );
      })}
      <section aria-labelledby="sources" className="border-t border-line pt-4">
        <h2 id="sources" className="font-semibold">
          Sources
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-muted">
          {deck.meta.sources.map((source) => (
            <li key={source}>{source}</li>
          ))}
        </ul>
      </section>
      {openFact && <FactPanel fact={openFact} onClose={() => setOpenFact(null)} />}
    </article>
  );
}
