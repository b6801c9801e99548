"use client";
// Reset: erases every card's progress and every review on this device, only after a confirmation
// dialog (never one tap). Settings are kept; the deck's cards come back as new.
import { useRef, useState } from "react";
import type { Flashcard } from "@/lib/study/types";
import { plural } from "../stats/format";
import { studyStore, useStudy } from "../study/studyStore";
import { DANGER, SECONDARY } from "./buttons";

/** `flashcards`: the content's cards, `null` until loaded (the store syncs them itself when they arrive). */
export default function ResetPanel({ flashcards }: { flashcards: readonly Flashcard[] | null }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const studied = useStudy((s) => {
    let n = 0;
    for (const card of s.cards.values()) if (card.state !== 0) n++;
    return n;
  });
  const logCount = useStudy((s) => s.logs.length);
  const [done, setDone] = useState(false);

  // showModal() focuses the first button, "Annuler": the safe choice.
  function open() {
    setDone(false);
    dialog.current?.showModal();
  }

  function confirm() {
    const now = Date.now();
    const store = studyStore().getState();
    store.reset(now);
    if (flashcards) store.syncCards(flashcards, now);
    dialog.current?.close();
    setDone(true);
  }

  return (
    <div className="space-y-2">
      <p className="text-sm text-muted">
        Efface la progression de toutes les cartes et tout l’historique sur cet appareil. Tes réglages sont conservés.
      </p>
      <button type="button" className={DANGER} onClick={open} aria-haspopup="dialog">
        Tout effacer…
      </button>
      {done && (
        <p role="status" className="font-medium" data-testid="reset-done">
          Ta progression a été effacée.
        </p>
      )}
      <dialog
        ref={dialog}
        aria-labelledby="reset-title"
        aria-describedby="reset-text"
        className="m-auto w-[min(100%-2rem,24rem)] space-y-3 rounded-2xl border border-line bg-surface p-4 text-ink backdrop:bg-black/60"
      >
        <h2 id="reset-title" className="text-lg font-semibold">
          Effacer toute ta progression ?
        </h2>
        <p id="reset-text">
          {plural(studied, "carte étudiée", "cartes étudiées")} et {plural(logCount, "révision")} seront effacées de cet
          appareil. C’est définitif&nbsp;: exporte d’abord une sauvegarde si tu veux pouvoir revenir en arrière.
        </p>
        <div className="flex flex-wrap justify-end gap-2">
          <button type="button" className={SECONDARY} onClick={() => dialog.current?.close()}>
            Annuler
          </button>
          <button type="button" className={DANGER} onClick={confirm}>
            Oui, tout effacer
          </button>
        </div>
      </dialog>
    </div>
  );
}
