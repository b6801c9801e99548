process.env.TZ = "Europe/Paris";
import { rateCard } from "@/lib/study/scheduler";
import { describe, expect, it } from "vitest";
import { buildFlashcards, counterIds, T0 } from "@/lib/study/fixtures";
import type { Rating } from "@/lib/study/types";
import { StorageHub } from "./memoryStorage";
import { STORE_KEY } from "./persisted";
import { createStudyStore, type StudyStore } from "./studyStore";
import { startTabSync } from "./tabSync";

const MIN = 60_000;

/** Two tabs over one storage, each with its store and tab sync started. */
function twoTabs() {
  const hub = new StorageHub();
  const open = (name: string, now: number): StudyStore => {
    const win = hub.tab();
    const store = createStudyStore({ storage: win.localStorage, newId: counterIds(name), rateCard });
    store.rehydrate(now);
    store.getState().syncCards(buildFlashcards(10), now);
    startTabSync(win, store, () => now);
    hub.deliver();
    return store;
  };
  const a = open("a", T0);
  const b = open("b", T0 + 1000);
  return { hub, a, b, open };
}

describe("several tabs", () => {
  it("gives each live tab its own log writer", () => {
    const { a, b } = twoTabs();
    expect(a.writerId).not.toBe(b.writerId);
  });

  it("shows a review made in one tab in the other", () => {
    const { hub, a, b } = twoTabs();
    a.getState().rate("fact-0:forward", 3, T0 + MIN, 1000);
    hub.deliver();
    expect(b.getState().cards.get("fact-0:forward")).toEqual(a.getState().cards.get("fact-0:forward"));
    expect(b.getState().logs).toEqual(a.getState().logs);
  });

  it("keeps every review when both tabs rate (N ratings → N logs, in both tabs and in storage)", () => {
    const { hub, a, b } = twoTabs();
    const N = 40;
    for (let i = 0; i < N; i++) {
      const tab = i % 3 === 0 ? b : a;
      tab.getState().rate(`fact-${i % 10}:forward`, ((i % 4) + 1) as Rating, T0 + (i + 1) * MIN, 1000 + i);
      if (i % 5 === 4) hub.deliver(); // events arrive late, sometimes after several ratings
    }
    hub.deliver();
    expect(a.getState().logs).toHaveLength(N);
    expect(b.getState().logs).toEqual(a.getState().logs);
    expect(b.getState().cards).toEqual(a.getState().cards);

    const reopened = createStudyStore({ storage: hub.storage, newId: counterIds("c"), rateCard });
    reopened.rehydrate(T0 + 100 * MIN);
    expect(reopened.getState().logs).toEqual(a.getState().logs);
    expect(reopened.getState().cards).toEqual(a.getState().cards);
  });

  it("writes back at once when the local tab holds newer cards than what another tab stored", () => {
    const { hub, a, b } = twoTabs();
    a.getState().rate("fact-0:forward", 3, T0 + MIN, 1000);
    b.getState().rate("fact-1:forward", 3, T0 + 2 * MIN, 1000); // b has not seen a's write yet: it overwrites it
    const stored = () => JSON.parse(hub.storage.getItem(STORE_KEY)!).state.cards;
    expect(stored()["fact-0:forward"]).toBeTypeOf("number"); // a's review is missing from storage for now
    hub.deliver();
    expect(Array.isArray(stored()["fact-0:forward"])).toBe(true);
    expect(Array.isArray(stored()["fact-1:forward"])).toBe(true);
  });

  it("carries an undo over to the other tab", () => {
    const { hub, a, b } = twoTabs();
    const before = a.getState().cards.get("fact-0:forward");
    a.getState().rate("fact-0:forward", 3, T0 + MIN, 1000);
    hub.deliver();
    a.getState().undo();
    hub.deliver();
    expect(b.getState().logs).toEqual([]);
    expect(b.getState().cards.get("fact-0:forward")).toEqual(before);
  });

  it("carries a reset over to the other tab", () => {
    const { hub, a, b } = twoTabs();
    b.getState().rate("fact-0:forward", 3, T0 + MIN, 1000);
    hub.deliver();
    a.getState().reset(T0 + 2 * MIN);
    hub.deliver();
    expect(b.getState().cards.size).toBe(0);
    expect(b.getState().logs).toEqual([]);
  });

  it("stops listening when asked", () => {
    const hub = new StorageHub();
    const win = hub.tab();
    const store = createStudyStore({ storage: win.localStorage, newId: counterIds("a"), rateCard });
    store.rehydrate(T0);
    const stop = startTabSync(win, store);
    stop();
    const other = createStudyStore({ storage: hub.tab().localStorage, newId: counterIds("b"), rateCard });
    other.rehydrate(T0);
    other.getState().syncCards(buildFlashcards(2), T0);
    hub.deliver();
    expect(store.getState().cards.size).toBe(0);
  });
});
