// The teacher's quiz builder: a quiz shared as a link or QR code, with no account and no server.
import type { Metadata } from "next";
import TeacherBuilder from "@/components/teacher/TeacherBuilder";
import CatalogPreload from "@/components/content/CatalogPreload";

export const metadata: Metadata = { title: "Créer un quiz pour la classe" };

export default function TeacherPage() {
  return (
    <div className="space-y-4">
      <CatalogPreload facts />
      <h1 className="text-2xl font-bold">Créer un quiz pour la classe</h1>
      <p className="text-muted">
        Choisissez les thèmes, les types de questions et un titre, vérifiez l’aperçu, puis partagez le lien ou le QR code avec vos élèves.
      </p>
      <TeacherBuilder />
    </div>
  );
}
