"use client";
// Options of a multiple-choice or true/false question: large buttons, one tap answers.
// Digits 1–4 pick an option from the keyboard; after answering, the right one is marked (in a test
// with corrections at the end, only the student's choice is).
import { useEffect } from "react";

interface Props {
  options: string[];
  answer: string;
  chosen: string | null;
  /** Mark right and wrong once answered; false in a test whose corrections come at the end. */
  reveal?: boolean;
  onChoose: (option: string) => void;
}

export default function ChoiceList({ options, answer, chosen, reveal = true, onChoose }: Props) {
  useEffect(() => {
    if (chosen !== null) return;
    const onKey = (event: KeyboardEvent) => {
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (target?.closest("input, textarea, select, [contenteditable]") || event.ctrlKey || event.metaKey || event.altKey) return;
      const index = Number(event.key) - 1;
      if (index >= 0 && index < options.length) onChoose(options[index]);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [chosen, options, onChoose]);

  return (
    <ul className={`grid gap-3 ${options.length === 2 ? "grid-cols-2" : ""}`}>
      {options.map((option, i) => {
        const state =
          chosen === null ? "idle" : !reveal ? (option === chosen ? "chosen" : "idle") : option === answer ? "right" : option === chosen ? "wrong" : "idle";
        const style =
          state === "right"
            ? "border-good bg-surface text-good font-semibold"
            : state === "wrong"
              ? "border-bad bg-surface text-bad line-through"
              : state === "chosen"
                ? "border-brand bg-surface text-brand font-semibold"
                : "border-line bg-surface";
        return (
          <li key={option}>
            <button
              type="button"
              disabled={chosen !== null}
              aria-pressed={chosen === option}
              onClick={() => onChoose(option)}
              className={`flex min-h-14 w-full items-center gap-3 rounded-xl border-2 px-4 py-3 text-left ${style}`}
            >
              <span aria-hidden="true" className="text-sm text-muted">
                {i + 1}
              </span>
              <span>{option}</span>
              {state === "right" && <span className="sr-only"> (bonne réponse)</span>}
              {state === "wrong" && <span className="sr-only"> (ta réponse, fausse)</span>}
              {state === "chosen" && <span className="sr-only"> (ta réponse)</span>}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
