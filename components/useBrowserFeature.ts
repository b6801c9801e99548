"use client";
// Whether the browser has a feature (Web Share, a barcode detector…): null in the prerendered HTML
// and during hydration (unknown), then the browser's answer, so the HTML never depends on it.
import { useSyncExternalStore } from "react";

const noSubscription = () => () => undefined;

export function useBrowserFeature(detect: () => boolean): boolean | null {
  return useSyncExternalStore(noSubscription, detect, () => null);
}
