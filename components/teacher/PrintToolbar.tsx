"use client";
// The printable sheet's screen-only controls: print, choose the parts (question sheet, answer key), and
// go back to the builder. Hidden on paper.
import Link from "next/link";

export interface PrintParts {
  sheet: boolean;
  key: boolean;
}

interface Props {
  parts: PrintParts;
  onChange: (parts: PrintParts) => void;
}

const PART_LABELS: Record<keyof PrintParts, string> = { sheet: "Le sujet", key: "Le corrigé" };

export default function PrintToolbar({ parts, onChange }: Props) {
  return (
    <div data-testid="print-toolbar" className="space-y-3 rounded-2xl border border-line bg-surface p-4 print:hidden">
      <fieldset className="flex flex-wrap gap-2">
        <legend className="mb-1 font-semibold">À imprimer</legend>
        {(Object.keys(PART_LABELS) as (keyof PrintParts)[]).map((part) => (
          <label key={part} className="flex min-h-11 items-center gap-2 rounded-xl border-2 border-line px-3">
            <input
              type="checkbox"
              className="h-5 w-5 accent-brand"
              checked={parts[part]}
              onChange={(event) => onChange({ ...parts, [part]: event.target.checked })}
            />
            {PART_LABELS[part]}
          </label>
        ))}
      </fieldset>
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="button"
          onClick={() => window.print()}
          disabled={!parts.sheet && !parts.key}
          className="min-h-12 rounded-xl bg-brand px-6 font-semibold text-brand-ink disabled:opacity-50"
        >
          Imprimer
        </button>
        <Link prefetch={false} href="/prof/" className="inline-flex min-h-11 items-center font-semibold text-brand underline">
          Retour à la création du quiz
        </Link>
      </div>
    </div>
  );
}
