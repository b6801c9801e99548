"use client";
// Practice ("Entraînement"): today's due and new cards asked as generated questions whose kind follows
// memory (new or weak cards as multiple choice, stronger ones typed or as a cloze); the verdict becomes
// the FSRS rating (lib/study/practice). Reverse cards and flagged facts are left to flashcard review.
import Link from "next/link";
import { useCallback, useState } from "react";
import { factIdOf, type CardMap, type StudyCard } from "@/lib/study/types";
import { questionKindFor, ratingForVerdict } from "@/lib/study/practice";
import { generateQuestion } from "@/lib/generate/deck";
import { hashString } from "@/lib/random";
import type { Catalog } from "@/lib/content/catalog";
import type { Question } from "@/lib/generate/types";
import QuestionCard, { type Answered } from "../question/QuestionCard";
import { studyStore, useBootStudyStore, useCatalog, useStudy } from "../study/studyStore";
import StorageNotice from "../study/StorageNotice";
import { useClock, useTodayQueue } from "../study/useTodayQueue";

function questionFor(card: StudyCard, catalog: Catalog): Question | undefined {
  const fact = catalog.factsById.get(factIdOf(card.id));
  if (!fact) return undefined;
  const seed = hashString(`${card.id}#${card.reps}`);
  const kind = questionKindFor(card);
  return generateQuestion(fact, kind, catalog.facts, seed) ?? generateQuestion(fact, "typed", catalog.facts, seed);
}

/** The first practicable card of the queue: a forward card of an unflagged fact. */
function nextPracticable(cardIds: readonly string[], cards: CardMap, catalog: Catalog): { cardId: string; question: Question } | null {
  for (const id of cardIds) {
    const card = cards.get(id);
    if (!card || !id.endsWith(":forward")) continue;
    const question = questionFor(card, catalog);
    if (question) return { cardId: id, question };
  }
  return null;
}

export default function PracticeSession() {
  useBootStudyStore();
  const catalog = useCatalog();
  const { now, touch } = useClock();
  const queue = useTodayQueue(now);
  const cards = useStudy((s) => s.cards);
  const [recentTypedMs, setRecentTypedMs] = useState<number[]>([]);
  const [answered, setAnswered] = useState(0);
  const [round, setRound] = useState(0);
  const [current, setCurrent] = useState<{ cardId: string; question: Question } | null>(null);

  const shown = current ?? (catalog ? nextPracticable(queue.cardIds, cards, catalog) : null);

  const onAnswered = useCallback(
    ({ question, grade, durationMs }: Answered) => {
      if (!shown) return;
      setCurrent(shown);
      const rating = ratingForVerdict({ kind: question.kind, verdict: grade.verdict, durationMs, recentTypedMs });
      studyStore().getState().rate(shown.cardId, rating, Date.now(), durationMs);
      if ((question.kind === "typed" || question.kind === "cloze") && grade.verdict !== "wrong") {
        setRecentTypedMs((list) => [...list, durationMs].slice(-20));
      }
      setAnswered((n) => n + 1);
    },
    [shown, recentTypedMs],
  );

  const onNext = useCallback(() => {
    setCurrent(null);
    setRound((n) => n + 1);
    touch();
  }, [touch]);

  if (!catalog) return <p role="status">Chargement de tes cartes…</p>;
  if (!shown) {
    return (
      <section className="space-y-3 rounded-2xl border border-line bg-surface p-5" aria-labelledby="practice-done">
        <h2 id="practice-done" className="text-xl font-bold">
          Terminé pour aujourd’hui
        </h2>
        <p>{answered > 0 ? `${answered} question${answered > 1 ? "s" : ""} pendant cette séance.` : "Aucune carte à travailler pour l’instant."}</p>
        <Link prefetch={false} href="/quiz/" className="inline-flex min-h-11 items-center rounded-lg bg-brand px-4 font-semibold text-brand-ink">
          Faire un quiz libre
        </Link>
      </section>
    );
  }
  const fact = catalog.factsById.get(shown.question.factId);
  return (
    <div className="space-y-3">
      <StorageNotice />
      <p className="text-sm text-muted">
        {queue.cardIds.length} carte{queue.cardIds.length > 1 ? "s" : ""} à travailler aujourd’hui
      </p>
      <QuestionCard
        key={`${shown.cardId}#${round}`}
        question={shown.question}
        fact={fact}
        deckId={catalog.deckOfFact.get(shown.question.factId) ?? catalog.decks[0].meta.id}
        onAnswered={onAnswered}
        onNext={onNext}
      />
    </div>
  );
}
