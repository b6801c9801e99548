"use client";
// « Signaler cette question » on the end-of-quiz correction: the student contests a question, with an
// optional short reason, and the report travels inside their result link to the teacher.
import { useId, useState } from "react";
import { MAX_REPORT_REASON_LENGTH } from "@/lib/share/quizResult";

interface Props {
  /** 1-based, for labels. */
  number: number;
  /** The reason given, or `null` when the question is not reported. */
  report: string | null;
  onChange: (report: string | null) => void;
}

export default function ReportQuestion({ number, report, onChange }: Props) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");

  if (report !== null) {
    return (
      <p className="flex flex-wrap items-center gap-2 text-sm" data-testid="reported">
        <span className="font-medium">
          Question signalée{report ? ` : « ${report} »` : ""}. Ton professeur le verra avec ton résultat.
        </span>
        <button type="button" onClick={() => onChange(null)} className="min-h-11 rounded-lg border border-line px-3 font-semibold">
          Annuler le signalement
        </button>
      </p>
    );
  }
  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)} className="min-h-11 rounded-lg border border-line px-3 text-sm font-semibold">
        Signaler cette question<span className="sr-only"> (question {number})</span>
      </button>
    );
  }
  return (
    <form
      className="space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        onChange(reason.trim());
        setOpen(false);
      }}
    >
      <label htmlFor={id} className="block text-sm font-medium">
        Pourquoi ? <span className="font-normal text-muted">(facultatif, {MAX_REPORT_REASON_LENGTH} caractères au plus)</span>
      </label>
      <input
        id={id}
        value={reason}
        maxLength={MAX_REPORT_REASON_LENGTH}
        onChange={(event) => setReason(event.target.value)}
        className="min-h-11 w-full rounded-xl border-2 border-line bg-bg px-3"
      />
      <div className="flex flex-wrap gap-2">
        <button type="submit" className="min-h-11 rounded-lg bg-brand px-4 font-semibold text-brand-ink">
          Signaler au professeur
        </button>
        <button type="button" onClick={() => setOpen(false)} className="min-h-11 rounded-lg border border-line px-4 font-semibold">
          Annuler
        </button>
      </div>
    </form>
  );
}
