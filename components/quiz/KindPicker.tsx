"use client";
// Checkboxes for the six kinds of question, shared by the student's quiz setup and the teacher builder.
import { QUESTION_KINDS, type QuestionKind } from "@/lib/share/quizSpec";

export const KIND_NAMES: Record<QuestionKind, string> = {
  mcq: "Choix multiple",
  "true-false": "Vrai ou faux",
  typed: "Réponse à écrire",
  cloze: "Texte à trous",
  match: "Associer des paires",
  order: "Remettre dans l’ordre",
};

interface Props {
  value: readonly QuestionKind[];
  onChange: (kinds: QuestionKind[]) => void;
  legend: string;
}

export default function KindPicker({ value, onChange, legend }: Props) {
  const toggle = (kind: QuestionKind, on: boolean) =>
    onChange(QUESTION_KINDS.filter((k) => (k === kind ? on : value.includes(k))));
  return (
    <fieldset className="space-y-2">
      <legend className="mb-1 font-semibold">{legend}</legend>
      <div className="grid grid-cols-2 gap-2">
        {QUESTION_KINDS.map((kind) => (
          <label key={kind} className="flex min-h-11 items-center gap-2 rounded-xl border-2 border-line bg-surface px-3 text-sm">
            <input
              type="checkbox"
              className="h-5 w-5 accent-brand"
              checked={value.includes(kind)}
              onChange={(event) => toggle(kind, event.target.checked)}
            />
            {KIND_NAMES[kind]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
