"use client";
// The app's single study store (lib/store) and the React hooks over it. The store is created once per
// page on the client over localStorage (in memory on the server); `bootStudyStore` hydrates it after
// the first render, so server and client render the same HTML first.
import { useEffect, useSyncExternalStore } from "react";
import { useStore } from "zustand";
import { createStudyStore, getBrowserStorage, startTabSync, type StudyStore, type StudyStoreState } from "@/lib/store";
import { CATALOG, type Catalog } from "@/lib/content/catalog";

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

// Readiness: the store has read storage and the content's cards are synced into it.
let catalog: Catalog | null = null;
const listeners = new Set<() => void>();
let booted = false;

/**
 * Hydrates the store, starts tab sync and syncs the content's cards into it. Idempotent. The catalog
 * is imported statically: this module only loads with the on-demand screens, so the content travels
 * in their chunk instead of costing one more round trip.
 */
export function bootStudyStore(): void {
  if (booted) return;
  booted = true;
  const s = studyStore();
  s.rehydrate(Date.now());
  startTabSync(window, s, () => Date.now());
  s.getState().syncCards(CATALOG.flashcards, Date.now());
  catalog = CATALOG;
  listeners.forEach((notify) => notify());
}

function subscribe(notify: () => void): () => void {
  listeners.add(notify);
  return () => listeners.delete(notify);
}

/** Boots the store from a screen's first effect (screens are client-only, loaded on demand). */
export function useBootStudyStore(): void {
  useEffect(() => bootStudyStore(), []);
}

/** The content catalog once the store is ready, else null (first render, loading). */
export function useCatalog(): Catalog | null {
  return useSyncExternalStore(
    subscribe,
    () => catalog,
    () => null,
  );
}
