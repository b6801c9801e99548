"use client";
// The student's recent quizzes (kept in the store): date, title, score, and a link to play it again.
import Link from "next/link";
import { formatDuration } from "@/lib/quiz/clock";
import { useStudy } from "../study/studyStore";

const DATE = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });

export default function QuizHistory() {
  const history = useStudy((s) => s.quizHistory);
  return (
    <section aria-labelledby="quiz-history" className="space-y-2">
      <h2 id="quiz-history" className="text-lg font-semibold">
        Tes derniers quiz
      </h2>
      {history.length === 0 ? (
        <p className="text-muted">Aucun quiz pour l’instant.</p>
      ) : (
        <ul className="space-y-2" data-testid="quiz-history">
          {[...history].reverse().map((entry) => (
            <li key={`${entry.at}-${entry.quizId}`} className="flex items-center gap-3 rounded-xl border border-line bg-surface p-3">
              <div className="min-w-0 flex-1">
                <p className="truncate font-medium">{entry.title || "Quiz libre"}</p>
                <p className="text-sm text-muted">
                  {DATE.format(entry.at)} · {formatDuration(entry.timeSec)}
                </p>
              </div>
              <p className="font-bold">
                {entry.score}/{entry.total}
              </p>
              {entry.link && (
                <Link prefetch={false}
                  href={`/quiz/play/#${entry.link}`}
                  className="inline-flex min-h-11 items-center rounded-lg border-2 border-line px-3 text-sm font-semibold"
                  aria-label={`Refaire le quiz ${entry.title || "libre"} du ${DATE.format(entry.at)}`}
                >
                  Refaire
                </Link>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
