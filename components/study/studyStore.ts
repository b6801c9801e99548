"use client";
// The app's single study store (lib/store) and the React hooks over it. The store is created once per
// page on the client over localStorage (in memory on the server); `bootStudyStore` hydrates it after
// the first render, so server and client render the same HTML first. The FSRS scheduler (ts-fsrs) is
// not in the page's first-load scripts: hydration starts loading it, the content's cards wait for it,
// and the screens that rate load with it (`schedulerReady`).
import { startTransition, useEffect, useMemo, useState } from "react";
import { useStore } from "zustand";
import { createStudyStore, getBrowserStorage, startTabSync, type StudyStore, type StudyStoreState } from "@/lib/store";
import type { CardCatalog, Catalog } from "@/lib/content/catalog";
import { loadCardCatalog, loadCatalog } from "../content/catalogLoader";
import { updateFirstView } from "../firstView/firstViewStore";
import { forgetReviewSnapshot } from "../review/reviewSnapshot";

// Client code imports the scheduler only here (`schedulerReady`), dynamically: with a static import
// elsewhere too, Turbopack counted ts-fsrs as already loaded in this import's chunk and the page failed
// ("module factory is not available").
export type Scheduler = typeof import("@/lib/study/scheduler");

let store: StudyStore | null = null;

/** The store of this page (created on first use). */
export function studyStore(): StudyStore {
  if (!store) {
    store = createStudyStore({
      storage: typeof window === "undefined" ? null : getBrowserStorage(window),
      session: typeof window === "undefined" ? null : getBrowserStorage(window, "sessionStorage"),
      newId: () => crypto.randomUUID(),
    });
  }
  return store;
}

/** Reads a slice of the study state; re-renders when it changes. */
export function useStudy<T>(selector: (state: StudyStoreState) => T): T {
  return useStore(studyStore(), selector);
}

/** The ids of the cards the student suspended, as a set. */
export function useSuspended(): ReadonlySet<string> {
  const suspended = useStudy((s) => s.prefs.suspended);
  return useMemo(() => new Set(suspended), [suspended]);
}

// Readiness: the store has read storage and the content's cards are synced into it; for question
// screens, the facts are loaded too. A failed load is kept until a screen asks again.
interface Readiness {
  cards: CardCatalog | null;
  full: Catalog | null;
  /** The scheduler (lib/study/scheduler.ts), for screens that preview or predict reviews. */
  scheduler: Scheduler | null;
  error: Error | null;
}
let readiness: Readiness = { cards: null, full: null, scheduler: null, error: null };
const listeners = new Set<() => void>();
let hydrated = false;

function update(change: Partial<Readiness>): void {
  readiness = { ...readiness, ...change };
  listeners.forEach((notify) => notify());
}

let schedulerLoad: Promise<Scheduler> | null = null;

/**
 * Loads the scheduler and hands it to the store, once per page (again after a failed download).
 * Rating screens load their code with it, so no rating can come before it.
 */
export function schedulerReady(): Promise<Scheduler> {
  schedulerLoad ??= import("@/lib/study/scheduler").then(
    (scheduler) => {
      studyStore().provideScheduler(scheduler.rateCard);
      // Kept without a re-render: the screens that use it wait for the cards, which wait for it.
      readiness = { ...readiness, scheduler };
      return scheduler;
    },
    (error: unknown) => {
      schedulerLoad = null;
      throw error;
    },
  );
  return schedulerLoad;
}

/** Reads storage into the store once (also before a backup export from the error screen). */
export function hydrateStudyStore(): StudyStore {
  const s = studyStore();
  if (!hydrated) {
    hydrated = true;
    s.rehydrate(Date.now());
    startTabSync(window, s, () => Date.now());
    // What the service worker shows at the next first paint: whatever changes the queue drops the
    // review screen's snapshot (the review screen writes a fresh one after it renders); home follows
    // whether the first-visit card was closed.
    updateFirstView({ welcomed: s.getState().prefs.welcomeDismissed });
    s.subscribe((next, prev) => {
      if (next.cards !== prev.cards || next.logs !== prev.logs || next.settings !== prev.settings || next.priority !== prev.priority || next.prefs !== prev.prefs) {
        forgetReviewSnapshot();
      }
      if (next.prefs.welcomeDismissed !== prev.prefs.welcomeDismissed) updateFirstView({ welcomed: next.prefs.welcomeDismissed });
    });
  }
  return s;
}

/**
 * Hydrates the store, then syncs the content's cards into it once they are loaded (and, with
 * `facts`, loads the facts). Safe to call from every screen and again after a failure.
 */
export function bootStudyStore({ facts = false }: { facts?: boolean } = {}): void {
  const s = hydrateStudyStore();
  if (readiness.error) update({ error: null });
  if (!readiness.cards) {
    void Promise.all([loadCardCatalog(), schedulerReady()]).then(
      ([cards]) => {
        if (readiness.cards) return;
        s.getState().syncCards(cards.flashcards, Date.now());
        update({ cards });
      },
      (error: Error) => update({ error }),
    );
  }
  if (facts && !readiness.full) void loadCatalog().then((full) => update({ full }), (error: Error) => update({ error }));
}

/** Boots the store from a screen's first effect (after hydration, so the prerendered HTML and the first client render agree). */
export function useBootStudyStore({ facts = false }: { facts?: boolean } = {}): void {
  useEffect(() => bootStudyStore({ facts }), [facts]);
}

/**
 * Readiness as React state: null in the prerendered HTML and while hydrating, then updated in a
 * transition, so rendering a whole screen once the content arrives yields to the browser (a phone
 * stays responsive) instead of blocking the main thread in one long task.
 */
function useReadiness(): Readiness | null {
  const [state, setState] = useState<Readiness | null>(null);
  useEffect(() => {
    const sync = () => startTransition(() => setState(readiness));
    sync();
    listeners.add(sync);
    return () => {
      listeners.delete(sync);
    };
  }, []);
  // A failed download reaches the screen's error boundary (French message, reload).
  if (state?.error) throw state.error;
  return state;
}

/** Decks' metadata and flashcards once the store is ready, else null (first render, loading). */
export function useCardCatalog(): CardCatalog | null {
  return useReadiness()?.cards ?? null;
}

/** The scheduler once loaded (the cards wait for it, so a screen with cards has it), else null. */
export function useScheduler(): Scheduler | null {
  return useReadiness()?.scheduler ?? null;
}

/** Everything, facts included, once the store is ready and the facts are loaded; boots with facts. */
export function useCatalog(): Catalog | null {
  useBootStudyStore({ facts: true });
  const state = useReadiness();
  return state?.cards && state.full ? state.full : null;
}
