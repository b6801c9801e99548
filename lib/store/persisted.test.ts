import { describe, expect, it } from "vitest";
import { buildReviewCard, T0 } from "@/lib/study/fixtures";
import { DEFAULT_SETTINGS } from "@/lib/study/settings";
import type { StudyCard } from "@/lib/study/types";
import { DEFAULT_PERSISTED, decodePersisted, loadPersisted, migrate, PersistedSerializer, PersistedStateError, STORE_VERSION } from "./persisted";

const v1State = {
  cards: {
    "a:forward": { due: "2025-01-10T09:00:00.000Z", stability: 4.5, difficulty: 5.2, elapsed_days: 0, scheduled_days: 4, reps: 3, lapses: 0, state: 2, last_review: "2025-01-06T09:00:00.000Z" },
    "b:forward": { due: "2025-01-06T09:00:00.000Z", stability: 0, difficulty: 0, elapsed_days: 0, scheduled_days: 0, reps: 0, lapses: 0, state: 0 },
  },
  settings: { newPerDay: 10 },
};

describe("migrate", () => {
  it("upgrades v1 one version at a time: ISO dates to epoch ms, tuples, an empty orphaned map", () => {
    const { state, dropped } = migrate(v1State, 1);
    expect(dropped).toEqual([]);
    expect(state.cards["a:forward"]).toEqual([Date.UTC(2025, 0, 10, 9), 4.5, 5.2, 4, 0, 3, 0, 2, T0]);
    expect(state.cards["b:forward"]).toBe(T0);
    expect(state.orphaned).toEqual({});
    const decoded = decodePersisted(state);
    expect(decoded.settings).toEqual({ ...DEFAULT_SETTINGS, newPerDay: 10 });
    expect(decoded.cards.get("a:forward")!.lastReview).toBe(T0);
  });

  it("lays a partial v2 state over the defaults", () => {
    const decoded = decodePersisted(migrate({ cards: {} }, 2).state);
    expect(decoded).toEqual({ ...DEFAULT_PERSISTED, settings: DEFAULT_SETTINGS });
  });

  it("drops unreadable cards and names them", () => {
    const { state, dropped } = migrate({ cards: { ok: T0, bad: ["x"] }, orphaned: { worse: null } }, 2);
    expect(Object.keys(state.cards)).toEqual(["ok"]);
    expect(dropped.sort()).toEqual(["bad", "worse"]);
    expect(migrate({ cards: { "a:forward": { ...v1State.cards["a:forward"], due: 12 } } }, 1).dropped).toEqual(["a:forward"]);
  });

  it("refuses future and unknown versions, and non-objects", () => {
    expect(() => migrate({}, STORE_VERSION + 1)).toThrow(PersistedStateError);
    expect(() => migrate({}, 0)).toThrow(/unknown/);
    expect(() => migrate("cards", 2)).toThrow(PersistedStateError);
  });
});

describe("loadPersisted and the serializer", () => {
  it("round-trips a state through the fast serializer", () => {
    const state = { ...DEFAULT_PERSISTED, cards: new Map([["a:forward", buildReviewCard("a:forward", T0)]]), priority: ["a:forward"], resetAt: 5 };
    const serializer = new PersistedSerializer();
    const text = serializer.serialize(state);
    expect(JSON.parse(text).version).toBe(STORE_VERSION);
    const loaded = loadPersisted(text);
    expect(loaded).toEqual({ kind: "ok", state, migrated: false, dropped: [] });
    expect(serializer.serialize(state)).toBe(text);
  });

  it("gives the same JSON incrementally (after a change hint) as from scratch", () => {
    const serializer = new PersistedSerializer();
    const cards = new Map<string, StudyCard>(Array.from({ length: 300 }, (_, i) => [`c${i}:forward`, buildReviewCard(`c${i}:forward`, T0 + i)]));
    const state = { ...DEFAULT_PERSISTED, cards };
    serializer.serialize(state);
    const next = new Map(cards).set("c200:forward", buildReviewCard("c200:forward", T0 + 99)).set("new:forward", buildReviewCard("new:forward", T0));
    serializer.noteCardChange(cards, next, ["c200:forward", "new:forward"]);
    const incremental = serializer.serialize({ ...state, cards: next });
    expect(incremental).toBe(new PersistedSerializer().serialize({ ...state, cards: next }));
    expect(loadPersisted(incremental)).toMatchObject({ kind: "ok" });
  });

  it("classifies what it cannot use", () => {
    expect(loadPersisted(null).kind).toBe("empty");
    expect(loadPersisted("{").kind).toBe("corrupt");
    expect(loadPersisted('{"version":2}').kind).toBe("invalid");
    expect(loadPersisted('{"state":{},"version":9}').kind).toBe("future");
  });
});
