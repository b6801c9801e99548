"use client";
// How far the student is in the quiz: a bar and "Question 3 sur 10".
export default function ProgressBar({ current, answered, total }: { current: number; answered: number; total: number }) {
  const percent = total === 0 ? 0 : Math.round((answered / total) * 100);
  return (
    <div className="space-y-1">
      <p className="text-sm font-medium text-muted" data-testid="quiz-position">
        Question {current} sur {total}
      </p>
      <div
        role="progressbar"
        aria-label="Progression du quiz"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={answered}
        aria-valuetext={`${answered} réponse${answered > 1 ? "s" : ""} sur ${total}`}
        className="h-2.5 overflow-hidden rounded-full bg-line"
      >
        <div className="h-full rounded-full bg-brand transition-[width]" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
