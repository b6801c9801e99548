// `npm run first-card`: how long a returning student waits for the first flashcard on /reviser/ on a
// slow phone, offline. Opens /reviser/ once online (the service worker installs and precaches, the
// store is created), then goes offline, slows the CPU 4× and opens /reviser/ ten times, reading when
// the card's question was painted (Element Timing on the card heading, from navigation start).
// Prints each run and the median. Needs `npm run build` first. Options: --runs N, --rate R, and
// --without-snapshot, which deletes the review screen's head-card snapshot before each run: the card
// then comes from the app's scripts, as on a first visit to /reviser/ after studying elsewhere.
import { chromium, devices } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./chromium-path.mjs";
import { argValue, median, serveBuild, waitForServer } from "./served-build";
import { FIRST_VIEW_CACHE } from "../lib/study/firstViewCache";

const PORT = Number(process.env.FIRST_CARD_PORT ?? 3400);
const RUNS = Number(argValue("--runs") ?? 10);
const RATE = Number(argValue("--rate") ?? 4);
const WITHOUT_SNAPSHOT = process.argv.includes("--without-snapshot");
const URL = `http://127.0.0.1:${PORT}/reviser/`;

declare global {
  interface Window {
    __firstCardMs?: number;
  }
}

const server = await serveBuild(PORT);
const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
const times: number[] = [];
try {
  await waitForServer(URL);
  const context = await browser.newContext({ ...devices["Pixel 7"], locale: "fr-FR" });
  await context.addInitScript(() => {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { identifier: string; renderTime: number; loadTime: number })[]) {
        if (entry.identifier === "first-card" && window.__firstCardMs === undefined) window.__firstCardMs = entry.renderTime || entry.loadTime;
      }
    }).observe({ type: "element", buffered: true });
  });
  const page = await context.newPage();
  await page.goto(URL);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
    }
  });
  await page.getByTestId("flashcard").waitFor();
  await context.setOffline(true);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: RATE });
  for (let i = 0; i < RUNS; i++) {
    if (WITHOUT_SNAPSHOT) await page.evaluate((name) => caches.delete(name), FIRST_VIEW_CACHE);
    await page.goto(URL);
    const ms = await (await page.waitForFunction(() => window.__firstCardMs, undefined, { timeout: 30_000 })).jsonValue();
    times.push(ms as number);
    console.log(`run ${String(i + 1).padStart(2)}: ${(ms as number).toFixed(0)} ms`);
  }
} finally {
  await browser.close();
  server.kill();
}
console.log(`First card on /reviser/${WITHOUT_SNAPSHOT ? " (no snapshot)" : ""}, offline, service worker warm, CPU ${RATE}× slower: median ${median(times).toFixed(0)} ms over ${times.length} runs (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}).`);
