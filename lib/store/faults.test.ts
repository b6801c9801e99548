process.env.TZ = "Europe/Paris";
import { rateCard } from "@/lib/study/scheduler";
import { describe, expect, it } from "vitest";
import { buildFlashcards, counterIds, T0 } from "@/lib/study/fixtures";
import { MemoryStorage } from "./memoryStorage";
import { STORE_KEY, STORE_VERSION, type PersistedV1Card } from "./persisted";
import { getBrowserStorage } from "./storage";
import { createStudyStore } from "./studyStore";
import { makeStore } from "./testing";

const MIN = 60_000;

/** A storage holding one studied card and its log, written by the real store. */
function savedStorage(): MemoryStorage {
  const storage = new MemoryStorage();
  const store = makeStore(storage);
  store.getState().syncCards(buildFlashcards(3), T0);
  store.getState().rate("fact-0:forward", 3, T0, 4000);
  return storage;
}

/** The store boots, tells the student, keeps the raw data aside and goes on working. */
function expectBootsAndKeepsAside(storage: MemoryStorage, raw: string, kind: string) {
  const store = makeStore(storage, { now: T0 + MIN, ids: counterIds("b") });
  const { storageIssue, asideData } = store.getState();
  expect(storageIssue?.kind).toBe(kind);
  expect(storageIssue?.message).toMatch(/[a-zé]/);
  expect(storageIssue?.asideKey).toMatch(new RegExp(`^${STORE_KEY}-aside-[0-9a-f]{8}-${T0 + MIN}$`));
  expect(storage.getItem(storageIssue!.asideKey!)).toBe(raw);
  expect(asideData.map((a) => a.raw)).toContain(raw);
  store.getState().syncCards(buildFlashcards(2), T0 + MIN);
  expect(store.getState().rate("fact-1:forward", 3, T0 + MIN, 1000)).not.toBeNull();
  expect(storage.getItem(storageIssue!.asideKey!)).toBe(raw);
  return store;
}

describe("storage faults", () => {
  it("boots on corrupt JSON, keeping it aside", () => {
    const storage = savedStorage();
    storage.setItem(STORE_KEY, "{{{ not json");
    const store = expectBootsAndKeepsAside(storage, "{{{ not json", "corrupt");
    expect(store.getState().storageIssue!.message).toContain("illisibles");
    // The logs, stored apart, survived.
    expect(store.getState().logs.map((l) => l.cardId)).toContain("fact-0:forward");
  });

  it("boots on a half-written (truncated) state", () => {
    const storage = savedStorage();
    const full = storage.getItem(STORE_KEY)!;
    const half = full.slice(0, Math.floor(full.length / 2));
    storage.setItem(STORE_KEY, half);
    expectBootsAndKeepsAside(storage, half, "corrupt");
  });

  it("boots on wrong types", () => {
    const storage = savedStorage();
    const raw = JSON.stringify({ state: { cards: "oops" }, version: 2 });
    storage.setItem(STORE_KEY, raw);
    expectBootsAndKeepsAside(storage, raw, "invalid");
  });

  it("keeps the readable cards when only some are wrong, and sets the whole raw state aside", () => {
    const storage = savedStorage();
    const saved = JSON.parse(storage.getItem(STORE_KEY)!);
    saved.state.cards["fact-2:forward"] = ["hier", 1];
    const raw = JSON.stringify(saved);
    storage.setItem(STORE_KEY, raw);
    const store = expectBootsAndKeepsAside(storage, raw, "invalid");
    expect(store.getState().cards.get("fact-0:forward")!.reps).toBe(1);
  });

  it("boots on a state from a future version without overwriting it", () => {
    const storage = savedStorage();
    const raw = JSON.stringify({ state: { cards: {}, somethingNew: true }, version: STORE_VERSION + 1 });
    storage.setItem(STORE_KEY, raw);
    const store = expectBootsAndKeepsAside(storage, raw, "future");
    expect(store.getState().storageIssue!.message).toContain("plus récente");
  });

  it("never overwrites unreadable data it could not copy aside", () => {
    const storage = savedStorage();
    storage.setItem(STORE_KEY, "{ truncated");
    const full = new MemoryStorage({ quotaChars: storage.usedChars() + 5 });
    for (const [k, v] of storage.data) full.setItem(k, v);
    const store = makeStore(full, { now: T0 + MIN, ids: counterIds("b") });
    expect(store.getState().storageIssue?.kind).toBe("corrupt");
    expect(store.getState().storageIssue?.asideKey).toBeUndefined();
    expect(store.getState().storageIssue?.message).toContain("ne seront pas écrasées");
    expect(store.getState().asideData[0].raw).toBe("{ truncated");
    store.getState().syncCards(buildFlashcards(2), T0 + MIN);
    expect(full.getItem(STORE_KEY)).toBe("{ truncated");
  });

  it("keeps working in memory when the quota is exceeded, and says so", () => {
    const storage = savedStorage();
    const limited = new MemoryStorage({ quotaChars: storage.usedChars() + 400 });
    for (const [k, v] of storage.data) limited.setItem(k, v);
    const store = makeStore(limited, { now: T0 + MIN, ids: counterIds("b") });
    store.getState().syncCards(buildFlashcards(300), T0 + MIN);
    expect(store.getState().storageIssue?.kind).toBe("quota");
    expect(store.getState().storageIssue?.message).toContain("pleine");
    expect([...store.getState().cards.keys()]).toHaveLength(300);
    expect(store.getState().rate("fact-299:forward", 3, T0 + 2 * MIN, 1000)).not.toBeNull();
    // What was stored before is still there and readable.
    const reread = makeStore(limited, { now: T0 + 3 * MIN, ids: counterIds("c") });
    expect(reread.getState().cards.get("fact-0:forward")!.reps).toBe(1);
  });

  it("clears the quota warning once writes succeed again", () => {
    let full = true;
    const storage = new MemoryStorage({
      onSet: () => {
        if (full) throw Object.assign(new Error("full"), { name: "QuotaExceededError" });
      },
    });
    const store = makeStore(storage);
    store.getState().syncCards(buildFlashcards(2), T0);
    expect(store.getState().storageIssue?.kind).toBe("quota");
    full = false;
    store.getState().rate("fact-0:forward", 3, T0, 1);
    expect(store.getState().storageIssue).toBeNull();
    expect(makeStore(storage, { ids: counterIds("r") }).getState().logs).toHaveLength(1);
  });

  it("works in memory when localStorage is unavailable (private browsing)", () => {
    const win = {
      get localStorage(): Storage {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    };
    const storage = getBrowserStorage(win);
    expect(storage).toBeNull();
    const store = createStudyStore({ storage, newId: counterIds(), rateCard });
    store.rehydrate(T0);
    expect(store.getState().storageIssue?.kind).toBe("unavailable");
    expect(store.getState().storageIssue?.message).toContain("navigation privée");
    store.getState().syncCards(buildFlashcards(2), T0);
    store.getState().rate("fact-0:forward", 3, T0, 1);
    expect(store.getState().logs).toHaveLength(1);
    expect(store.getState().undo()).toBe(true);
  });

  it("treats a storage whose getItem throws as unavailable", () => {
    const storage = new MemoryStorage();
    storage.getItem = () => {
      throw new Error("denied");
    };
    const store = makeStore(storage);
    expect(store.getState().storageIssue?.kind).toBe("unavailable");
  });

  it("sets a corrupt log chunk aside and loads the others", () => {
    const storage = savedStorage();
    const chunkKey = [...storage.data.keys()].find((k) => /-logs-\w+-0$/.test(k))!;
    storage.setItem(chunkKey, '{"t":1,"l":[0,0,3');
    const store = makeStore(storage, { now: T0 + MIN, ids: counterIds("b") });
    expect(store.getState().storageIssue?.kind).toBe("corrupt");
    expect(storage.getItem(store.getState().storageIssue!.asideKey!)).toBe('{"t":1,"l":[0,0,3');
    expect(store.getState().cards.get("fact-0:forward")!.reps).toBe(1);
    // The broken writer is not reused: new logs go under a new writer, the broken chunk stays.
    store.getState().rate("fact-1:forward", 3, T0 + MIN, 1);
    expect(storage.getItem(chunkKey)).toBe('{"t":1,"l":[0,0,3');
    expect(makeStore(storage, { now: T0 + 2 * MIN, ids: counterIds("c") }).getState().logs).toHaveLength(1);
  });

  it("migrates from version 1 (ISO dates, no orphaned map) and saves as the current version", () => {
    const storage = new MemoryStorage();
    const v1Card: PersistedV1Card = {
      due: "2025-01-10T09:00:00.000Z",
      stability: 4.5,
      difficulty: 5.2,
      elapsed_days: 0,
      scheduled_days: 4,
      learning_steps: 0,
      reps: 3,
      lapses: 0,
      state: 2,
      last_review: "2025-01-06T09:00:00.000Z",
    };
    storage.setItem(STORE_KEY, JSON.stringify({ state: { cards: { "fact-0:forward": v1Card }, settings: { desiredRetention: 0.85 } }, version: 1 }));
    const store = makeStore(storage);
    const card = store.getState().cards.get("fact-0:forward")!;
    expect(card.due).toBe(Date.UTC(2025, 0, 10, 9));
    expect(card.lastReview).toBe(T0);
    expect(card.reps).toBe(3);
    expect(store.getState().orphaned.size).toBe(0);
    expect(store.getState().settings.desiredRetention).toBe(0.85);
    expect(store.getState().storageIssue).toBeNull();
    expect(JSON.parse(storage.getItem(STORE_KEY)!).version).toBe(STORE_VERSION);
  });

  it("migrates a genuine version 2 state to version 3: everything kept, empty quiz lists", () => {
    const storage = new MemoryStorage();
    const v2 =
      '{"state":{"cards":{"fact-0:forward":[1736499600000,4.5,5.2,4,0,3,0,2,' +
      T0 +
      '],"fact-1:forward":' +
      T0 +
      '},"orphaned":{},"settings":{"desiredRetention":0.85},"priority":["fact-1:forward"],"resetAt":0},"version":2}';
    storage.setItem(STORE_KEY, v2);
    const state = makeStore(storage).getState();
    expect(state.storageIssue).toBeNull();
    expect(state.cards.get("fact-0:forward")!.reps).toBe(3);
    expect(state.cards.has("fact-1:forward")).toBe(true);
    expect(state.settings.desiredRetention).toBe(0.85);
    expect(state.priority).toEqual(["fact-1:forward"]);
    expect(state.quizHistory).toEqual([]);
    expect(state.teacherQuizzes).toEqual([]);
    expect(state.classResults).toEqual([]);
    const saved = JSON.parse(storage.getItem(STORE_KEY)!);
    expect(saved.version).toBe(3);
    expect(saved.state.classResults).toEqual([]);
  });
});

describe("time faults", () => {
  it("saves every rating made with the clock two days behind the last reviews", () => {
    const storage = new MemoryStorage();
    const store = makeStore(storage, { now: T0 + 2 * 86_400_000 });
    store.getState().syncCards(buildFlashcards(5), T0 + 2 * 86_400_000);
    for (let i = 0; i < 5; i++) store.getState().rate(`fact-${i}:forward`, 3, T0 + 2 * 86_400_000, 1000);
    for (let i = 0; i < 5; i++) expect(() => store.getState().rate(`fact-${i}:forward`, 3, T0 + i * MIN, 1000)).not.toThrow();
    const reread = makeStore(storage, { now: T0 + 5 * MIN, ids: counterIds("r") });
    expect(reread.getState().logs).toHaveLength(10);
    expect(reread.getState().cards.get("fact-0:forward")!.reps).toBe(2);
  });
});
