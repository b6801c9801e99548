/**
 * Several tabs: a review in one tab appears in the others. Browsers fire a `storage` event in every
 * other tab of the origin when localStorage changes; we forward it to the store, which merges.
 */
import type { StorageEventLike } from "./memoryStorage";
import type { StudyStore } from "./studyStore";

/** The part of `window` tab sync needs. */
export interface StorageEventSource {
  addEventListener(type: "storage", listener: (event: StorageEventLike) => void): void;
  removeEventListener(type: "storage", listener: (event: StorageEventLike) => void): void;
}

/**
 * Listens to other tabs' writes; returns a function that stops listening. `now` is read per event
 * (pass `() => Date.now()` in the app).
 *
 * @example
 * useEffect(() => startTabSync(window, store, () => Date.now()), []);
 */
export function startTabSync(win: StorageEventSource, store: Pick<StudyStore, "applyExternalChange">, now?: () => number): () => void {
  const listener = (event: StorageEventLike) => store.applyExternalChange(event.key, event.newValue, now?.());
  win.addEventListener("storage", listener);
  return () => win.removeEventListener("storage", listener);
}
