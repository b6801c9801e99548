"use client";
// Reads the article paragraph by paragraph; facts' quotes are highlighted buttons that open the
// fact's card. A link to #p-N (from "Voir dans l'article") scrolls to and highlights that paragraph.
import { useMemo, useState } from "react";
import type { Deck, Fact } from "@/lib/content/schema";
import { segmentParagraph } from "@/lib/content/highlight";
import FactPanel from "./FactPanel";

export default function ArticleReader({ deck }: { deck: Deck }) {
  const [openFact, setOpenFact] = useState<Fact | null>(null);
  const factsByParagraph = useMemo(() => {
    const map = new Map<number, Fact[]>();
    for (const fact of deck.facts) map.set(fact.source.paragraph, [...(map.get(fact.source.paragraph) ?? []), fact]);
    return map;
  }, [deck.facts]);
  const factsById = useMemo(() => new Map(deck.facts.map((f) => [f.id, f])), [deck.facts]);

  return (
    <article className="space-y-4">
      <header>
        <h1 className="text-2xl font-bold">{deck.meta.title}</h1>
        <p className="text-sm text-muted">Les passages surlignés sont des faits à retenir : touche-les pour voir leur fiche.</p>
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
              ) : (
                <button
                  key={i}
                  type="button"
                  className="inline rounded bg-mark px-0.5 text-left underline decoration-dotted underline-offset-4"
                  onClick={() => setOpenFact(factsById.get(segment.factIds[0]) ?? null)}
                  aria-haspopup="dialog"
                >
                  {segment.text}
                </button>
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
