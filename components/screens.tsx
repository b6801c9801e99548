"use client";
// The interactive screens, each loaded on demand after the page's prerendered HTML: they carry the
// study store (zod validation, ts-fsrs) and the question generator, which would otherwise weigh on
// every route's first load. Pages import them from here.
import dynamic from "next/dynamic";

function Loading() {
  return (
    <p role="status" className="text-muted">
      Chargement…
    </p>
  );
}

export const ReviewSession = dynamic(() => import("./review/ReviewSession"), { ssr: false, loading: Loading });
export const PracticeSession = dynamic(() => import("./practice/PracticeSession"), { ssr: false, loading: Loading });
export const StudySummary = dynamic(() => import("./study/StudySummary"), { ssr: false, loading: Loading });
