"use client";
// Shown right after an answer: right or wrong, the correct answer, the fact's statement and a link
// to its paragraph in the article. The "next" button takes focus so Enter moves on. A match shows each
// expected pair with its left-hand label, the student's wrong ones marked.
import Link from "next/link";
import { useEffect, useRef } from "react";
import { CLOSE_NOTE } from "@/lib/answer/check";
import type { Grade } from "@/lib/answer/grade";
import { typesetFrench } from "@/lib/french/typeset";
import type { Fact } from "@/lib/content/schema";
import type { MatchPair } from "@/lib/generate/types";
import ExplanationNote from "../content/ExplanationNote";
import SpeakButton from "../study/SpeakButton";

interface Props {
  grade: Grade;
  statement?: string;
  explanation?: string;
  /** Where the explanation comes from: « Hors article » is shown for outside knowledge. */
  explanationSource?: Fact["explanationSource"];
  articleHref: string;
  nextLabel: string;
  onNext: () => void;
  /** For a match: the expected pairs and the right side the student gave each left side. */
  match?: { pairs: readonly MatchPair[]; given: readonly string[] };
}

const TITLES = { correct: "Bonne réponse", close: "Presque : c’est compté juste, vérifie l’orthographe", wrong: "Pas tout à fait" } as const;

export default function AnswerFeedback({ grade, statement, explanation, explanationSource, articleHref, nextLabel, onNext, match }: Props) {
  const next = useRef<HTMLButtonElement>(null);
  useEffect(() => next.current?.focus(), []);
  const good = grade.verdict !== "wrong";
  return (
    <section
      aria-live="polite"
      data-testid="feedback"
      data-verdict={grade.verdict}
      className={`space-y-2 rounded-2xl border-2 p-4 ${good ? "border-good" : "border-bad"} bg-surface`}
    >
      <h2 className={`text-lg font-bold ${good ? "text-good" : "text-bad"}`}>{TITLES[grade.verdict]}</h2>
      {grade.note && grade.note !== CLOSE_NOTE && <p className="text-sm">{typesetFrench(grade.note)}</p>}
      {match ? (
        <div>
          <p>Associations attendues :</p>
          <ul className="mt-1 space-y-1" data-testid="expected-pairs">
            {match.pairs.map((pair, i) => {
              const wrong = match.given[i] !== pair.right;
              return (
                <li key={pair.left} data-pair={wrong ? "wrong" : "right"} className={wrong ? "text-bad" : undefined}>
                  <span aria-hidden="true">{wrong ? "✗ " : "✓ "}</span>
                  {pair.left} → <strong>{pair.right}</strong>
                  {wrong && <span className="text-sm"> (tu avais mis « {match.given[i]} »)</span>}
                </li>
              );
            })}
          </ul>
        </div>
      ) : (
        <p>
          Réponse attendue : <strong>{grade.expected}</strong>
        </p>
      )}
      {statement && <p className="text-sm">{statement}</p>}
      <SpeakButton texts={statement ? [statement] : [grade.expected]} label="Écouter la réponse" />
      {explanation && <ExplanationNote text={explanation} source={explanationSource} />}
      <div className="flex flex-wrap items-center justify-between gap-3 pt-2">
        <Link prefetch={false} href={articleHref} className="font-medium text-brand underline">
          Voir dans l’article
        </Link>
        <button ref={next} type="button" onClick={onNext} className="min-h-12 rounded-xl bg-brand px-6 font-semibold text-brand-ink">
          {nextLabel}
        </button>
      </div>
    </section>
  );
}
