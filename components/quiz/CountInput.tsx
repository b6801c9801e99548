"use client";
// Number of questions, 5 to 40: a slider for the thumb and a number field for the keyboard, in sync.
// The field keeps what is typed ("2" on the way to "20") and only settles on a valid count on blur.
import { useId, useState } from "react";
import { MAX_QUIZ_QUESTIONS, MIN_QUIZ_QUESTIONS } from "@/lib/share/quizSpec";

const clamp = (n: number) => Math.min(MAX_QUIZ_QUESTIONS, Math.max(MIN_QUIZ_QUESTIONS, Math.round(n)));

export default function CountInput({ value, onChange }: { value: number; onChange: (count: number) => void }) {
  const id = useId();
  const [text, setText] = useState<string | null>(null);
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-semibold">
        Nombre de questions (de {MIN_QUIZ_QUESTIONS} à {MAX_QUIZ_QUESTIONS})
      </label>
      <div className="flex items-center gap-3">
        <input
          type="range"
          aria-hidden="true"
          tabIndex={-1}
          min={MIN_QUIZ_QUESTIONS}
          max={MAX_QUIZ_QUESTIONS}
          value={value}
          onChange={(event) => onChange(clamp(Number(event.target.value)))}
          className="h-11 flex-1 accent-brand"
        />
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={MIN_QUIZ_QUESTIONS}
          max={MAX_QUIZ_QUESTIONS}
          value={text ?? String(value)}
          onChange={(event) => {
            setText(event.target.value);
            const n = Number(event.target.value);
            if (event.target.value !== "" && Number.isInteger(n) && n >= MIN_QUIZ_QUESTIONS && n <= MAX_QUIZ_QUESTIONS) onChange(n);
          }}
          onBlur={() => {
            const n = Number(text);
            if (text !== null && text !== "" && Number.isFinite(n)) onChange(clamp(n));
            setText(null);
          }}
          className="min-h-11 w-20 rounded-xl border-2 border-line bg-surface px-3 text-center"
        />
      </div>
    </div>
  );
}
