// The teacher's printable quiz: the question sheet and its answer key, from the quiz link's fragment.
import type { Metadata } from "next";
import PrintableQuiz from "@/components/teacher/PrintableQuiz";
import CatalogPreload from "@/components/content/CatalogPreload";

export const metadata: Metadata = { title: "Sujet et corrigé à imprimer" };

export default function PrintQuizPage() {
  return (
    <div className="space-y-4">
      <CatalogPreload facts />
      <h1 className="text-2xl font-bold print:hidden">Sujet et corrigé à imprimer</h1>
      <p className="text-muted print:hidden">Le sujet pour les élèves, puis le corrigé sur une nouvelle page, avec les phrases de l’article.</p>
      <PrintableQuiz />
    </div>
  );
}
