"use client";
// Matching: tap an item on the left, then its partner on the right. Works with the keyboard (Tab,
// Enter) and announces each pairing to screen readers. A pair can be undone by tapping its left item.
// Once answered, each of the student's pairs is marked right or wrong, with the right partner (in a
// test with corrections at the end, the pairs just stay as given).
import { useState } from "react";
import type { MatchQuestion } from "@/lib/generate/types";

interface Props {
  question: MatchQuestion;
  disabled: boolean;
  /** Mark right and wrong pairs once answered; false in a test whose corrections come at the end. */
  reveal?: boolean;
  onSubmit: (rightsInPairOrder: string[]) => void;
}

function pairBorder(answered: boolean, selected: boolean, right: boolean): string {
  if (answered) return right ? "border-good" : "border-bad";
  return selected ? "border-brand" : "border-line";
}

export default function MatchBoard({ question, disabled, reveal = true, onSubmit }: Props) {
  const marked = disabled && reveal;
  const lefts = question.pairs.map((p) => p.left);
  const [selected, setSelected] = useState<number | null>(null);
  const [links, setLinks] = useState<(string | null)[]>(() => lefts.map(() => null));
  const [announcement, setAnnouncement] = useState("");

  const pickLeft = (i: number) => {
    if (links[i] !== null) {
      setLinks(links.map((l, j) => (j === i ? null : l)));
      setAnnouncement(`Association annulée pour « ${lefts[i]} ».`);
      setSelected(i);
      return;
    }
    setSelected(i);
    setAnnouncement(`« ${lefts[i]} » choisi : choisis maintenant sa réponse.`);
  };

  const pickRight = (right: string) => {
    if (selected === null) {
      setAnnouncement("Choisis d’abord un élément de la colonne de gauche.");
      return;
    }
    setLinks(links.map((l, j) => (j === selected ? right : l === right ? null : l)));
    setAnnouncement(`« ${lefts[selected]} » associé à « ${right} ».`);
    const next = links.findIndex((l, j) => l === null && j !== selected);
    setSelected(next >= 0 ? next : null);
  };

  const complete = links.every((l) => l !== null);
  return (
    <div className="space-y-3">
      <p className="text-sm text-muted">Touche un élément à gauche, puis sa réponse à droite.</p>
      <div className="grid grid-cols-2 gap-2">
        <ul className="space-y-2" aria-label="Éléments à associer">
          {lefts.map((left, i) => (
            <li key={left}>
              <button
                type="button"
                disabled={disabled}
                aria-pressed={selected === i}
                onClick={() => pickLeft(i)}
                data-pair={marked ? (links[i] === question.answer[i] ? "right" : "wrong") : undefined}
                className={`min-h-14 w-full rounded-xl border-2 px-3 py-2 text-left text-sm ${pairBorder(marked, selected === i, links[i] === question.answer[i])} bg-surface`}
              >
                {left}
                {links[i] && (
                  <span className={`mt-1 block font-semibold ${marked && links[i] !== question.answer[i] ? "text-bad line-through" : "text-brand"}`}>
                    → {links[i]}
                  </span>
                )}
                {marked && links[i] !== question.answer[i] && (
                  <span className="mt-1 block font-semibold text-good">
                    <span className="sr-only">Faux, la bonne réponse : </span>→ {question.answer[i]}
                  </span>
                )}
                {marked && links[i] === question.answer[i] && <span className="sr-only"> (juste)</span>}
              </button>
            </li>
          ))}
        </ul>
        <ul className="space-y-2" aria-label="Réponses">
          {question.options.map((right) => {
            const used = links.includes(right);
            return (
              <li key={right}>
                <button
                  type="button"
                  disabled={disabled}
                  onClick={() => pickRight(right)}
                  className={`min-h-14 w-full rounded-xl border-2 px-3 py-2 text-left text-sm bg-surface ${
                    used ? "border-dashed border-line text-muted" : "border-line"
                  }`}
                >
                  {right}
                  {used && <span className="sr-only"> (déjà associé)</span>}
                </button>
              </li>
            );
          })}
        </ul>
      </div>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      {!disabled && (
        <button
          type="button"
          disabled={!complete}
          onClick={() => onSubmit(links.map((l) => l ?? ""))}
          className="min-h-12 w-full rounded-xl bg-brand font-semibold text-brand-ink disabled:opacity-60"
        >
          Valider les associations
        </button>
      )}
    </div>
  );
}
