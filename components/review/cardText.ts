// The review screen's texts that its prerendered first view (FirstCardFrame) shows too, so both
// paint the same words in the same boxes.
import { dueCountOf, type StudyQueue } from "@/lib/study/queue";
import type { CardKind } from "@/lib/study/types";

export function queueCountsText(queue: Pick<StudyQueue, "cardIds" | "newCount" | "dueCount" | "priorityCount">): string {
  return `${queue.cardIds.length} à voir · ${queue.newCount} nouvelle${queue.newCount > 1 ? "s" : ""} · ${dueCountOf(queue)} à réviser`;
}

export function frontLabel(kind: CardKind): string {
  return kind === "reverse" ? "À quoi correspond…" : "Question";
}

/** Class names shared by the live card and its prerendered frame. */
export const CARD_STYLE = {
  screen: "flex min-h-[calc(100dvh-12rem)] flex-col gap-4",
  counts: "text-sm text-muted",
  card: "min-h-64 space-y-3 rounded-2xl border border-line bg-surface p-5 shadow-sm",
  label: "text-sm font-medium text-muted",
  front: "text-xl font-semibold leading-snug",
  actions: "mt-auto space-y-3",
  reveal: "min-h-14 w-full rounded-xl bg-brand text-lg font-semibold text-brand-ink",
} as const;
