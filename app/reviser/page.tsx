// Review: today's flashcards scheduled by FSRS. The HTML already holds the first card a new student
// gets (computed here, at build time); the service worker adapts it for a returning student.
import type { Metadata } from "next";
import CatalogPreload from "@/components/content/CatalogPreload";
import { frontLabel, queueCountsText } from "@/components/review/cardText";
import ReviewSession from "@/components/review/DeferredReviewSession";
import { DECKS } from "@/lib/content/decks";
import { generateFlashcards } from "@/lib/generate/flashcards";
import { newStudentQueue } from "@/lib/study/firstCard";

export const metadata: Metadata = { title: "Réviser" };

function newStudentFirstView() {
  const flashcards = DECKS.flatMap((d) => generateFlashcards(d.facts, d.article));
  const queue = newStudentQueue(flashcards, Date.now());
  const first = flashcards.find((c) => c.id === queue.cardIds[0])!;
  return { counts: queueCountsText(queue), label: frontLabel(first.kind), front: first.front };
}

export default function ReviewPage() {
  return (
    <div className="space-y-4">
      <CatalogPreload />
      <h1 className="text-2xl font-bold">Réviser</h1>
      <ReviewSession firstView={newStudentFirstView()} />
    </div>
  );
}
