"use client";
// One free-practice session: the drill's next fact as a question of the kind its progress calls for
// (lib/study/drill), until every fact was answered right twice. Only the first answer about a due
// card touches FSRS (lib/study/practice: `practiceCountsAsReview`); the rest is practice only.
import Link from "next/link";
import { useCallback, useMemo, useRef, useState } from "react";
import type { Catalog } from "@/lib/content/catalog";
import type { Fact } from "@/lib/content/schema";
import { generateQuestion } from "@/lib/generate/deck";
import { sameSentence } from "@/lib/generate/siblings";
import type { Question } from "@/lib/generate/types";
import { hashString } from "@/lib/random/hash";
import { drillKind, drillProgress, nextDrillItem, recordDrillAnswer, type Drill, type DrillItem } from "@/lib/study/drill";
import { practiceCountsAsReview, ratingForVerdict } from "@/lib/study/practice";
import QuestionCard, { type Answered } from "../question/QuestionCard";
import { studyStore } from "../study/studyStore";

/** Kinds to fall back on when the drill's kind cannot be built for a fact (e.g. too few distractors). */
const FALLBACKS: Record<ReturnType<typeof drillKind>, Question["kind"][]> = {
  mcq: ["mcq", "true-false", "typed"],
  "true-false": ["true-false", "mcq", "typed"],
  typed: ["typed", "cloze"],
  cloze: ["cloze", "typed"],
};

function questionFor(item: DrillItem, fact: Fact, catalog: Catalog, seed: number): Question | undefined {
  const questionSeed = hashString(`${fact.id}#${item.asked}`, seed);
  for (const kind of FALLBACKS[drillKind(item)]) {
    const question = generateQuestion(fact, kind, catalog.facts, questionSeed);
    if (question) return question;
  }
  return undefined;
}

interface Props {
  catalog: Catalog;
  initial: Drill;
  seed: number;
  title: string;
  onRestart: () => void;
}

export default function PracticeDrill({ catalog, initial, seed, title, onRestart }: Props) {
  const [drill, setDrill] = useState(initial);
  const [pending, setPending] = useState<Drill | null>(null);
  const answeredFacts = useRef(new Set<string>());
  const [recentTypedMs, setRecentTypedMs] = useState<number[]>([]);

  const sameSentenceIds = useCallback(
    (a: string, b: string) => {
      const x = catalog.factsById.get(a);
      const y = catalog.factsById.get(b);
      return x !== undefined && y !== undefined && sameSentence(x, y);
    },
    [catalog],
  );
  const item = nextDrillItem(drill, sameSentenceIds);
  const fact = item ? catalog.factsById.get(item.factId) : undefined;
  const question = useMemo(() => (item && fact ? questionFor(item, fact, catalog, seed) : undefined), [item, fact, catalog, seed]);
  const progress = drillProgress(pending ?? drill);

  const onAnswered = useCallback(
    ({ question: q, grade, durationMs }: Answered) => {
      const right = grade.verdict !== "wrong";
      const cardId = `${q.factId}:forward`;
      const store = studyStore().getState();
      const now = Date.now();
      if (practiceCountsAsReview(store.cards.get(cardId), now, answeredFacts.current.has(q.factId))) {
        store.rate(cardId, ratingForVerdict({ kind: q.kind, verdict: grade.verdict, durationMs, recentTypedMs }), now, durationMs);
      }
      answeredFacts.current.add(q.factId);
      if ((q.kind === "typed" || q.kind === "cloze") && right) setRecentTypedMs((list) => [...list, durationMs].slice(-20));
      setPending(recordDrillAnswer(drill, q.factId, right));
    },
    [drill, recentTypedMs],
  );

  const onNext = useCallback(() => {
    if (pending) setDrill(pending);
    setPending(null);
  }, [pending]);

  const bar = (
    <div className="space-y-1">
      <p className="text-sm font-medium text-muted" data-testid="practice-progress">
        {title} · faits sus : {progress.known} sur {progress.total}
      </p>
      <div
        role="progressbar"
        aria-label="Faits sus deux fois"
        aria-valuemin={0}
        aria-valuemax={progress.total}
        aria-valuenow={progress.known}
        className="h-2.5 overflow-hidden rounded-full bg-line"
      >
        <div className="h-full rounded-full bg-good transition-[width]" style={{ width: `${progress.total ? (progress.known / progress.total) * 100 : 0}%` }} />
      </div>
    </div>
  );

  if (!item || !fact || !question) {
    return (
      <section className="space-y-3 rounded-2xl border border-line bg-surface p-5" aria-labelledby="practice-done">
        {bar}
        <h2 id="practice-done" className="text-xl font-bold">
          Bravo, tu sais tout !
        </h2>
        <p>Chaque fait a reçu deux bonnes réponses. Pour t’en souvenir longtemps, reviens réviser tes cartes demain.</p>
        <div className="flex flex-wrap gap-3">
          <button type="button" onClick={onRestart} className="min-h-11 rounded-lg bg-brand px-4 font-semibold text-brand-ink">
            Choisir d’autres thèmes
          </button>
          <Link prefetch={false} href="/match/" className="inline-flex min-h-11 items-center rounded-lg border border-line px-4 font-medium">
            Jouer au Match
          </Link>
        </div>
      </section>
    );
  }
  const deckId = catalog.deckOfFact.get(fact.id) ?? catalog.decks[0].meta.id;
  return (
    <div className="space-y-3">
      {bar}
      <QuestionCard
        key={`${item.factId}#${item.asked}#${drill.turn}`}
        question={question}
        fact={fact}
        deckId={deckId}
        checkOptions={catalog.checkOptions.get(deckId)}
        onAnswered={onAnswered}
        onNext={onNext}
      />
      <button type="button" onClick={onRestart} className="min-h-11 rounded-lg border border-line px-4 text-sm font-medium">
        Arrêter et choisir d’autres thèmes
      </button>
    </div>
  );
}
