// Match: a timed game pairing facts with their answers.
import type { Metadata } from "next";
import MatchGame from "@/components/match/MatchGame";
import CatalogPreload from "@/components/content/CatalogPreload";

export const metadata: Metadata = { title: "Match" };

export default function MatchPage() {
  return (
    <div className="space-y-4">
      <CatalogPreload facts />
      <h1 className="text-2xl font-bold">Match</h1>
      <p className="text-muted">Associe chaque fait à sa réponse le plus vite possible.</p>
      <MatchGame />
    </div>
  );
}
