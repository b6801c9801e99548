// Practice: any time, on chosen themes or weak points, until each fact is known.
import type { Metadata } from "next";
import PracticeSession from "@/components/practice/PracticeSession";
import CatalogPreload from "@/components/content/CatalogPreload";

export const metadata: Metadata = { title: "Entraînement" };

export default function PracticePage() {
  return (
    <div className="space-y-4">
      <CatalogPreload facts />
      <h1 className="text-2xl font-bold">Entraînement</h1>
      <p className="text-muted">Choisis des thèmes et réponds aux questions jusqu’à savoir chaque fait deux fois. Autant de fois que tu veux.</p>
      <PracticeSession />
    </div>
  );
}
