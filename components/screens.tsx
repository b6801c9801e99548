"use client";
// The interactive screens, each loaded on demand after the page's prerendered HTML: they carry the
// study store (zod validation, ts-fsrs) and the question generator, which would otherwise weigh on
// every route's first load. Pages import them from here.
import dynamic from "next/dynamic";
import SummaryView from "./study/SummaryView";

function Loading() {
  return (
    <p role="status" className="text-muted">
      Chargement…
    </p>
  );
}

export const ReviewSession = dynamic(() => import("./review/ReviewSession"), { ssr: false, loading: Loading });
export const PracticeSession = dynamic(() => import("./practice/PracticeSession"), { ssr: false, loading: Loading });
export const StudySummary = dynamic(() => import("./study/StudySummary"), { ssr: false, loading: () => <SummaryView figures={null} /> });
export const StatsScreen = dynamic(() => import("./stats/StatsScreen"), { ssr: false, loading: Loading });
export const SettingsScreen = dynamic(() => import("./settings/SettingsScreen"), { ssr: false, loading: Loading });
export const QuizSetup = dynamic(() => import("./quiz/QuizSetup"), { ssr: false, loading: Loading });
export const QuizPlayer = dynamic(() => import("./quiz/QuizPlayer"), { ssr: false, loading: Loading });
export const TeacherBuilder = dynamic(() => import("./teacher/TeacherBuilder"), { ssr: false, loading: Loading });
export const ClassResults = dynamic(() => import("./teacher/ClassResults"), { ssr: false, loading: Loading });
