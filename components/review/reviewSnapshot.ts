"use client";
// The review screen's head card, kept for the next visit's first paint (lib/study/firstViewHtml.ts):
// written by the review screen for the card it shows, dropped by the store on any change to the
// study state (the review screen then writes a fresh one).
import { headValidUntil } from "@/lib/study/firstCard";
import type { CardMap } from "@/lib/study/types";
import { updateFirstView } from "../firstView/firstViewStore";

export interface FirstCardView {
  counts: string;
  label: string;
  front: string;
}

export function writeReviewSnapshot(view: FirstCardView, cards: CardMap, now: number): void {
  updateFirstView({ card: { ...view, at: now, until: headValidUntil(cards, now) } });
}

export function forgetReviewSnapshot(): void {
  updateFirstView({ card: null });
}
