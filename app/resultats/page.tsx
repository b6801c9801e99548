// Class results: result links sent by students, gathered in a table kept in the teacher's browser.
import type { Metadata } from "next";
import ClassResults from "@/components/teacher/ClassResults";
import CatalogPreload from "@/components/content/CatalogPreload";

export const metadata: Metadata = { title: "Résultats de la classe" };

export default function ResultsPage() {
  return (
    <div className="space-y-4">
      <CatalogPreload facts />
      <h1 className="text-2xl font-bold">Résultats de la classe</h1>
      <p className="text-muted">
        Les résultats restent dans ce navigateur. Ouvrez, collez ou scannez les liens que vos élèves vous envoient.
      </p>
      <ClassResults />
    </div>
  );
}
