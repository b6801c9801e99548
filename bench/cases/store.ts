/**
 * Store benchmarks: rating one card and persisting (main state + the log chunk) with 10k cards and
 * 1k, 10k or 100k logs, over an in-memory Storage that stores strings like localStorage. The budget
 * is 16 ms at 10k cards / 100k logs. Also exports `storedSizes` (bytes per card and per log).
 */
import { T0 } from "@/lib/study/fixtures";
import type { Rating } from "@/lib/study/types";
import { MemoryStorage } from "@/lib/store/memoryStorage";
import { STORE_KEY } from "@/lib/store/persisted";
import type { StudyStore } from "@/lib/store/studyStore";
import { makeStore, populate } from "@/lib/store/testing";
import type { BenchCase } from "../types";

const CARDS = 10_000;

/**
 * Characters stored (localStorage quotas count UTF-16 code units) for `cards` cards and `logs` logs.
 *
 * @example
 * storedSizes(10_000, 100_000); // { perCard: 75.7, perLog: 22, total: 2950000, ... }
 */
export function storedSizes(cards: number, logs: number): { main: number; logs: number; total: number; perCard: number; perLog: number } {
  const storage = new MemoryStorage();
  populate(makeStore(storage), cards, logs);
  let main = 0;
  let logChars = 0;
  for (const [k, v] of storage.data) {
    if (k === STORE_KEY) main += k.length + v.length;
    else logChars += k.length + v.length;
  }
  return { main, logs: logChars, total: main + logChars, perCard: main / cards, perLog: logs ? logChars / logs : 0 };
}

export const cases: BenchCase[] = [1_000, 10_000, 100_000].map((logs) => {
  let store: StudyStore | null = null;
  let ids: string[] = [];
  let now = T0;
  let i = 0;
  return {
    name: "rate+persist, 10k cards (size = logs)",
    size: logs,
    setup: () => {
      const storage = new MemoryStorage();
      store = makeStore(storage);
      now = populate(store, CARDS, logs).now;
      ids = [...store.getState().cards.keys()];
    },
    fn: () => {
      i++;
      now += 60_000;
      return store!.getState().rate(ids[(i * 7919) % ids.length], ((i % 4) + 1) as Rating, now, 3000);
    },
  };
});
