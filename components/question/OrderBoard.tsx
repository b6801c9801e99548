"use client";
// Chronological ordering: move items up or down with buttons (thumb, keyboard and screen reader
// friendly), then validate. The list starts in the question's shuffled order.
import { useState } from "react";
import type { OrderQuestion } from "@/lib/generate/types";

interface Props {
  question: OrderQuestion;
  disabled: boolean;
  onSubmit: (labels: string[]) => void;
}

export default function OrderBoard({ question, disabled, onSubmit }: Props) {
  const [items, setItems] = useState(question.options);
  const [announcement, setAnnouncement] = useState("");

  const move = (from: number, to: number) => {
    if (to < 0 || to >= items.length) return;
    const next = [...items];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item);
    setItems(next);
    setAnnouncement(`« ${item} » est maintenant en position ${to + 1} sur ${items.length}.`);
  };

  return (
    <div className="space-y-3">
      <p className="text-sm text-muted">Le premier en haut, le dernier en bas.</p>
      <ol className="space-y-2">
        {items.map((item, i) => (
          <li key={item} className="flex items-center gap-2 rounded-xl border-2 border-line bg-surface p-2">
            <span className="w-6 text-center font-semibold text-muted" aria-hidden="true">
              {i + 1}
            </span>
            <span className="flex-1 text-sm">{item}</span>
            <button
              type="button"
              disabled={disabled || i === 0}
              onClick={() => move(i, i - 1)}
              aria-label={`Monter « ${item} »`}
              className="min-h-11 min-w-11 rounded-lg border border-line disabled:opacity-40"
            >
              ↑
            </button>
            <button
              type="button"
              disabled={disabled || i === items.length - 1}
              onClick={() => move(i, i + 1)}
              aria-label={`Descendre « ${item} »`}
              className="min-h-11 min-w-11 rounded-lg border border-line disabled:opacity-40"
            >
              ↓
            </button>
          </li>
        ))}
      </ol>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      {!disabled && (
        <button type="button" onClick={() => onSubmit(items)} className="min-h-12 w-full rounded-xl bg-brand font-semibold text-brand-ink">
          Valider l’ordre
        </button>
      )}
    </div>
  );
}
