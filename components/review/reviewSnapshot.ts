"use client";
// Keeps the review screen's snapshot (lib/study/firstCard.ts) in localStorage: written by the review
// screen for the card it shows, dropped by the store on any change to the study state. Best effort:
// a full or missing storage only costs the instant first paint.
import { headValidUntil } from "@/lib/study/firstCard";
import type { CardMap } from "@/lib/study/types";
import { FIRST_CARD_KEY } from "../firstView/keys";

export interface FirstCardView {
  counts: string;
  label: string;
  front: string;
}

export function writeReviewSnapshot(view: FirstCardView, cards: CardMap, now: number): void {
  try {
    localStorage.setItem(FIRST_CARD_KEY, JSON.stringify({ v: 1, at: now, until: headValidUntil(cards, now), ...view }));
  } catch {
    // storage full or unavailable
  }
}

export function forgetReviewSnapshot(): void {
  try {
    localStorage.removeItem(FIRST_CARD_KEY);
  } catch {
    // storage unavailable
  }
}
