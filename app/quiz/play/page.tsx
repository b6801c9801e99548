// Playing a quiz: the quiz travels in the URL fragment (#q1.…), which never reaches a server.
import type { Metadata } from "next";
import QuizPlayer from "@/components/quiz/QuizPlayer";
import CatalogPreload from "@/components/content/CatalogPreload";

export const metadata: Metadata = { title: "Quiz en cours" };

export default function QuizPlayPage() {
  return (
    <div className="space-y-4">
      <CatalogPreload facts />
      <h1 className="text-2xl font-bold">À toi de jouer</h1>
      <p className="text-muted">Une question par écran ; après chaque réponse, la correction et la phrase de l’article.</p>
      <QuizPlayer />
    </div>
  );
}
