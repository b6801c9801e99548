"use client";
// What to practise: themes (all by default, or those a home link named), or « mes points faibles »,
// the studied facts the student is most likely to have forgotten.
import { useState } from "react";
import type { Catalog } from "@/lib/content/catalog";
import TopicPicker from "../quiz/TopicPicker";

interface Props {
  catalog: Catalog;
  initialTopics: readonly string[];
  weakCount: number;
  onStart: (choice: { topics: string[] } | { weak: true }) => void;
}

export default function PracticeSetup({ catalog, initialTopics, weakCount, onStart }: Props) {
  const [topics, setTopics] = useState<string[]>(() => [...initialTopics]);
  const [error, setError] = useState("");
  return (
    <div className="space-y-4">
      <form
        className="space-y-3 rounded-2xl border border-line bg-surface p-4"
        onSubmit={(event) => {
          event.preventDefault();
          if (topics.length === 0) return setError("Coche au moins un thème.");
          setError("");
          onStart({ topics });
        }}
      >
        {catalog.decks.map((deck) => (
          <TopicPicker
            key={deck.meta.id}
            deck={deck}
            value={topics.filter((t) => deck.meta.topics.some((d) => d.id === t))}
            onChange={(chosen) => setTopics([...topics.filter((t) => !deck.meta.topics.some((d) => d.id === t)), ...chosen])}
            legend="Sur quels thèmes ?"
          />
        ))}
        {error && (
          <p role="alert" className="text-sm font-medium text-bad">
            {error}
          </p>
        )}
        <button type="submit" className="min-h-12 w-full rounded-xl bg-brand font-semibold text-brand-ink">
          Commencer l’entraînement
        </button>
      </form>
      <section aria-labelledby="weak-title" className="space-y-2 rounded-2xl border border-line bg-surface p-4">
        <h2 id="weak-title" className="font-semibold">
          Mes points faibles
        </h2>
        <p className="text-sm text-muted">
          {weakCount > 0
            ? `${weakCount} fait${weakCount > 1 ? "s" : ""} que tu risques d’avoir oublié${weakCount > 1 ? "s" : ""}, ou que tu as raté${weakCount > 1 ? "s" : ""} la dernière fois.`
            : "Aucun pour l’instant : révise d’abord quelques cartes, tes points faibles apparaîtront ici."}
        </p>
        <button
          type="button"
          disabled={weakCount === 0}
          onClick={() => onStart({ weak: true })}
          className="min-h-12 w-full rounded-xl border-2 border-brand font-semibold text-brand disabled:border-line disabled:text-muted"
        >
          M’entraîner sur mes points faibles
        </button>
      </section>
    </div>
  );
}
