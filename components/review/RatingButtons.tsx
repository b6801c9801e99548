"use client";
// The four FSRS ratings as large buttons at the bottom of the screen, each with its next interval.
import type { IntervalPreview } from "@/lib/study/scheduler";
import { RATING_LABEL, type Rating } from "@/lib/study/types";

const STYLES: Record<Rating, string> = {
  1: "border-bad text-bad",
  2: "border-accent text-accent",
  3: "border-good text-good",
  4: "border-brand text-brand",
};

export default function RatingButtons({ previews, onRate }: { previews: IntervalPreview[]; onRate: (rating: Rating) => void }) {
  return (
    <div role="group" aria-label="Évaluer ta réponse" className="grid grid-cols-4 gap-2">
      {previews.map((p) => (
        <button
          key={p.rating}
          type="button"
          onClick={() => onRate(p.rating)}
          aria-keyshortcuts={String(p.rating)}
          className={`flex min-h-16 flex-col items-center justify-center rounded-xl border-2 bg-surface px-1 font-semibold ${STYLES[p.rating]}`}
        >
          <span className="text-sm leading-tight">{RATING_LABEL[p.rating]}</span>
          <span className="text-xs font-normal text-muted">{p.label}</span>
        </button>
      ))}
    </div>
  );
}
