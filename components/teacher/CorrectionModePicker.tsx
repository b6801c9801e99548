"use client";
// The teacher's choice of when students see the corrections: after each question (practice), or only
// at the end (a class test, so answers do not spread around the room). It travels in the quiz link.
import type { CorrectionMode } from "@/lib/share/quizSpec";

const MODES: { mode: CorrectionMode; label: string; hint: string }[] = [
  { mode: "each", label: "Après chaque question", hint: "pour s’entraîner" },
  { mode: "end", label: "À la fin (mode contrôle)", hint: "rien n’est corrigé avant la dernière question" },
];

export default function CorrectionModePicker({ value, onChange }: { value: CorrectionMode; onChange: (mode: CorrectionMode) => void }) {
  return (
    <fieldset className="space-y-2">
      <legend className="mb-1 font-semibold">Corrections</legend>
      {MODES.map(({ mode, label, hint }) => (
        <label key={mode} className="flex min-h-11 items-center gap-2 rounded-xl border-2 border-line bg-surface px-3 py-2 text-sm">
          <input type="radio" name="corrections" className="h-5 w-5 shrink-0 accent-brand" checked={value === mode} onChange={() => onChange(mode)} />
          {label}
          <span className="text-muted">— {hint}</span>
        </label>
      ))}
    </fieldset>
  );
}
