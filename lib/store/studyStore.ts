/**
 * The study store: one zustand vanilla store made of slices (cards + logs, settings, priority,
 * storage status), persisted to localStorage.
 *
 * - Main state (the `PERSISTED_FIELDS`) goes through zustand `persist` under `STORE_KEY` with
 *   `version`, `partialize` and `skipHydration`; a custom storage adapter validates and upgrades on read
 *   (`persisted.ts`), sets unreadable data aside instead of overwriting it, never writes over a newer
 *   version, and skips writes when the persisted parts did not change. Review logs go to the
 *   append-only `LogStore` (see logStore.ts).
 * - The log is the truth: after reading, every card that disagrees with its reviews is rebuilt from
 *   them (`lib/study/replay.ts`) and the student is told.
 * - Nothing is read before `store.rehydrate(now)`, which the app calls in a client effect.
 * - The FSRS scheduler is handed in (`rateCard`, at creation or later with `provideScheduler`), so a
 *   page can load ts-fsrs after its first paint: rating and importing need it, and so does rebuilding
 *   cards from the log, which waits for it.
 * - Other tabs' writes arrive through `store.applyExternalChange(key, newValue)` (see tabSync.ts):
 *   per card the later review wins, logs are a union, and local newer cards are written back at once.
 *
 * @example
 * const store = createStudyStore({ storage: getBrowserStorage(window), newId: () => crypto.randomUUID() });
 * store.rehydrate(Date.now());
 * store.getState().syncCards(flashcards, Date.now());
 * const stop = startTabSync(window, store);
 */
import { createStore, type Mutate, type StoreApi } from "zustand/vanilla";
import { persist, type PersistStorage } from "zustand/middleware";
import * as v from "valibot"; // not zod: this runs in the browser, and valibot ships only the checks used
import { decodeLog, encodeLog, encodedLogSchema } from "@/lib/study/codec";
import { mergeCardMaps } from "@/lib/study/merge";
import { countFutureCards, reconcileWithLog } from "@/lib/study/replay";
import type { RateCard } from "@/lib/study/scheduler";
import type { CardMap } from "@/lib/study/types";
import { LogStore } from "./logStore";
import { loadPersisted, partializeState, PersistedSerializer, samePersisted, STORE_KEY, STORE_VERSION, type PersistedState } from "./persisted";
import { createCardsSlice } from "./slices/cardsSlice";
import { createPrioritySlice } from "./slices/prioritySlice";
import { createSettingsSlice } from "./slices/settingsSlice";
import { createQuizSlice } from "./slices/quizSlice";
import { createStorageSlice } from "./slices/storageSlice";
import { createPrefsSlice } from "./slices/prefsSlice";
import { prefsKey } from "./studyPrefs";
import type { SliceContext, StudyStoreState } from "./slices/types";
import { charsNeeded, estimateFreeChars, isQuotaError, listAside, type AsideEntry, repairedMessage, setAside, storageIssueMessage, writeAll, type AsideData, type StorageIssue, type StorageLike } from "./storage";

export interface StudyStoreOptions {
  /** `getBrowserStorage(window)` in the app, a `MemoryStorage` in tests; null = memory only. */
  storage: StorageLike | null;
  /** Returns a fresh random id (tab and log-writer ids), e.g. `() => crypto.randomUUID()`. */
  newId: () => string;
  /** Storage key of the main state (log keys derive from it). */
  key?: string;
  /**
   * Where reviews that did not fit in `storage` wait (sessionStorage in the app: it survives a
   * reload of the tab and has its own quota); they are written to `storage` as soon as there is room.
   */
  session?: StorageLike | null;
  /**
   * The scheduler (`rateCard` of lib/study/scheduler.ts). Tests pass it here; the app passes it with
   * `provideScheduler` once ts-fsrs has loaded, and rates nothing before.
   */
  rateCard?: RateCard;
}

export interface StudyStoreExtras {
  /** Reads storage (main state and logs) into the store; call once on the client. */
  rehydrate(now: number): void;
  /** Hands the scheduler to a store created without it; cards the log disagrees with are rebuilt then. */
  provideScheduler(rateCard: RateCard): void;
  /** Applies another tab's write (`storage` event) to this store. */
  applyExternalChange(key: string | null, newValue: string | null, now?: number): void;
  /** Tries the writes that failed (storage full) again, e.g. after space was freed. */
  retryWrites(): void;
  /** The copies of unreadable data kept in storage, oldest first (listed in Réglages). */
  asideCopies(): AsideEntry[];
  /** The content of one aside copy (null if gone). */
  readAside(asideKey: string): string | null;
  /** Deletes one aside copy, then retries waiting writes with the space freed. */
  removeAside(asideKey: string): void;
  /** This tab's log writer id. */
  readonly writerId: string;
  /** Storage key of the main state. */
  readonly key: string;
}

export type StudyStore = Mutate<StoreApi<StudyStoreState>, [["zustand/persist", PersistedState]]> & StudyStoreExtras;

function isEmpty(map: CardMap): boolean {
  return map.size === 0;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

const SEVERITY: Record<StorageIssue["kind"], number> = { unavailable: 5, quota: 4, future: 3, corrupt: 2, invalid: 1, repaired: 0, clock: 0 };

/** The issue to show when `next` happens while `current` is shown: the more severe wins, and information (repairs, clock) is added to it. */
function combineIssues(current: StorageIssue | null, next: StorageIssue): StorageIssue {
  if (!current || current.kind === next.kind) return next;
  const [high, low] = SEVERITY[current.kind] >= SEVERITY[next.kind] ? [current, next] : [next, current];
  if (SEVERITY[low.kind] > 0 || high.message.includes(low.message)) return high;
  return { ...high, message: `${high.message} ${low.message}` };
}

/** Picks the persisted part of the state (no UI flags, no logs). */
export const partialize = (s: StudyStoreState): PersistedState => partializeState(s);

/**
 * Creates the study store over a storage.
 *
 * @example
 * const store = createStudyStore({ storage: new MemoryStorage(), newId: counterIds() });
 * store.rehydrate(t0);
 */
export function createStudyStore({ storage, newId, key = STORE_KEY, session = null, rateCard }: StudyStoreOptions): StudyStore {
  let scheduler = rateCard ?? null;
  let repairPending = false;
  let api: StoreApi<StudyStoreState> | null = null;
  let hydrated = false;
  let blockMain = false;
  let writing = false;
  let lastWritten: PersistedState | null = null;
  let lastNow = 0;
  const serializer = new PersistedSerializer();

  const report = (issue: StorageIssue, aside?: AsideData) => {
    if (!api) return;
    const current = api.getState();
    if (issue.kind === "quota") keepPending();
    api.setState({ storageIssue: combineIssues(current.storageIssue, issue), ...(aside ? { asideData: [...current.asideData, aside] } : {}) });
  };

  const logStore = new LogStore(storage, key, newId, report);
  const pendingKey = `${key}-pending`;

  /** Copies the reviews storage refused to the session storage (replaced on each failure). */
  const keepPending = () => {
    try {
      session?.setItem(pendingKey, JSON.stringify(logStore.unsaved().map(encodeLog)));
    } catch {
      // Session storage full too: the reviews stay in memory, and the notice asks for an export.
    }
  };

  /** Storage accepted everything again: the quota notice goes, the session copy too. */
  const clearQuota = () => {
    if (api?.getState().storageIssue?.kind === "quota") api.setState({ storageIssue: null });
    try {
      session?.removeItem(pendingKey);
    } catch {
      // nothing to remove
    }
  };

  /** Reviews a previous page of this tab could not store (storage was full), back into the log. */
  const restorePending = (now: number) => {
    let raw: string | null = null;
    try {
      raw = session?.getItem(pendingKey) ?? null;
    } catch {
      return;
    }
    if (!raw) return;
    const pending = safeJson(raw);
    if (!Array.isArray(pending)) return;
    const logs = pending.flatMap((item) => {
      const log = v.safeParse(encodedLogSchema, item);
      return log.success ? [decodeLog(log.output)] : [];
    });
    if (logStore.addLogs(logs, now) && logStore.unsaved().length === 0) clearQuota();
  };
  const commitAll: SliceContext["commitAll"] = (writes, state) => {
    if (!storage || !hydrated || logStore.isDisabled) return { ok: true };
    const all: [string, string][] = blockMain ? [...writes] : [...writes, [key, serializer.serialize(state)]];
    try {
      writeAll(storage, all);
      if (!blockMain) lastWritten = state;
      return { ok: true };
    } catch (error) {
      const neededChars = charsNeeded(storage, all);
      if (!isQuotaError(error)) return { ok: false, neededChars, missingChars: neededChars };
      return { ok: false, neededChars, missingChars: Math.max(1, neededChars - estimateFreeChars(storage, neededChars)) };
    }
  };
  const ctx: SliceContext = {
    logStore,
    undoStack: [],
    report,
    commitAll,
    noteCardChange: (from, to, ids) => serializer.noteCardChange(from, to, ids),
    storage,
    key,
    rateCard: (...args) => {
      if (!scheduler) throw new Error("The scheduler was not handed to the store yet (provideScheduler).");
      return scheduler(...args);
    },
  };

  const write = (state: PersistedState, force = false) => {
    if (!hydrated || !storage || blockMain || writing) return;
    if (!force && samePersisted(lastWritten, state)) return;
    writing = true;
    try {
      storage.setItem(key, serializer.serialize(state));
      lastWritten = state;
      if (api?.getState().storageIssue?.kind === "quota" && logStore.flush()) clearQuota();
    } catch (error) {
      const kind = isQuotaError(error) ? "quota" : "unavailable";
      report({ kind, message: storageIssueMessage(kind) });
    } finally {
      writing = false;
    }
  };

  /**
   * Keeps an unreadable main state aside (once per distinct content). A newer version's state, or one
   * that could not be copied, is never written over: this tab then writes only its own log chunks.
   */
  const setAsideMain = (raw: string, kind: "corrupt" | "invalid" | "future") => {
    const { asideKey, fresh } = setAside(storage, key, raw, lastNow);
    if (asideKey === null || kind === "future") blockMain = true;
    if (fresh || kind === "future") {
      report({ kind, message: storageIssueMessage(kind, asideKey !== null), ...(asideKey ? { asideKey } : {}) }, { key, asideKey, raw });
    }
  };

  const persistStorage: PersistStorage<PersistedState> = {
    getItem: (name) => {
      if (!storage) return null;
      let raw: string | null;
      try {
        raw = storage.getItem(name);
      } catch {
        // Unreadable storage may still hold the student's data: never write over it.
        blockMain = true;
        logStore.disable();
        report({ kind: "unavailable", message: storageIssueMessage("unavailable") });
        return null;
      }
      const result = loadPersisted(raw);
      if (result.kind === "empty") return null;
      if (result.kind !== "ok") {
        setAsideMain(raw!, result.kind);
        return null;
      }
      if (result.dropped.length > 0) setAsideMain(raw!, "invalid");
      else if (!result.migrated) lastWritten = result.state;
      return { state: result.state, version: STORE_VERSION };
    },
    setItem: (_name, value) => write(value.state),
    removeItem: (name) => storage?.removeItem(name),
  };

  const store = createStore<StudyStoreState>()(
    persist(
      (...a) => ({
        ...createCardsSlice(ctx)(...a),
        ...createSettingsSlice(ctx)(...a),
        ...createPrioritySlice(ctx)(...a),
        ...createStorageSlice(ctx)(...a),
        ...createQuizSlice(ctx)(...a),
        ...createPrefsSlice(ctx)(...a),
      }),
      {
        name: key,
        version: STORE_VERSION,
        storage: persistStorage,
        partialize,
        skipHydration: true,
        // No `migrate` here: the adapter validates and upgrades (it must set unreadable data aside
        // first) and always hands zustand the current version.
        merge: (persisted, current) => {
          const p = persisted as PersistedState | undefined;
          if (!p) return current;
          const cards = isEmpty(current.cards) ? p.cards : mergeCardMaps(current.cards, p.cards).cards;
          const orphaned = isEmpty(current.orphaned) ? p.orphaned : mergeCardMaps(current.orphaned, p.orphaned).cards;
          const merged = {
            ...current,
            cards,
            orphaned,
            settings: p.settings,
            priority: p.priority,
            resetAt: p.resetAt,
            quizHistory: p.quizHistory,
            teacherQuizzes: p.teacherQuizzes,
            classResults: p.classResults,
          };
          if (cards !== p.cards || orphaned !== p.orphaned) lastWritten = null;
          else if (lastWritten) lastWritten = partialize(merged);
          return merged;
        },
      },
    ),
  );
  api = store;

  const rehydrate = (now: number) => {
    lastNow = now;
    if (!storage) report({ kind: "unavailable", message: storageIssueMessage("unavailable") });
    try {
      logStore.load(now);
    } catch {
      blockMain = true;
      logStore.disable();
      logStore.load(now);
      report({ kind: "unavailable", message: storageIssueMessage("unavailable") });
    }
    hydrated = true;
    void store.persist.rehydrate();
    restorePending(now);
    store.setState({ logs: logStore.all() });
    repairFromLog(now);
    store.getState().loadPrefs();
    // Data set before hydration (e.g. syncCards) or migrated data is written now.
    write(partialize(store.getState()));
  };

  /** The log is the truth: rebuild the cards it disagrees with, and tell the student (once the scheduler is here). */
  const repairFromLog = (now: number) => {
    repairPending = !scheduler;
    if (!scheduler) return;
    const state = store.getState();
    const result = reconcileWithLog({ cards: state.cards, orphaned: state.orphaned, logs: state.logs, settings: state.settings, now, rateCard: scheduler });
    if (result.rebuilt.length > 0) {
      lastWritten = null;
      store.setState({ cards: result.cards, orphaned: result.orphaned });
      report({ kind: "repaired", message: repairedMessage(result.rebuilt.length) });
    }
    if (result.futureReviews > 0 || countFutureCards(result.cards, now) > 0) report({ kind: "clock", message: storageIssueMessage("clock") });
  };

  const applyExternalChange = (changedKey: string | null, newValue: string | null, now = lastNow) => {
    lastNow = Math.max(lastNow, now);
    if (changedKey === null || !hydrated) return;
    if (changedKey === prefsKey(key)) return store.getState().loadPrefs();
    // Another tab may have freed space (a removed key): store what is waiting.
    if (newValue === null && store.getState().storageIssue?.kind === "quota") retryWrites();
    if (changedKey !== key) {
      if (logStore.ownsKey(changedKey) && logStore.applyExternal(changedKey, newValue, lastNow)) store.setState({ logs: logStore.all() });
      return;
    }
    if (newValue === null) return;
    const result = loadPersisted(newValue);
    if (result.kind === "future") {
      // A newer version of the app runs in another tab: stop writing the main state, ask for a reload.
      blockMain = true;
      report({ kind: "future", message: storageIssueMessage("future") });
      return;
    }
    if (result.kind !== "ok") return;
    const incoming = result.state;
    const local = store.getState();
    if (incoming.resetAt > local.resetAt) {
      ctx.undoStack.length = 0;
      lastWritten = incoming;
      store.setState({ ...incoming, logs: logStore.load(lastNow), undoDepth: 0 });
      return;
    }
    if (incoming.resetAt < local.resetAt) {
      write(partialize(local), true);
      return;
    }
    const cards = mergeCardMaps(local.cards, incoming.cards);
    // A local card newer than the stored one whose last review is gone was undone in another tab.
    const undoneElsewhere = cards.localNewer.filter((id) => {
      const mine = local.cards.get(id)!;
      return incoming.cards.has(id) && mine.lastReview !== null && !logStore.hasLog(id, mine.lastReview);
    });
    for (const id of undoneElsewhere) cards.cards.set(id, incoming.cards.get(id)!);
    const orphaned = mergeCardMaps(local.orphaned, incoming.orphaned);
    const localNewer = cards.localNewer.length - undoneElsewhere.length + orphaned.localNewer.length;
    const next: PersistedState = {
      cards: cards.changed || undoneElsewhere.length ? cards.cards : local.cards,
      orphaned: orphaned.changed ? orphaned.cards : local.orphaned,
      settings: JSON.stringify(incoming.settings) === JSON.stringify(local.settings) ? local.settings : incoming.settings,
      priority: incoming.priority.join("\n") === local.priority.join("\n") ? local.priority : incoming.priority,
      resetAt: local.resetAt,
      // Quiz lists: the other tab's write is the latest (tabs apply each other's writes as they happen).
      quizHistory: sameJson(incoming.quizHistory, local.quizHistory) ? local.quizHistory : incoming.quizHistory,
      teacherQuizzes: sameJson(incoming.teacherQuizzes, local.teacherQuizzes) ? local.teacherQuizzes : incoming.teacherQuizzes,
      classResults: sameJson(incoming.classResults, local.classResults) ? local.classResults : incoming.classResults,
    };
    if (localNewer === 0) lastWritten = next; // storage already holds this: do not echo it back
    store.setState(next);
    if (localNewer > 0) write(next, true);
  };

  const retryWrites = () => {
    if (!hydrated || !logStore.flush()) return;
    write(partialize(store.getState()), true);
    if (logStore.unsaved().length === 0 && lastWritten !== null) clearQuota();
  };

  const isAside = (asideKey: string) => !!storage && listAside(storage).some((a) => a.asideKey === asideKey);
  const asideExtras = {
    asideCopies: () => (storage && !logStore.isDisabled ? listAside(storage) : []),
    readAside: (asideKey: string) => (isAside(asideKey) ? storage!.getItem(asideKey) : null),
    removeAside: (asideKey: string) => {
      if (!isAside(asideKey)) return;
      storage!.removeItem(asideKey);
      retryWrites();
    },
  };

  const provideScheduler = (rate: RateCard) => {
    scheduler = rate;
    if (repairPending) repairFromLog(lastNow);
  };

  const extended = Object.assign(store, { rehydrate, provideScheduler, applyExternalChange, retryWrites, key, ...asideExtras });
  // A getter, not a copied value: the writer is chosen at rehydration and may change later.
  Object.defineProperty(extended, "writerId", { get: () => logStore.writerId, enumerable: true });
  return extended as unknown as StudyStore;
}
