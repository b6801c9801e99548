process.env.TZ = "Europe/Paris";
/**
 * The storage fault matrix: each fault is applied to a storage written by the real store (two tabs,
 * two log writers, 24 reviews), then the app boots three times. For every fault: it boots, a French
 * notice says what happened (when there is something to say), the bad data is copied aside at most
 * once, and every review that was not itself destroyed is still in the log and counted in its card.
 */
import { describe, expect, it } from "vitest";
import { buildFlashcards, counterIds, T0 } from "@/lib/study/fixtures";
import { disagreesWithLog } from "@/lib/study/replay";
import { DAY_MS, logId, type ReviewLogEntry } from "@/lib/study/types";
import { MemoryStorage } from "./memoryStorage";
import { STORE_KEY, STORE_VERSION } from "./persisted";
import { ASIDE_BUDGET_CHARS, listAside, storageKeys } from "./storage";
import { makeStore } from "./testing";
import type { StudyStore } from "./studyStore";

const MIN = 60_000;
const FLASHCARDS = buildFlashcards(6);

interface Saved {
  storage: MemoryStorage;
  logs: ReviewLogEntry[];
  /** Log keys, oldest writer first: [chunk 0 of writer A, ids of A, chunk 0 of writer B, ids of B]. */
  chunkA: string;
  idsA: string;
  chunkB: string;
  idsB: string;
}

/** Two tabs' worth of reviews, written by the real store. */
function saved(): Saved {
  const storage = new MemoryStorage();
  const a = makeStore(storage, { ids: counterIds("a") });
  a.getState().syncCards(FLASHCARDS, T0);
  for (let i = 0; i < 16; i++) a.getState().rate(`fact-${i % 4}:forward`, ((i % 4) + 1) as 1 | 2 | 3 | 4, T0 + i * MIN, 3000);
  // A second tab while the first holds the writer lease: its own writer.
  const b = makeStore(storage, { now: T0 + 16 * MIN, ids: counterIds("b") });
  expect(b.writerId).not.toBe(a.writerId);
  for (let i = 0; i < 8; i++) b.getState().rate(`fact-${2 + (i % 4)}:forward`, 3, T0 + (16 + i) * MIN, 2000);
  const key = (w: string, part: string) => `${STORE_KEY}-logs-${w}-${part}`;
  return { storage, logs: [...b.getState().logs], chunkA: key(a.writerId, "0"), idsA: key(a.writerId, "ids"), chunkB: key(b.writerId, "0"), idsB: key(b.writerId, "ids") };
}

const json = (s: MemoryStorage, k: string) => JSON.parse(s.getItem(k)!);
const setJson = (s: MemoryStorage, k: string, v: unknown) => s.setItem(k, JSON.stringify(v));
function editMain(s: MemoryStorage, edit: (state: Record<string, unknown>) => void): void {
  const env = json(s, STORE_KEY);
  edit(env.state);
  setJson(s, STORE_KEY, env);
}
function editChunk(s: MemoryStorage, k: string, edit: (l: unknown[]) => void): void {
  const chunk = json(s, k);
  edit(chunk.l);
  setJson(s, k, chunk);
}

interface Fault {
  name: string;
  apply(saved: Saved): void;
  /** The reviews the fault destroyed on purpose (by index in the saved log, oldest first). */
  lost?: (log: ReviewLogEntry, index: number, saved: Saved) => boolean;
  /** What the student is told on the first boot (null: nothing to tell). */
  notice: RegExp | null;
}

const ofWriterB = (_: ReviewLogEntry, i: number) => i >= 16;
const nthOf = (n: number) => (_: ReviewLogEntry, i: number) => i === n;

const MAIN_FAULTS: Fault[] = [
  { name: "main state: corrupt JSON", apply: (s) => s.storage.setItem(STORE_KEY, "{not json"), notice: /illisibles/ },
  ...[0.1, 0.5, 0.9].map((cut) => ({
    name: `main state: truncated at ${cut * 100} %`,
    apply: (s: Saved) => s.storage.setItem(STORE_KEY, s.storage.getItem(STORE_KEY)!.slice(0, Math.floor(s.storage.getItem(STORE_KEY)!.length * cut))),
    notice: /illisibles/,
  })),
  { name: "main state: empty string", apply: (s) => s.storage.setItem(STORE_KEY, ""), notice: /illisibles/ },
  { name: "main state: null", apply: (s) => s.storage.setItem(STORE_KEY, "null"), notice: /abîmée/ },
  { name: "main state: an array", apply: (s) => s.storage.setItem(STORE_KEY, "[1,2]"), notice: /abîmée/ },
  { name: "main state: cards is a string", apply: (s) => editMain(s.storage, (st) => (st.cards = "oops")), notice: /abîmée/ },
  { name: "main state: settings is a number", apply: (s) => editMain(s.storage, (st) => (st.settings = 42)), notice: null },
  { name: "main state: priority is a string", apply: (s) => editMain(s.storage, (st) => (st.priority = "x")), notice: null },
  { name: "main state: one card with wrong types", apply: (s) => editMain(s.storage, (st) => ((st.cards as Record<string, unknown>)["fact-0:forward"] = ["hier", 1])), notice: /abîmée/ },
  { name: "main state: every card reset to new", apply: (s) => editMain(s.storage, (st) => (st.cards = Object.fromEntries(FLASHCARDS.map((f) => [f.id, T0])))), notice: /reconstruites/ },
  { name: "main state: one card's review count set to 0", apply: (s) => editMain(s.storage, (st) => ((st.cards as Record<string, number[]>)["fact-1:forward"][5] = 0)), notice: /reconstruite/ },
  {
    name: "main state: a card's last review ten years in the future",
    apply: (s) => editMain(s.storage, (st) => ((st.cards as Record<string, number[]>)["fact-2:forward"][8] = T0 + 3650 * DAY_MS)),
    notice: /reconstruite/,
  },
  { name: "main state: quiz history of the wrong type", apply: (s) => editMain(s.storage, (st) => (st.quizHistory = [{ at: "hier" }])), notice: /abîmée/ },
  ...[999, -1, "3", 2.5, 0, null].map((version) => ({
    name: `main state: version ${JSON.stringify(version)}`,
    apply: (s: Saved) => setJson(s.storage, STORE_KEY, { ...json(s.storage, STORE_KEY), version }),
    notice: version === 999 ? /version plus récente/ : /abîmée/,
  })),
  { name: "main state: version missing", apply: (s) => setJson(s.storage, STORE_KEY, { state: json(s.storage, STORE_KEY).state }), notice: /abîmée/ },
  { name: "main state: key deleted, log chunks intact", apply: (s) => s.storage.removeItem(STORE_KEY), notice: /reconstruites/ },
  { name: "main state: unknown extra fields", apply: (s) => editMain(s.storage, (st) => (st.somethingNew = { a: 1 })), notice: null },
];

const LOG_FAULTS: Fault[] = [
  { name: "log: one review rated 7", apply: (s) => editChunk(s.storage, s.chunkA, (l) => (l[4 * 5 + 2] = 72)), lost: nthOf(5), notice: /abîmée/ },
  { name: "log: one duration −50", apply: (s) => editChunk(s.storage, s.chunkA, (l) => (l[4 * 3 + 3] = -50)), lost: nthOf(3), notice: /abîmée/ },
  { name: "log: one rating×10+state of 30.5", apply: (s) => editChunk(s.storage, s.chunkA, (l) => (l[4 * 7 + 2] = 30.5)), lost: nthOf(7), notice: /abîmée/ },
  { name: "log: one card index out of range", apply: (s) => editChunk(s.storage, s.chunkB, (l) => (l[4 * 2] = 99)), lost: nthOf(18), notice: /abîmée/ },
  { name: "log: one card index as a string", apply: (s) => editChunk(s.storage, s.chunkB, (l) => (l[4 * 1] = "0")), lost: nthOf(17), notice: /abîmée/ },
  { name: "log: one rating 0", apply: (s) => editChunk(s.storage, s.chunkA, (l) => (l[4 * 9 + 2] = 2)), lost: nthOf(9), notice: /abîmée/ },
  {
    name: "log: an unreadable time delta (the reviews after it lose their time)",
    apply: (s) => editChunk(s.storage, s.chunkA, (l) => (l[4 * 14 + 1] = "x")),
    lost: (_, i) => i >= 14 && i < 16,
    notice: /abîmée/,
  },
  { name: "log: an odd number of values", apply: (s) => editChunk(s.storage, s.chunkB, (l) => l.push(0, 5)), notice: /abîmée/ },
  {
    name: "log: a chunk truncated (interrupted write)",
    apply: (s) => s.storage.setItem(s.chunkA, s.storage.getItem(s.chunkA)!.slice(0, Math.floor(s.storage.getItem(s.chunkA)!.length * 0.6))),
    lost: (_, i) => i >= 9 && i < 16,
    notice: /illisibles/,
  },
  { name: "log: a chunk that is not JSON", apply: (s) => s.storage.setItem(s.chunkB, "%%%"), lost: ofWriterB, notice: /illisibles/ },
  { name: "log: a chunk that is null", apply: (s) => s.storage.setItem(s.chunkB, "null"), lost: ofWriterB, notice: /illisibles/ },
  { name: "log: card-id list truncated", apply: (s) => s.storage.setItem(s.idsA, s.storage.getItem(s.idsA)!.slice(0, -14)), lost: (l) => l.cardId === "fact-3:forward" && l.reviewTime < T0 + 16 * MIN, notice: /illisibles/ },
  { name: "log: card-id list with a number in it", apply: (s) => setJson(s.storage, s.idsA, [json(s.storage, s.idsA)[0], 7, ...json(s.storage, s.idsA).slice(2)]), lost: (l, i) => i < 16 && l.cardId === "fact-1:forward", notice: /illisibles/ },
  { name: "log: card-id list deleted", apply: (s) => s.storage.removeItem(s.idsB), lost: ofWriterB, notice: /illisibles/ },
  {
    name: "log: the same reviews under two writers",
    apply: (s) => {
      s.storage.setItem(s.chunkA.replace(/-0$/, "-0").replace(/logs-([a-z0-9]+)-/, "logs-copy-"), s.storage.getItem(s.chunkA)!);
      s.storage.setItem(s.idsA.replace(/logs-([a-z0-9]+)-/, "logs-copy-"), s.storage.getItem(s.idsA)!);
    },
    notice: null,
  },
  { name: "log: writer lease is garbage", apply: (s) => s.storage.setItem(`${STORE_KEY}-writer`, "{{"), notice: null },
  {
    name: "log: a 1 MB bad chunk (larger than the aside budget)",
    apply: (s) => s.storage.setItem(`${STORE_KEY}-logs-huge-0`, "x".repeat(ASIDE_BUDGET_CHARS + 10)),
    notice: /ne seront pas écrasées/,
  },
  { name: "log + main: state deleted and one review rated 7", apply: (s) => (s.storage.removeItem(STORE_KEY), editChunk(s.storage, s.chunkA, (l) => (l[2] = 72))), lost: nthOf(0), notice: /abîmée/ },
];

function boot(storage: MemoryStorage, now: number, prefix: string): StudyStore {
  const store = makeStore(storage, { now, ids: counterIds(prefix) });
  store.getState().syncCards(FLASHCARDS, now);
  return store;
}

/** Every card agrees with the log, and the log holds every review not destroyed on purpose. */
function expectReviewsKept(store: StudyStore, expected: ReviewLogEntry[]): void {
  const logs = store.getState().logs;
  expect(logs.map(logId)).toEqual(expected.map(logId));
  expect(logs.map((l) => l.rating)).toEqual(expected.map((l) => l.rating));
  const byCard = new Map<string, ReviewLogEntry[]>();
  for (const log of logs) byCard.set(log.cardId, [...(byCard.get(log.cardId) ?? []), log]);
  for (const [id, reviews] of byCard) expect(disagreesWithLog(store.getState().cards.get(id), reviews, T0 + DAY_MS), id).toBe(false);
}

describe("storage fault matrix", () => {
  const faults = [...MAIN_FAULTS, ...LOG_FAULTS];
  it("tries at least 40 faults", () => expect(faults.length).toBeGreaterThanOrEqual(40));

  for (const fault of faults) {
    it(`${fault.name}: boots, tells, keeps aside once, keeps every valid review`, () => {
      const s = saved();
      fault.apply(s);
      const expected = s.logs.filter((log, i) => !fault.lost?.(log, i, s));

      const first = boot(s.storage, T0 + DAY_MS, "x");
      const issue = first.getState().storageIssue;
      if (fault.notice) expect(issue?.message).toMatch(fault.notice);
      else expect(issue).toBeNull();
      expectReviewsKept(first, expected);
      const asideAfterFirst = listAside(s.storage).map((a) => a.asideKey);
      // Whatever was unreadable is still in storage (in place or aside) and in memory for export.
      for (const aside of first.getState().asideData) expect([...storageKeys(s.storage)].some((k) => s.storage.getItem(k) === aside.raw) || aside.asideKey === null).toBe(true);

      // Rating still works after the fault, and nothing is copied aside again on later visits.
      expect(first.getState().rate("fact-5:forward", 3, T0 + DAY_MS + MIN, 1000)).not.toBeNull();
      const second = boot(s.storage, T0 + DAY_MS + 2 * MIN, "y");
      const third = boot(s.storage, T0 + DAY_MS + 3 * MIN, "z");
      expect(listAside(s.storage).map((a) => a.asideKey)).toEqual(asideAfterFirst);
      expect(third.getState().logs.length).toBe(expected.length + 1);
      if (fault.notice && !/version plus récente|ne seront pas écrasées/.test(fault.notice.source)) expect(second.getState().storageIssue).toBeNull();
      expect(listAside(s.storage).reduce((n, a) => n + a.chars, 0)).toBeLessThanOrEqual(ASIDE_BUDGET_CHARS);
    });
  }

  it("a newer store version is never overwritten, by this tab or later ones", () => {
    const s = saved();
    const raw = JSON.stringify({ ...json(s.storage, STORE_KEY), version: STORE_VERSION + 1 });
    s.storage.setItem(STORE_KEY, raw);
    const store = boot(s.storage, T0 + DAY_MS, "x");
    store.getState().rate("fact-5:forward", 3, T0 + DAY_MS + MIN, 1000);
    expect(s.storage.getItem(STORE_KEY)).toBe(raw);
    // The review made meanwhile is in this tab's log chunk, for the newer version to replay.
    expect(boot(s.storage, T0 + DAY_MS + 2 * MIN, "y").getState().logs).toHaveLength(s.logs.length + 1);
  });
});
