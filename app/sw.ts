/// <reference lib="webworker" />
// The service worker: precaches every exported page and asset (the list is injected at build time by
// `serwist build`), so the whole app opens in airplane mode after one visit. A new deploy installs a
// new worker that waits until the page asks it to take over ("Nouvelle version disponible").
import { defaultCache } from "@serwist/next/worker";
import type { PrecacheEntry, SerwistGlobalConfig } from "serwist";
import { CacheFirst, Serwist } from "serwist";

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}

declare const self: ServiceWorkerGlobalScope;

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: { cleanupOutdatedCaches: true, ignoreURLParametersMatching: [/.*/] },
  skipWaiting: false,
  clientsClaim: true,
  navigationPreload: false,
  // The Anki export's SQLite WebAssembly is not precached: kept once it has been fetched.
  runtimeCaching: [{ matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith("/anki/"), handler: new CacheFirst({ cacheName: "anki-export" }) }, ...defaultCache],
});

// An unknown route offline: the French 404 page instead of the browser's error page. The response
// is rebuilt because hosts with clean URLs may redirect the 404 page, and a redirected response cannot
// answer a navigation.
serwist.setCatchHandler(async ({ request }) => {
  if (request.destination !== "document") return Response.error();
  const page = await serwist.matchPrecache("/404");
  return page ? new Response(await page.blob(), { status: 404, headers: { "Content-Type": "text/html; charset=utf-8" } }) : Response.error();
});

serwist.addEventListeners();
