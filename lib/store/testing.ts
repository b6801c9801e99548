/**
 * Test and benchmark helpers for the store: a store over an in-memory storage, and a realistic
 * collection (N cards, M logs) written straight into a storage through the real code paths.
 */
import { buildFlashcards, counterIds, seededRandom, T0 } from "@/lib/study/fixtures";
import { BACKUP_APP, type Backup } from "@/lib/study/backup";
import { rateCard } from "@/lib/study/scheduler";
import { DEFAULT_SETTINGS } from "@/lib/study/settings";
import { syncCards } from "@/lib/study/syncCards";
import type { Rating, ReviewLogEntry } from "@/lib/study/types";
import { MemoryStorage } from "./memoryStorage";
import { createStudyStore, type StudyStore } from "./studyStore";
import type { StorageLike } from "./storage";

/** A hydrated store over `storage` (a fresh MemoryStorage by default). */
export function makeStore(storage: StorageLike | null = new MemoryStorage(), { now = T0, ids = counterIds("w") }: { now?: number; ids?: () => string } = {}): StudyStore {
  const store = createStudyStore({ storage, newId: ids, rateCard });
  store.rehydrate(now);
  return store;
}

/**
 * A realistic collection: `cards` flashcards and `logs` ratings spread over the 400 days after T0,
 * simulated with the real scheduler (seeded ratings and card choice), without touching a store.
 */
export function simulateCollection(cards: number, logs: number, seed = 1): { backup: Backup; now: number } {
  const random = seededRandom(seed);
  const map = new Map(syncCards({ cards: new Map(), orphaned: new Map() }, buildFlashcards(cards), T0).cards);
  const ids = [...map.keys()];
  const step = Math.max(1000, Math.floor((400 * 86_400_000) / Math.max(1, logs)));
  const entries: ReviewLogEntry[] = [];
  let now = T0;
  for (let i = 0; i < logs; i++) {
    now += step;
    const id = ids[Math.floor(random() * ids.length)];
    const { card, log } = rateCard(map.get(id)!, (1 + Math.floor(random() * 4)) as Rating, now, 2000 + Math.floor(random() * 8000));
    map.set(id, card);
    entries.push(log);
  }
  const backup: Backup = { app: BACKUP_APP, format: 1, appVersion: "test", exportedAt: "", settings: DEFAULT_SETTINGS, cards: map, orphaned: new Map(), logs: entries, quizHistory: [], classResults: [], prefs: null };
  return { backup, now };
}

/**
 * Fills a store with a simulated collection (through `importBackup`, one write for all logs).
 * Returns the time of the last rating.
 */
export function populate(store: StudyStore, cards: number, logs: number, seed = 1): { now: number } {
  const { backup, now } = simulateCollection(cards, logs, seed);
  store.getState().importBackup(backup, now);
  return { now };
}
