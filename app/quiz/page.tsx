// Quiz: the student starts a quiz from topics, kinds and length, or opens a teacher's link.
import type { Metadata } from "next";
import QuizSetup from "@/components/quiz/QuizSetup";
import CatalogPreload from "@/components/content/CatalogPreload";

export const metadata: Metadata = { title: "Quiz" };

export default function QuizPage() {
  return (
    <div className="space-y-4">
      <CatalogPreload facts />
      <h1 className="text-2xl font-bold">Quiz</h1>
      <p className="text-muted">Choisis tes thèmes, tes types de questions et la longueur du quiz, ou ouvre le lien de ton professeur.</p>
      <QuizSetup />
    </div>
  );
}
