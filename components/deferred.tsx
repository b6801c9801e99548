"use client";
// A screen whose code loads after the page is interactive, not with it. The page's HTML is still
// prerendered with the screen in it (the server resolves the import), so the first paint is the final
// layout; in the browser the screen's module — the study store, valibot, ts-fsrs, the question
// generator — is fetched as its own chunk and the screen hydrates when it arrives, in a task of its own
// instead of inside the framework's. Until then the prerendered HTML stays as it is.
import { lazy, Suspense, type ComponentType } from "react";

/**
 * A component that renders `load()`'s default export, loaded on demand.
 *
 * @example
 * export const DeferredStatsScreen = deferred(() => import("./stats/StatsScreen"));
 */
export function deferred<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): ComponentType<P> {
  const Screen = lazy(load);
  function Deferred(props: P) {
    return (
      <Suspense fallback={null}>
        <Screen {...props} />
      </Suspense>
    );
  }
  return Deferred;
}
