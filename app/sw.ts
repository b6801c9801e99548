/// <reference lib="webworker" />
// The service worker: precaches every exported page and asset (the list is injected at build time by
// `serwist build`), so the whole app opens in airplane mode after one visit. A new deploy installs a
// new worker that waits until the page asks it to take over ("Nouvelle version disponible").
import { defaultCache } from "@serwist/next/worker";
import type { PrecacheEntry, SerwistGlobalConfig } from "serwist";
import { CacheFirst, Serwist } from "serwist";
import { homePage, reviewPage, type FirstViewData } from "@/lib/study/firstViewHtml";
import { FIRST_VIEW_CACHE, FIRST_VIEW_URL } from "@/lib/study/firstViewCache";

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

// A returning student's first paint: home and /reviser/ are served from the precache with what the
// app last remembered (lib/study/firstViewHtml.ts) written into the HTML, so the page paints their
// own card at once, without a script in the page. Registered before Serwist's own listener, which
// then leaves these two navigations alone; any failure serves the page as built.
const FIRST_VIEW_PAGES: Record<string, (html: string, data: FirstViewData, now: number) => string> = {
  "/": (html, data) => homePage(html, data),
  "/reviser/": reviewPage,
};

async function firstViewPage(path: string, edit: (html: string, data: FirstViewData, now: number) => string): Promise<Response | undefined> {
  const page = await serwist.matchPrecache(path);
  if (!page) return undefined;
  try {
    // Nothing remembered yet under a worker (the first navigation after an update from a version
    // without this): no card can be trusted, so the frame stays empty until the app renders.
    const stored = await (await caches.open(FIRST_VIEW_CACHE)).match(FIRST_VIEW_URL);
    const data: FirstViewData = stored ? await stored.json() : { welcomed: false, card: null };
    return new Response(edit(await page.text(), data, Date.now()), { status: page.status, headers: page.headers });
  } catch {
    return (await serwist.matchPrecache(path)) ?? undefined;
  }
}

self.addEventListener("fetch", (event) => {
  if (event.request.mode !== "navigate") return;
  const url = new URL(event.request.url);
  const edit = url.origin === self.location.origin ? FIRST_VIEW_PAGES[url.pathname] : undefined;
  if (!edit) return;
  event.stopImmediatePropagation();
  event.respondWith(firstViewPage(url.pathname, edit).then((page) => page ?? fetch(event.request)));
});

serwist.addEventListeners();
