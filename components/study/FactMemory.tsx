"use client";
// A fact's memory state in the article reader: for each of its cards, the FSRS state, the chance
// of remembering it today, when it is due and how often it was reviewed.
import { useState } from "react";
import { retrievability } from "@/lib/study/retrievability";
import { CARD_STATE_LABEL } from "@/lib/study/types";
import { CARD_KIND_LABEL } from "./cardKind";
import { formatWhen } from "./formatWhen";
import { useBootStudyStore, useCardCatalog, useStudy } from "./studyStore";

const PERCENT = new Intl.NumberFormat("fr-FR", { style: "percent", maximumFractionDigits: 0 });

export default function FactMemory({ factId }: { factId: string }) {
  useBootStudyStore();
  const catalog = useCardCatalog();
  const cards = useStudy((s) => s.cards);
  const settings = useStudy((s) => s.settings);
  const [now] = useState(() => Date.now());
  if (!catalog) return null;
  const studied = catalog.flashcards.filter((c) => c.factId === factId).map((c) => ({ flashcard: c, card: cards.get(c.id) }));
  return (
    <section aria-label="Ta mémoire de ce fait" className="mt-3 rounded-xl bg-bg p-3 text-sm" data-testid="fact-memory">
      <h3 className="font-semibold">Ta mémoire</h3>
      <ul className="mt-1 space-y-1">
        {studied.map(({ flashcard, card }) => (
          <li key={flashcard.id}>
            <span className="font-medium">{CARD_KIND_LABEL[flashcard.kind]} : </span>
            {!card || card.state === 0
              ? "jamais révisée"
              : `${CARD_STATE_LABEL[card.state].toLowerCase()}, ${PERCENT.format(retrievability(card, now, settings))} de chances de t’en souvenir, ` +
                `prochaine révision ${formatWhen(card.due, now)} (${card.reps} révision${card.reps > 1 ? "s" : ""})`}
          </li>
        ))}
      </ul>
    </section>
  );
}
