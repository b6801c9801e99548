// Home: the decks and their topics (prerendered), and the student's study summary (client).
import Link from "next/link";
import { DECKS } from "@/lib/content/decks";
import DeckOverview from "@/components/DeckOverview";
import StudySummary from "@/components/study/StudySummary";
import CatalogPreload from "@/components/content/CatalogPreload";

export default function HomePage() {
  return (
    <div className="space-y-6">
      <CatalogPreload />
      <header>
        <h1 className="text-2xl font-bold">Révisions</h1>
        <p className="text-muted">Fiches, quiz et répétition espacée, même hors ligne.</p>
      </header>
      <StudySummary />
      <nav aria-label="Autres façons d’apprendre" className="grid grid-cols-2 gap-2">
        <Link prefetch={false} href="/match/" className="flex min-h-12 items-center justify-center rounded-xl border-2 border-line bg-surface font-semibold">
          Jeu Match
        </Link>
        <Link prefetch={false} href="/cartes/" className="flex min-h-12 items-center justify-center rounded-xl border-2 border-line bg-surface font-semibold">
          Mes cartes
        </Link>
      </nav>
      {DECKS.map((deck) => (
        <DeckOverview key={deck.meta.id} deck={deck} />
      ))}
      <p>
        <Link prefetch={false} className="inline-flex min-h-11 items-center font-medium text-brand underline underline-offset-4" href="/reglages/">
          Réglages et sauvegarde
        </Link>
      </p>
    </div>
  );
}
