"use client";
// The time left, as a clock. Screen readers are told once at one minute left, not every second.
import { formatClock } from "@/lib/quiz/clock";

export default function Countdown({ remainingSec }: { remainingSec: number }) {
  const low = remainingSec <= 60;
  return (
    <div className="text-right">
      <p role="timer" aria-label="Temps restant" className={`font-mono text-lg font-bold ${low ? "text-bad" : ""}`} data-testid="countdown">
        <span aria-hidden="true">⏱ </span>
        {formatClock(remainingSec)}
      </p>
      <p aria-live="assertive" className="sr-only">
        {remainingSec <= 60 && remainingSec > 50 ? "Plus qu’une minute." : remainingSec === 0 ? "Temps écoulé." : ""}
      </p>
    </div>
  );
}
