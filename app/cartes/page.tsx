// The card browser: search, filter, see each card's memory, flag and suspend.
import type { Metadata } from "next";
import CardBrowser from "@/components/cards/CardBrowser";
import CatalogPreload from "@/components/content/CatalogPreload";

export const metadata: Metadata = { title: "Mes cartes" };

export default function CardsPage() {
  return (
    <div className="space-y-4">
      <CatalogPreload />
      <h1 className="text-2xl font-bold">Mes cartes</h1>
      <p className="text-muted">Cherche une carte, vois où en est ta mémoire, signale-la ou mets-la de côté.</p>
      <CardBrowser />
    </div>
  );
}
