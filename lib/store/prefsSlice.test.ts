import { describe, expect, it } from "vitest";
import { MemoryStorage } from "./memoryStorage";
import { decodePrefs, DEFAULT_PREFS, mergePrefs, prefsKey } from "./studyPrefs";
import { createBackupJson, parseBackup } from "@/lib/study/backup";
import { DEFAULT_SETTINGS } from "@/lib/study/settings";
import { STORE_KEY } from "./persisted";
import { makeStore } from "./testing";

describe("preferences slice", () => {
  it("saves suspended cards and best times under their own key and reads them back", () => {
    const storage = new MemoryStorage();
    const store = makeStore(storage);
    store.getState().toggleSuspended("a:forward");
    store.getState().toggleFlagged("b:forward");
    expect(store.getState().recordMatchTime("all", 30_000)).toBe(true);
    expect(store.getState().recordMatchTime("all", 40_000)).toBe(false);
    store.getState().dismissWelcome();
    const again = makeStore(storage).getState().prefs;
    expect(again).toEqual({ suspended: ["a:forward"], flagged: ["b:forward"], matchBest: { all: 30_000 }, testDates: {}, welcomeDismissed: true });
    store.getState().toggleSuspended("a:forward");
    expect(makeStore(storage).getState().prefs.suspended).toEqual([]);
  });

  it("applies another tab's preferences", () => {
    const storage = new MemoryStorage();
    const store = makeStore(storage);
    const value = JSON.stringify({ suspended: ["x:reverse"] });
    storage.setItem(prefsKey(STORE_KEY), value);
    store.applyExternalChange(prefsKey(STORE_KEY), value);
    expect(store.getState().prefs.suspended).toEqual(["x:reverse"]);
  });

  it("keeps readable fields of damaged preferences and drops the rest", () => {
    expect(decodePrefs('{"suspended":["a",3,"a"],"matchBest":{"all":-1,"t":5},"welcomeDismissed":"yes"}')).toEqual({
      suspended: ["a"],
      flagged: [],
      matchBest: { t: 5 },
      testDates: {},
      welcomeDismissed: false,
    });
    expect(decodePrefs("{not json").suspended).toEqual([]);
  });

  it("keeps a deck's test date, drops it on request, and refuses a date that is not one", () => {
    const storage = new MemoryStorage();
    const store = makeStore(storage);
    store.getState().setTestDate("deck", "2025-01-12");
    expect(makeStore(storage).getState().prefs.testDates).toEqual({ deck: "2025-01-12" });
    store.getState().setTestDate("deck", "12/01/2025");
    expect(store.getState().prefs.testDates).toEqual({});
    store.getState().setTestDate("deck", "2025-01-12");
    store.getState().setTestDate("deck", null);
    expect(makeStore(storage).getState().prefs.testDates).toEqual({});
  });

  it("merges preferences as a union: both devices' ids, the better time, the restored test date", () => {
    const here = { ...DEFAULT_PREFS, suspended: ["a"], flagged: ["x"], matchBest: { all: 30_000, t: 9_000 }, testDates: { d1: "2025-01-10", d2: "2025-02-01" } };
    const there = { ...DEFAULT_PREFS, suspended: ["b", "a"], flagged: [], matchBest: { all: 20_000, t: 12_000, u: 5_000 }, testDates: { d1: "2025-01-12" }, welcomeDismissed: true };
    expect(mergePrefs(here, there)).toEqual({
      suspended: ["a", "b"],
      flagged: ["x"],
      matchBest: { all: 20_000, t: 9_000, u: 5_000 },
      testDates: { d1: "2025-01-12", d2: "2025-02-01" },
      welcomeDismissed: true,
    });
  });

  it("a backup carries the preferences to another browser; an old backup without them changes none", () => {
    const phone = makeStore(new MemoryStorage());
    phone.getState().toggleSuspended("a:forward");
    phone.getState().toggleFlagged("b:reverse");
    phone.getState().recordMatchTime("all", 41_000);
    phone.getState().setTestDate("deck", "2025-01-12");
    const { settings, cards, orphaned, logs, prefs } = phone.getState();
    const text = createBackupJson({ settings, cards, orphaned, logs, prefs }, { appVersion: "0.1.0", now: 0 });
    const storage = new MemoryStorage();
    const other = makeStore(storage);
    other.getState().toggleFlagged("c:forward");
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(other.getState().importBackup(parsed.backup, 1)).toMatchObject({ ok: true });
    const restored = makeStore(storage).getState().prefs;
    expect(restored).toMatchObject({ suspended: ["a:forward"], matchBest: { all: 41_000 }, testDates: { deck: "2025-01-12" } });
    expect(restored.flagged.sort()).toEqual(["b:reverse", "c:forward"]);

    const old = JSON.parse(text) as Record<string, unknown>;
    delete old.prefs;
    const oldParsed = parseBackup(JSON.stringify({ ...old, settings: DEFAULT_SETTINGS }));
    if (!oldParsed.ok) throw new Error(oldParsed.message);
    const fresh = makeStore(new MemoryStorage());
    fresh.getState().toggleFlagged("z:forward");
    expect(fresh.getState().importBackup(oldParsed.backup, 2)).toMatchObject({ ok: true });
    expect(fresh.getState().prefs.flagged).toEqual(["z:forward"]);
  });
});
