"use client";
// The quiz of a link's fragment, for the student's player and the teacher's printable sheet: the
// content catalog and the code that turns a link into questions (the question generator) load
// together, after the page's first paint and without booting the study store, so a refused link is
// refused before anything is read from or written to storage.
import { startTransition, useEffect, useMemo, useState } from "react";
import type { Catalog } from "@/lib/content/catalog";
import { loadCatalog } from "../content/catalogLoader";
import type { NoQuizMessage, PreparedQuiz } from "./prepareQuizLink";

interface Loaded {
  catalog: Catalog;
  prepare: typeof import("./prepareQuizLink").prepareQuizLink;
}

/** The catalog and the fragment's quiz (or why it cannot be played) once loaded, else null; a failed download reaches the error boundary. */
export function useLinkedQuiz(fragment: string | null, noQuiz: NoQuizMessage): { catalog: Catalog; prepared: PreparedQuiz } | null {
  const [state, setState] = useState<{ loaded: Loaded | null; error: Error | null }>({ loaded: null, error: null });
  useEffect(() => {
    let live = true;
    Promise.all([loadCatalog(), import("./prepareQuizLink")]).then(
      // A transition: the screen it renders yields to the browser instead of blocking it.
      ([catalog, { prepareQuizLink }]) => live && startTransition(() => setState({ loaded: { catalog, prepare: prepareQuizLink }, error: null })),
      (error: Error) => live && setState({ loaded: null, error }),
    );
    return () => {
      live = false;
    };
  }, []);
  const { loaded } = state;
  const prepared = useMemo(() => (loaded && fragment !== null ? loaded.prepare(fragment, loaded.catalog, noQuiz) : null), [loaded, fragment, noQuiz]);
  if (state.error) throw state.error;
  return loaded && prepared ? { catalog: loaded.catalog, prepared } : null;
}
