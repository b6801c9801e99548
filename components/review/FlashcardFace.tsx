"use client";
// One flashcard: the front, and once revealed the back, the fact's statement, source quote and any
// warning about a doubtful fact. Tapping the hidden card reveals it; swiping the revealed card rates
// it (left: À revoir, right: Bien). Keyboard users have the « Afficher la réponse » button and Space.
import Link from "next/link";
import { useRef, useState, type PointerEvent } from "react";
import type { Flashcard } from "@/lib/generate/types";
import SpeakButton from "../study/SpeakButton";
import { CARD_STYLE, frontLabel } from "./cardText";

const SWIPE_PX = 80;

interface Props {
  card: Flashcard;
  deckId: string;
  revealed: boolean;
  onReveal: () => void;
  onSwipe: (direction: "left" | "right") => void;
}

export default function FlashcardFace({ card, deckId, revealed, onReveal, onSwipe }: Props) {
  const start = useRef<{ x: number; y: number } | null>(null);
  const [dx, setDx] = useState(0);

  const onPointerDown = (e: PointerEvent) => {
    if (revealed && e.pointerType !== "mouse") start.current = { x: e.clientX, y: e.clientY };
  };
  const onPointerMove = (e: PointerEvent) => {
    if (start.current) setDx(e.clientX - start.current.x);
  };
  const onPointerUp = (e: PointerEvent) => {
    if (!start.current) return;
    const moved = e.clientX - start.current.x;
    const vertical = Math.abs(e.clientY - start.current.y);
    start.current = null;
    setDx(0);
    if (Math.abs(moved) >= SWIPE_PX && vertical < Math.abs(moved)) onSwipe(moved < 0 ? "left" : "right");
  };

  return (
    // The tap is a shortcut for touch: keyboard users reveal with the button below, Space or Enter.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions
    <section
      aria-label="Carte"
      data-testid="flashcard"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onClick={(e) => {
        // Taps on the card's own buttons (« Écouter ») do not flip it.
        if (!revealed && !(e.target instanceof Element && e.target.closest("button, a"))) onReveal();
      }}
      onPointerCancel={() => {
        start.current = null;
        setDx(0);
      }}
      style={{ transform: dx ? `translateX(${dx}px) rotate(${dx / 40}deg)` : undefined, touchAction: revealed ? "pan-y" : "auto" }}
      className={`${CARD_STYLE.card} ${revealed ? "" : "cursor-pointer"}`}
    >
      <p className={CARD_STYLE.label}>{frontLabel(card.kind)}</p>
      {/* elementtiming: `npm run first-card` reads when the question is painted. */}
      <h2 className={CARD_STYLE.front} {...{ elementtiming: "first-card" }}>
        {card.front}
      </h2>
      <SpeakButton texts={revealed ? [card.front, card.back] : [card.front]} label={revealed ? "Écouter la question et la réponse" : "Écouter la question"} />
      {revealed && (
        <div className="space-y-3 border-t border-line pt-3" data-testid="card-back">
          <p className="text-2xl font-bold text-brand">{card.back}</p>
          <p>{card.statement}</p>
          <blockquote className="border-l-4 border-line pl-3 text-sm text-muted">« {card.quote} »</blockquote>
          {card.warning && (
            <p className="rounded-lg bg-warn-bg p-2 text-sm text-warn-ink">
              <strong>Attention :</strong> {card.warning}
            </p>
          )}
          <Link prefetch={false} href={`/article/${deckId}/#p-${card.paragraph}`} className="inline-flex min-h-11 items-center font-medium text-brand underline">
            Voir dans l’article
          </Link>
        </div>
      )}
    </section>
  );
}
