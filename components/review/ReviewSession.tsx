"use client";
// The daily flashcard review: today's queue from FSRS, reveal (tap the card or the button, Space,
// Enter), rate with four buttons, keys 1–4 or a swipe, undo (button or Ctrl+Z). Learning cards due
// within 20 minutes are shown ahead (the queue's learn-ahead); when the next one is further off today
// the screen says when (« Prochaine carte dans 45 min ») and offers practice meanwhile, and only when
// nothing comes back today does it say « Terminé pour aujourd’hui ». The clock ticks, so cards come
// back on their own once due; « Revoir maintenant » studies the next one ahead, every time it is tapped. Until the store is
// ready it shows the prerendered first card (FirstCardFrame), and it keeps the snapshot that lets
// the next visit paint the right card at once.
import Link from "next/link";
import { useCallback, useEffect, useRef, useState } from "react";
import { nextStudyDayStart } from "@/lib/study/studyDay";
import type { Rating } from "@/lib/study/types";
import { studyStore, useBootStudyStore, useCardCatalog, useScheduler, useStudy } from "../study/studyStore";
import { formatWhen } from "../study/formatWhen";
import { useClock, useTodayQueue } from "../study/useTodayQueue";
import { CARD_STYLE, frontLabel, queueCountsText } from "./cardText";
import FirstCardFrame from "./FirstCardFrame";
import FlashcardFace from "./FlashcardFace";
import { writeReviewSnapshot, type FirstCardView } from "./reviewSnapshot";
import RatingButtons from "./RatingButtons";
import StorageNotice from "../study/StorageNotice";

export default function ReviewSession({ firstView }: { firstView: FirstCardView }) {
  useBootStudyStore();
  const catalog = useCardCatalog();
  const scheduler = useScheduler();
  const { now, touch } = useClock();
  const [ahead, setAhead] = useState(0);
  const queue = useTodayQueue(Math.max(now, ahead));
  const cards = useStudy((s) => s.cards);
  const settings = useStudy((s) => s.settings);
  const canUndo = useStudy((s) => s.undoDepth > 0);
  const [revealed, setRevealed] = useState(false);
  const shownAt = useRef(0);
  // Distinct cards answered in this session (a card seen three times in learning counts once).
  const [done, setDone] = useState<readonly string[]>([]);

  const currentId = queue.cardIds[0];
  const flashcard = currentId ? catalog?.flashcardsById.get(currentId) : undefined;
  const card = currentId ? cards.get(currentId) : undefined;

  useEffect(() => {
    shownAt.current = performance.now();
  }, [currentId]);

  // The snapshot of today's first card, for the next visit's first paint (not while studying ahead).
  const front = flashcard?.front;
  const counts = queueCountsText(queue);
  useEffect(() => {
    const at = Date.now();
    if (!front || !flashcard || ahead > at) return;
    writeReviewSnapshot({ counts, label: frontLabel(flashcard.kind), front }, cards, at);
  }, [front, flashcard, counts, cards, ahead]);

  const reveal = useCallback(() => setRevealed(true), []);

  const rate = useCallback(
    (rating: Rating) => {
      if (!currentId || !revealed) return;
      const at = Date.now();
      studyStore().getState().rate(currentId, rating, at, Math.round(performance.now() - shownAt.current));
      setRevealed(false);
      touch();
      setDone((ids) => (ids.includes(currentId) ? ids : [...ids, currentId]));
    },
    [currentId, revealed, touch],
  );

  const undo = useCallback(() => {
    if (studyStore().getState().undo()) {
      setRevealed(true);
      touch();
    }
  }, [touch]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "z") {
        event.preventDefault();
        undo();
        return;
      }
      if (event.target instanceof HTMLElement && event.target.closest("button, a, input, textarea, select")) return;
      if (!revealed && (event.key === " " || event.key === "Enter")) {
        event.preventDefault();
        reveal();
      } else if (revealed && ["1", "2", "3", "4"].includes(event.key)) {
        rate(Number(event.key) as Rating);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [revealed, reveal, rate, undo]);

  if (!catalog || !scheduler) return <FirstCardFrame view={firstView} />;

  const undoButton = canUndo && (
    <button type="button" onClick={undo} className="min-h-11 rounded-lg border border-line px-4 font-medium" aria-keyshortcuts="Control+Z">
      Annuler la dernière note
    </button>
  );

  if (!flashcard || !card) {
    const next = queue.nextDueAt;
    // A card comes back later today: say when, never « Terminé ».
    const later = next !== null && next < nextStudyDayStart(now);
    const n = done.length;
    return (
      <section className="space-y-4 rounded-2xl border border-line bg-surface p-5" aria-labelledby="done-title">
        <StorageNotice />
        <h2 id="done-title" className="text-xl font-bold">
          {later ? `Prochaine carte ${formatWhen(next, now)}` : "Terminé pour aujourd’hui"}
        </h2>
        <p>{n > 0 ? `${n} carte${n > 1 ? "s" : ""} révisée${n > 1 ? "s" : ""} pendant cette séance.` : "Aucune carte à réviser pour l’instant."}</p>
        <p data-testid="next-due">{next === null ? "Aucune révision prévue." : `Prochaine révision : ${formatWhen(next, now)}.`}</p>
        <div className="flex flex-wrap gap-3">
          {later && (
            <button type="button" onClick={() => setAhead(next)} className="min-h-11 rounded-lg bg-brand px-4 font-semibold text-brand-ink">
              Revoir maintenant
            </button>
          )}
          {undoButton}
          <Link prefetch={false} href="/entrainement/" className="inline-flex min-h-11 items-center rounded-lg border border-line px-4 font-medium">
            {later ? "S’entraîner en attendant" : "S’entraîner quand même"}
          </Link>
        </div>
      </section>
    );
  }

  const deckId = catalog.deckOfFact.get(flashcard.factId) ?? catalog.decks[0].meta.id;
  return (
    <div className={CARD_STYLE.screen}>
      <StorageNotice />
      <p className={CARD_STYLE.counts} data-testid="queue-counts">
        {counts}
      </p>
      <FlashcardFace card={flashcard} deckId={deckId} revealed={revealed} onReveal={reveal} onSwipe={(d) => rate(d === "left" ? 1 : 3)} />
      <div className={CARD_STYLE.actions}>
        {revealed ? (
          <RatingButtons previews={scheduler.previewIntervals(card, now, settings)} onRate={rate} />
        ) : (
          <button type="button" onClick={reveal} className={CARD_STYLE.reveal} aria-keyshortcuts="Space Enter">
            Afficher la réponse
          </button>
        )}
        {undoButton}
      </div>
    </div>
  );
}
