// A deck on the home page: its title, its topics with their number of facts, a link to the article.
import Link from "next/link";
import type { Deck } from "@/lib/content/schema";

export default function DeckOverview({ deck }: { deck: Deck }) {
  const countByTopic = new Map<string, number>();
  for (const fact of deck.facts) countByTopic.set(fact.topic, (countByTopic.get(fact.topic) ?? 0) + 1);
  return (
    <section aria-labelledby={`deck-${deck.meta.id}`} className="rounded-2xl border border-line bg-surface p-4">
      <h2 id={`deck-${deck.meta.id}`} className="text-xl font-semibold">
        {deck.meta.title}
      </h2>
      <p className="text-sm text-muted">
        {deck.facts.length} faits · {deck.meta.topics.length} thèmes
      </p>
      <h3 className="mt-3 font-medium">Thèmes</h3>
      <ul className="mt-1 divide-y divide-line" data-testid="topics">
        {deck.meta.topics.map((topic) => (
          <li key={topic.id} className="flex justify-between py-2">
            <span>{topic.label}</span>
            <span className="text-muted">{countByTopic.get(topic.id) ?? 0}</span>
          </li>
        ))}
      </ul>
      <Link prefetch={false} href={`/article/${deck.meta.id}/`} className="mt-3 inline-block font-medium text-brand underline">
        Lire l’article
      </Link>
    </section>
  );
}
