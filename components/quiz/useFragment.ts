"use client";
// The URL fragment (`#q1.…`, `#r1.…`) as React state: links carry quizzes and results there because the
// fragment never reaches a server. Follows `hashchange`, so opening another link in the same tab works.
import { useSyncExternalStore } from "react";

function subscribe(notify: () => void): () => void {
  window.addEventListener("hashchange", notify);
  return () => window.removeEventListener("hashchange", notify);
}

/** The current fragment without its `#` ("" when there is none); `null` while rendering on the server. */
export function useFragment(): string | null {
  return useSyncExternalStore(
    subscribe,
    () => window.location.hash.replace(/^#/, ""),
    () => null,
  );
}

/** Removes the fragment from the address bar without a navigation (once its content is used). */
export function clearFragment(): void {
  history.replaceState(history.state, "", window.location.pathname + window.location.search);
}
