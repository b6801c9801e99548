/**
 * Study-library benchmarks: building today's queue over 1k, 10k and 50k cards (a third studied and
 * due at various dates, the rest new), with a day of logs.
 */
import { buildFlashcards, seededRandom, T0 } from "@/lib/study/fixtures";
import { buildQueue } from "@/lib/study/queue";
import { syncCards } from "@/lib/study/syncCards";
import type { CardMap, ReviewLogEntry, StudyCard } from "@/lib/study/types";
import type { BenchCase } from "../types";

const DAY = 86_400_000;

function collection(size: number): { cards: CardMap; logs: ReviewLogEntry[] } {
  const random = seededRandom(size);
  const cards = new Map<string, StudyCard>(syncCards({ cards: new Map(), orphaned: new Map() }, buildFlashcards(size), T0).cards);
  const logs: ReviewLogEntry[] = [];
  for (const [id, card] of cards) {
    if (random() < 0.66) continue;
    const due = T0 + Math.floor((random() - 0.3) * 30 * DAY);
    cards.set(id, { ...card, state: 2, due, stability: 10, difficulty: 5, scheduledDays: 10, reps: 3, lastReview: due - 10 * DAY });
    if (logs.length < 150) logs.push({ cardId: id, reviewTime: T0 - 3_600_000 + logs.length * 1000, rating: 3, state: 2, durationMs: 4000 });
  }
  return { cards, logs };
}

export const cases: BenchCase[] = [1_000, 10_000, 50_000].map((size) => {
  let input: { cards: CardMap; logs: ReviewLogEntry[] } | null = null;
  return {
    name: "build today's queue",
    size,
    setup: () => {
      input = collection(size);
    },
    fn: () => buildQueue({ cards: input!.cards, logs: input!.logs, priority: [], now: T0 }),
  };
});
