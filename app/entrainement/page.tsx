// Practice: due and new cards asked as questions whose kind follows memory.
import type { Metadata } from "next";
import PracticeSession from "@/components/screens/PracticeScreen";

export const metadata: Metadata = { title: "Entraînement" };

export default function PracticePage() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Entraînement</h1>
      <p className="text-muted">Tes cartes du jour, posées en questions : tes réponses ajustent tes révisions.</p>
      <PracticeSession />
    </div>
  );
}
