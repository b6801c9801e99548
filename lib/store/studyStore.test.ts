process.env.TZ = "Europe/Paris";
import { rateCard } from "@/lib/study/scheduler";
import { describe, expect, it } from "vitest";
import { createBackupJson, parseBackup } from "@/lib/study/backup";
import { buildFlashcards, buildLog, buildReviewCard, cardMap, counterIds, T0 } from "@/lib/study/fixtures";
import { DEFAULT_SETTINGS } from "@/lib/study/settings";
import { MemoryStorage } from "./memoryStorage";
import { STORE_KEY, STORE_VERSION } from "./persisted";
import { createStudyStore } from "./studyStore";
import { makeStore } from "./testing";

const MIN = 60_000;

describe("study store", () => {
  it("reads nothing before rehydrate and never overwrites storage with pre-hydration state", () => {
    const storage = new MemoryStorage();
    const first = makeStore(storage);
    first.getState().syncCards(buildFlashcards(3), T0);
    first.getState().rate("fact-0:forward", 3, T0, 4000);
    const before = storage.getItem(STORE_KEY);

    const second = createStudyStore({ storage, newId: counterIds("x"), rateCard });
    expect(second.getState().cards.size).toBe(0);
    second.getState().updateSettings({ newPerDay: 5 });
    expect(storage.getItem(STORE_KEY)).toBe(before);
    second.rehydrate(T0 + MIN);
    expect(second.getState().cards.get("fact-0:forward")).toEqual(first.getState().cards.get("fact-0:forward"));
  });

  it("rebuilds cards from the log once the scheduler arrives, and rates nothing before", () => {
    const storage = new MemoryStorage();
    const first = makeStore(storage);
    first.getState().syncCards(buildFlashcards(2), T0);
    first.getState().rate("fact-0:forward", 3, T0, 4000);
    const rated = first.getState().cards.get("fact-0:forward");
    // The main state loses the card's progress; the log still has its review.
    const main = JSON.parse(storage.getItem(STORE_KEY)!) as { state: { cards: Record<string, unknown> } };
    delete main.state.cards["fact-0:forward"];
    storage.setItem(STORE_KEY, JSON.stringify(main));

    const page = createStudyStore({ storage, newId: counterIds("p") });
    page.rehydrate(T0 + MIN);
    expect(page.getState().cards.has("fact-0:forward")).toBe(false);
    expect(page.getState().storageIssue).toBeNull();
    expect(() => page.getState().rate("fact-1:forward", 3, T0 + MIN, 1000)).toThrow(/scheduler/);
    expect(page.getState().logs).toHaveLength(1);

    page.provideScheduler(rateCard);
    expect(page.getState().cards.get("fact-0:forward")).toEqual(rated);
    expect(page.getState().storageIssue?.message).toMatch(/reconstruite/);
    expect(page.getState().rate("fact-1:forward", 3, T0 + 2 * MIN, 1000)).not.toBeNull();
  });

  it("persists cards, settings, priority and logs, and reloads them exactly", () => {
    const storage = new MemoryStorage();
    const store = makeStore(storage);
    store.getState().syncCards(buildFlashcards(5), T0);
    store.getState().updateSettings({ desiredRetention: 0.85 });
    store.getState().prioritize(["fact-3:forward"]);
    store.getState().rate("fact-0:forward", 3, T0, 4000);
    store.getState().rate("fact-1:forward", 1, T0 + MIN, 6000);

    const reloaded = makeStore(storage, { now: T0 + 2 * MIN, ids: counterIds("r") });
    const a = store.getState();
    const b = reloaded.getState();
    expect(b.cards).toEqual(a.cards);
    expect([...b.cards.keys()]).toEqual([...a.cards.keys()]);
    expect(b.settings.desiredRetention).toBe(0.85);
    expect(b.priority).toEqual(["fact-3:forward"]);
    expect(b.logs).toEqual(a.logs);
    expect(b.logs).toHaveLength(2);
  });

  it("does not persist UI state (storage issue, undo depth)", () => {
    const storage = new MemoryStorage();
    const store = makeStore(storage);
    store.getState().syncCards(buildFlashcards(1), T0);
    store.getState().rate("fact-0:forward", 3, T0, 1);
    const saved = JSON.parse(storage.getItem(STORE_KEY)!);
    expect(Object.keys(saved.state).sort()).toEqual(["cards", "classResults", "orphaned", "priority", "quizHistory", "resetAt", "settings", "teacherQuizzes"]);
    expect(saved.version).toBe(STORE_VERSION);
  });

  it("rates a card: new state, one log, priority cleared", () => {
    const store = makeStore();
    store.getState().syncCards(buildFlashcards(2), T0);
    store.getState().prioritize(["fact-1:forward", "fact-0:forward"]);
    const result = store.getState().rate("fact-1:forward", 3, T0, 3000)!;
    expect(result.card.due).toBe(T0 + 10 * MIN);
    expect(store.getState().logs).toEqual([result.log]);
    expect(store.getState().priority).toEqual(["fact-0:forward"]);
    expect(store.getState().rate("unknown:forward", 3, T0, 1)).toBeNull();
  });

  it("undoes a rating: the exact previous card comes back and its log is gone, also from storage", () => {
    const storage = new MemoryStorage();
    const store = makeStore(storage);
    store.getState().syncCards(buildFlashcards(2), T0);
    store.getState().prioritize(["fact-0:forward"]);
    store.getState().rate("fact-1:forward", 3, T0, 1000);
    const before = store.getState().cards.get("fact-0:forward");
    store.getState().rate("fact-0:forward", 4, T0 + MIN, 2000);
    expect(store.getState().undoDepth).toBe(2);

    expect(store.getState().undo()).toBe(true);
    expect(store.getState().cards.get("fact-0:forward")).toBe(before);
    expect(store.getState().priority).toEqual(["fact-0:forward"]);
    expect(store.getState().logs.map((l) => l.cardId)).toEqual(["fact-1:forward"]);
    const reloaded = makeStore(storage, { ids: counterIds("r") });
    expect(reloaded.getState().logs.map((l) => l.cardId)).toEqual(["fact-1:forward"]);
    expect(reloaded.getState().cards.get("fact-0:forward")).toEqual(before);

    expect(store.getState().undo()).toBe(true);
    expect(store.getState().undo()).toBe(false);
    expect(store.getState().logs).toEqual([]);
  });

  it("validates settings updates", () => {
    const store = makeStore();
    store.getState().updateSettings({ desiredRetention: 2, newPerDay: 30 });
    expect(store.getState().settings).toEqual({ ...DEFAULT_SETTINGS, newPerDay: 30 });
  });

  it("syncs cards with content, keeping orphans", () => {
    const store = makeStore();
    store.getState().syncCards(buildFlashcards(3), T0);
    store.getState().rate("fact-2:forward", 3, T0, 1);
    store.getState().syncCards(buildFlashcards(2), T0 + MIN);
    expect([...store.getState().orphaned.keys()]).toEqual(["fact-2:forward"]);
    store.getState().syncCards(buildFlashcards(3), T0 + 2 * MIN);
    expect(store.getState().cards.get("fact-2:forward")!.reps).toBe(1);
  });

  it("imports a backup by merging: newer cards win, logs are a union", () => {
    const store = makeStore();
    store.getState().syncCards(buildFlashcards(2), T0);
    store.getState().rate("fact-0:forward", 3, T0 + 5 * MIN, 1);
    const text = createBackupJson(
      {
        settings: { ...DEFAULT_SETTINGS, newPerDay: 7 },
        cards: cardMap([buildReviewCard("fact-0:forward", T0 + 86_400_000, { reps: 1 }), buildReviewCard("fact-1:forward", T0 + 86_400_000)]),
        orphaned: new Map(),
        // The card's last review (buildReviewCard: due minus 10 days) is in the log.
        logs: [buildLog("fact-1:forward", T0 - 9 * 86_400_000)],
      },
      { appVersion: "0.1.0", now: T0 },
    );
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.message);
    const result = store.getState().importBackup(parsed.backup, T0 + 6 * MIN);
    expect(result).toEqual({ ok: true, cards: 1, logs: 1 });
    expect(store.getState().cards.get("fact-0:forward")!.lastReview).toBe(T0 + 5 * MIN);
    expect(store.getState().cards.get("fact-1:forward")!.state).toBe(2);
    expect(store.getState().logs).toHaveLength(2);
    expect(store.getState().settings.newPerDay).toBe(7);
    expect(store.getState().importBackup(parsed.backup, T0 + 7 * MIN)).toMatchObject({ ok: true, logs: 0 });
  });

  it("resets everything, logs included", () => {
    const storage = new MemoryStorage();
    const store = makeStore(storage);
    store.getState().syncCards(buildFlashcards(2), T0);
    store.getState().rate("fact-0:forward", 3, T0, 1);
    store.getState().reset(T0 + MIN);
    expect(store.getState().cards.size).toBe(0);
    expect(store.getState().logs).toEqual([]);
    const reloaded = makeStore(storage, { ids: counterIds("r") });
    expect(reloaded.getState().logs).toEqual([]);
    expect(reloaded.getState().resetAt).toBe(T0 + MIN);
  });
});
