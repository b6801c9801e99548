// Review: today's flashcards scheduled by FSRS.
import type { Metadata } from "next";
import ReviewSession from "@/components/screens/ReviewScreen";
import CatalogPreload from "@/components/content/CatalogPreload";

export const metadata: Metadata = { title: "Réviser" };

export default function ReviewPage() {
  return (
    <div className="space-y-4">
      <CatalogPreload />
      <h1 className="text-2xl font-bold">Réviser</h1>
      <ReviewSession />
    </div>
  );
}
