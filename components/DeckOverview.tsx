// A deck on the home page: its title, its themes with their number of facts — each opens practice on
// that theme, so it counts the facts practice asks about — why there are more cards than facts, and a
// link to the article.
import Link from "next/link";
import type { Deck } from "@/lib/content/schema";
import { generateFlashcards } from "@/lib/generate/flashcards";
import { deckCounts } from "@/lib/study/deckCounts";

export default function DeckOverview({ deck }: { deck: Deck }) {
  const counts = deckCounts(deck.facts, generateFlashcards(deck.facts, deck.article).length);
  const countByTopic = counts.byTopic;
  return (
    <section aria-labelledby={`deck-${deck.meta.id}`} className="rounded-2xl border border-line bg-surface p-4">
      <h2 id={`deck-${deck.meta.id}`} className="text-xl font-semibold">
        {deck.meta.title}
      </h2>
      <p className="text-sm text-muted" data-testid="deck-facts">
        {counts.facts} faits · {deck.meta.topics.length} thèmes
      </p>
      <p className="text-sm text-muted" data-testid="deck-cards">
        {counts.cards} cartes à réviser : une par fait, et une seconde dans l’autre sens (réponse → question) pour {counts.reverseCards} faits
        {counts.flaggedFacts > 0 && `, plus ${counts.flaggedFacts} faits douteux en carte seulement, sans questions`}.
      </p>
      <h3 className="mt-3 font-medium">Thèmes</h3>
      <p className="text-sm text-muted">Touche un thème pour t’entraîner dessus.</p>
      <ul className="mt-1 divide-y divide-line" data-testid="topics">
        {deck.meta.topics.map((topic) => (
          <li key={topic.id}>
            <Link
              prefetch={false}
              href={`/entrainement/?themes=${topic.id}`}
              className="flex min-h-11 items-center justify-between gap-3 py-2 hover:text-brand"
            >
              <span>{topic.label}</span>
              <span className="flex items-center gap-1 text-muted">
                {countByTopic.get(topic.id) ?? 0}
                <span className="sr-only"> faits, s’entraîner</span>
                <span aria-hidden="true">›</span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
      <Link prefetch={false} href={`/article/${deck.meta.id}/`} className="mt-3 inline-flex min-h-11 items-center font-medium text-brand underline underline-offset-4">
        Lire l’article
      </Link>
    </section>
  );
}
