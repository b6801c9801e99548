"use client";
// The optional time limit of a quiz, in minutes (stored in seconds, 0 = none).
import { useId } from "react";

const MINUTES = [0, 2, 5, 10, 15, 20, 30, 45, 60];

export default function TimeLimitSelect({ value, onChange }: { value: number; onChange: (seconds: number) => void }) {
  const id = useId();
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-semibold">
        Limite de temps
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(Number(event.target.value))}
        className="min-h-11 w-full rounded-xl border-2 border-line bg-surface px-3"
      >
        {MINUTES.map((m) => (
          <option key={m} value={m * 60}>
            {m === 0 ? "Pas de limite" : `${m} minutes`}
          </option>
        ))}
      </select>
    </div>
  );
}
