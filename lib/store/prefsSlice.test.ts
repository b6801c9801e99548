import { describe, expect, it } from "vitest";
import { MemoryStorage } from "./memoryStorage";
import { decodePrefs, prefsKey } from "./studyPrefs";
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
    expect(again).toEqual({ suspended: ["a:forward"], flagged: ["b:forward"], matchBest: { all: 30_000 }, welcomeDismissed: true });
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
      welcomeDismissed: false,
    });
    expect(decodePrefs("{not json").suspended).toEqual([]);
  });
});
