"use client";
// Starting a quiz (/quiz/): topics, kinds, length and an optional time limit, or a link received from a
// teacher. The quiz is encoded as a link fragment exactly like a teacher's, so it can be replayed.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { encodeQuizLink } from "@/lib/share/quizLink";
import { QUESTION_KINDS, type QuestionKind } from "@/lib/share/quizSpec";
import { useBootStudyStore, useCatalog } from "../study/studyStore";
import CountInput from "./CountInput";
import KindPicker from "./KindPicker";
import QuizHistory from "./QuizHistory";
import TimeLimitSelect from "./TimeLimitSelect";
import TopicPicker from "./TopicPicker";
import { randomSeed } from "./randomSeed";
import { shareDecks } from "./shareDecks";

export default function QuizSetup() {
  useBootStudyStore();
  const catalog = useCatalog();
  const router = useRouter();
  const linkId = useId();
  const [topics, setTopics] = useState<string[] | null>(null);
  const [kinds, setKinds] = useState<QuestionKind[]>([...QUESTION_KINDS]);
  const [count, setCount] = useState(10);
  const [timeLimitSec, setTimeLimitSec] = useState(0);
  const [error, setError] = useState("");
  const [pasted, setPasted] = useState("");

  if (!catalog) return <p role="status">Chargement…</p>;
  const deck = catalog.decks[0];
  const chosenTopics = topics ?? deck.meta.topics.map((t) => t.id);

  const start = () => {
    const factIds = deck.facts.filter((f) => !f.flagged && chosenTopics.includes(f.topic)).map((f) => f.id);
    if (factIds.length === 0) return setError("Choisis au moins un thème.");
    if (kinds.length === 0) return setError("Choisis au moins un type de question.");
    const spec = { deckId: deck.meta.id, factIds, kinds, count, seed: randomSeed(), timeLimitSec, title: "" };
    const payload = encodeQuizLink(spec, shareDecks(catalog).find((d) => d.id === deck.meta.id)!);
    router.push(`/quiz/play/#${payload}`);
  };

  const openLink = () => {
    const text = pasted.trim();
    const hash = text.indexOf("#");
    router.push(`/quiz/play/#${hash >= 0 ? text.slice(hash + 1) : text}`);
  };

  return (
    <div className="space-y-8">
      <form
        className="space-y-5 rounded-2xl border border-line bg-surface p-4"
        aria-labelledby="new-quiz"
        onSubmit={(event) => {
          event.preventDefault();
          start();
        }}
      >
        <h2 id="new-quiz" className="text-lg font-semibold">
          Nouveau quiz
        </h2>
        <TopicPicker deck={deck} value={chosenTopics} onChange={setTopics} legend="Thèmes" />
        <KindPicker value={kinds} onChange={setKinds} legend="Types de questions" />
        <CountInput value={count} onChange={setCount} />
        <TimeLimitSelect value={timeLimitSec} onChange={setTimeLimitSec} />
        {error && (
          <p role="alert" className="font-medium text-bad">
            {error}
          </p>
        )}
        <button type="submit" className="min-h-12 w-full rounded-xl bg-brand font-semibold text-brand-ink">
          Lancer le quiz
        </button>
      </form>

      <form
        className="space-y-2"
        onSubmit={(event) => {
          event.preventDefault();
          if (pasted.trim()) openLink();
        }}
      >
        <label htmlFor={linkId} className="block font-semibold">
          Tu as reçu un lien de quiz ? Colle-le ici
        </label>
        <div className="flex gap-2">
          <input
            id={linkId}
            value={pasted}
            onChange={(event) => setPasted(event.target.value)}
            autoComplete="off"
            className="min-h-11 min-w-0 flex-1 rounded-xl border-2 border-line bg-surface px-3"
          />
          <button type="submit" className="min-h-11 rounded-xl border-2 border-brand px-4 font-semibold text-brand">
            Ouvrir
          </button>
        </div>
      </form>

      <QuizHistory />

      <nav aria-label="Espace professeur" className="grid gap-2 sm:grid-cols-2">
        <Link prefetch={false} href="/prof/" className="flex min-h-11 items-center justify-center rounded-xl border-2 border-line bg-surface px-4 font-semibold">
          Créer un quiz pour la classe
        </Link>
        <Link prefetch={false} href="/resultats/" className="flex min-h-11 items-center justify-center rounded-xl border-2 border-line bg-surface px-4 font-semibold">
          Résultats de la classe
        </Link>
      </nav>
    </div>
  );
}
