"use client";
// Keeps what the service worker needs for the next first paint (lib/study/firstViewHtml.ts) in Cache
// Storage: the review screen's head card and whether the first-visit card was closed. Writes are
// queued, so the last one wins, and best effort: without Cache Storage the pages are served as built.
import type { FirstViewData } from "@/lib/study/firstViewHtml";
import { FIRST_VIEW_CACHE, FIRST_VIEW_URL } from "@/lib/study/firstViewCache";

let current: FirstViewData | null = null;
let queue: Promise<void> = Promise.resolve();

async function read(cache: Cache): Promise<FirstViewData> {
  try {
    const stored = (await (await cache.match(FIRST_VIEW_URL))?.json()) as Partial<FirstViewData> | undefined;
    return { welcomed: stored?.welcomed === true, card: stored?.card ?? null };
  } catch {
    return { welcomed: false, card: null };
  }
}

/** Changes part of what the next first paint shows. */
export function updateFirstView(change: Partial<FirstViewData>): void {
  if (typeof caches === "undefined") return;
  queue = queue
    .then(async () => {
      // Most store changes leave this as it is (the snapshot is already dropped): no storage I/O then.
      if (current && JSON.stringify({ ...current, ...change }) === JSON.stringify(current)) return;
      const cache = await caches.open(FIRST_VIEW_CACHE);
      const next = { ...(current ?? (await read(cache))), ...change };
      current = next;
      await cache.put(FIRST_VIEW_URL, new Response(JSON.stringify(next), { headers: { "Content-Type": "application/json" } }));
    })
    .catch(() => undefined);
}
