"use client";
// Interactive screens are loaded on demand, after the page's prerendered HTML: they carry the study
// store (validation, ts-fsrs), the content and the question generator, which would otherwise weigh
// on every route's first load. Each screen has its own tiny module (this folder) that starts
// downloading its chunk as soon as the page's scripts run, instead of waiting for hydration to ask.
import dynamic from "next/dynamic";
import type { ComponentType, ReactNode } from "react";

function Loading() {
  return (
    <p role="status" className="text-muted">
      Chargement…
    </p>
  );
}

export function lazyScreen<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  loading: () => ReactNode = Loading,
  { preload = true }: { preload?: boolean } = {},
): ComponentType<P> {
  if (preload && typeof window !== "undefined") void load();
  return dynamic(load, { ssr: false, loading });
}
