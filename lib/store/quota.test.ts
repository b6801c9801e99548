process.env.TZ = "Europe/Paris";
import { rateCard } from "@/lib/study/scheduler";
/** Storage space: imports all or nothing with the missing space stated, reviews kept across a reload while storage is full. */
import { describe, expect, it } from "vitest";
import { buildFlashcards, counterIds, T0 } from "@/lib/study/fixtures";
import { MemoryStorage } from "./memoryStorage";
import { STORE_KEY } from "./persisted";
import { createStudyStore } from "./studyStore";
import { makeStore, simulateCollection } from "./testing";

const MIN = 60_000;

function full(storage: MemoryStorage): () => void {
  let isFull = false;
  const setItem = storage.setItem.bind(storage);
  storage.setItem = (k, v) => {
    if (isFull && k !== "__kor-space-probe__") throw Object.assign(new Error("full"), { name: "QuotaExceededError" });
    setItem(k, v);
  };
  return () => (isFull = !isFull);
}

describe("storage space", () => {
  it("imports a backup larger than the free space all or nothing, and says how much is missing", () => {
    const storage = new MemoryStorage({ quotaChars: 60_000 });
    const store = makeStore(storage);
    store.getState().syncCards(buildFlashcards(5), T0);
    store.getState().rate("fact-0:forward", 3, T0, 1000);
    const data = () => new Map([...storage.data].filter(([k]) => k !== `${STORE_KEY}-writer`)); // the lease's time may move
    const before = data();
    const { backup, now } = simulateCollection(50, 5_000);
    const outcome = store.getState().importBackup(backup, now);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.neededChars).toBeGreaterThan(60_000);
    expect(outcome.missingChars).toBeGreaterThan(outcome.neededChars - 60_000);
    expect(outcome.missingChars).toBeLessThanOrEqual(outcome.neededChars);
    // Nothing changed, in storage or in memory, and the store still works.
    expect(data()).toEqual(before);
    expect(store.getState().logs).toHaveLength(1);
    expect(store.getState().rate("fact-1:forward", 3, T0 + MIN, 1000)).not.toBeNull();
    expect(makeStore(storage, { now: T0 + 2 * MIN, ids: counterIds("r") }).getState().logs).toHaveLength(2);
  });

  it("imports a backup that fits completely", () => {
    const storage = new MemoryStorage({ quotaChars: 400_000 });
    const store = makeStore(storage);
    const { backup, now } = simulateCollection(50, 5_000);
    expect(store.getState().importBackup(backup, now)).toMatchObject({ ok: true, logs: 5_000 });
    expect(makeStore(storage, { now, ids: counterIds("r") }).getState().logs).toHaveLength(5_000);
  });

  it("keeps every review made while storage is full across a reload, and writes them when space returns", () => {
    const storage = new MemoryStorage();
    const session = new MemoryStorage();
    const toggle = full(storage);
    const open = (now: number, prefix: string) => {
      const store = createStudyStore({ storage, session, newId: counterIds(prefix), rateCard });
      store.rehydrate(now);
      store.getState().syncCards(buildFlashcards(45), now);
      return store;
    };
    const first = open(T0, "a");
    for (let i = 0; i < 10; i++) first.getState().rate(`fact-${i}:forward`, 3, T0 + i * MIN, 1000);
    toggle(); // storage full from here
    for (let i = 10; i < 45; i++) first.getState().rate(`fact-${i}:forward`, 3, T0 + i * MIN, 1000);
    expect(first.getState().storageIssue?.message).toMatch(/pleine.*gardées/);
    // Reload while still full: all 45 reviews are there, and their cards count them.
    const second = open(T0 + 50 * MIN, "b");
    expect(second.getState().logs).toHaveLength(45);
    expect(second.getState().cards.get("fact-44:forward")!.reps).toBe(1);
    toggle(); // space returns
    second.retryWrites();
    expect(second.getState().storageIssue).toBeNull();
    expect(session.getItem(`${STORE_KEY}-pending`)).toBeNull();
    const third = createStudyStore({ storage, session: new MemoryStorage(), newId: counterIds("c"), rateCard });
    third.rehydrate(T0 + 60 * MIN);
    expect(third.getState().logs).toHaveLength(45);
  });
});
