// `npm run tbt`: blocking time as a real phone-speed browser observes it, beside Lighthouse's
// simulated figure (whose estimate moves a route's TBT by a factor of two from one run to the next on
// this machine). Each route of the served build is opened in Chromium with the CPU slowed 4×, no
// service worker, and every long task (over 50 ms) is read with a PerformanceObserver until the network
// is idle plus 1.5 s: the blocking time is the sum over tasks after the first paint of their time past
// 50 ms, the long-task time their whole duration. Runs are interleaved (every route, then the next
// round), and `--against URL` measures another app in the same rounds. `--baseline DIR` serves another
// build of this app (e.g. an older commit's `out/`) and opens each route there right after this build's,
// to compare two builds route by route without the machine's drift between two runs. Prints medians.
// Options: --runs N (default 7), --only /a/,/b/, --against URL, --baseline DIR. Needs `npm run build` first.
import { chromium, devices, type Browser } from "@playwright/test";
import { quizPayload } from "../e2e/helpers";
import { CHROMIUM_ARGS, findChromium } from "./chromium-path.mjs";
import { argValue, exportedRoutes, median, serveBuild, waitForServer } from "./served-build";

const PORT = Number(process.env.TBT_PORT ?? 3320);
const RUNS = Number(argValue("--runs") ?? 7);
const only = argValue("--only")?.split(",");
const AGAINST = argValue("--against");
const BASELINE = argValue("--baseline");

interface Observed {
  tbtMs: number;
  longTaskMs: number;
}

async function observe(browser: Browser, url: string): Promise<Observed> {
  const context = await browser.newContext({ ...devices["Pixel 7"], serviceWorkers: "block" });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const tasks: [number, number][] = [];
    (window as unknown as { __longTasks: [number, number][] }).__longTasks = tasks;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push([e.startTime, e.duration]))).observe({ type: "longtask", buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.goto(url);
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(1500);
  const observed = await page.evaluate(() => {
    const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? 0;
    const tasks = (window as unknown as { __longTasks: [number, number][] }).__longTasks;
    return {
      tbtMs: tasks.filter(([start]) => start >= fcp).reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0),
      longTaskMs: tasks.reduce((sum, [, d]) => sum + d, 0),
    };
  });
  await context.close();
  return observed;
}

const routes = exportedRoutes()
  .filter((r) => !only || only.includes(r))
  .map((r) => (r === "/quiz/play/" ? `/quiz/play/#${quizPayload({ kinds: ["mcq", "typed"], count: 10 })}` : r));
const server = await serveBuild(PORT);
const baselineServer = BASELINE ? await serveBuild(PORT + 1, BASELINE) : null;
const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
const runs = new Map<string, Observed[]>([...routes, ...(AGAINST ? [AGAINST] : [])].map((r) => [r, []]));
const baselineRuns = new Map<string, Observed[]>(routes.map((r) => [r, []]));
try {
  await waitForServer(`http://127.0.0.1:${PORT}/`);
  if (baselineServer) await waitForServer(`http://127.0.0.1:${PORT + 1}/`);
  for (let i = 0; i < RUNS; i++) {
    for (const route of routes) {
      runs.get(route)!.push(await observe(browser, `http://127.0.0.1:${PORT}${route}`));
      if (baselineServer) baselineRuns.get(route)!.push(await observe(browser, `http://127.0.0.1:${PORT + 1}${route}`));
      if (AGAINST && route === routes[Math.floor(routes.length / 2)]) runs.get(AGAINST)!.push(await observe(browser, AGAINST));
    }
  }
} finally {
  await browser.close();
  server.kill();
  baselineServer?.kill();
}

const peer = AGAINST ? runs.get(AGAINST)! : null;
const peerTbt = peer && median(peer.map((r) => r.tbtMs));
console.log(`Observed at 4× CPU, median of ${RUNS} runs${AGAINST ? `, against ${AGAINST}` : ""}`);
const baselineColumns = BASELINE ? "  baseline TBT  baseline long tasks  long tasks ×" : "";
console.log(`route                    TBT ms  long tasks ms${peer ? "   TBT ×" : ""}${baselineColumns}`);
for (const [url, list] of runs) {
  const tbt = median(list.map((r) => r.tbtMs));
  const longTasks = median(list.map((r) => r.longTaskMs));
  const name = url === AGAINST ? "against" : url.split("#")[0];
  const ratio = peerTbt && url !== AGAINST ? `  ${(tbt / peerTbt).toFixed(2).padStart(6)}` : peer ? "        " : "";
  const base = baselineRuns.get(url);
  const baseline = base?.length
    ? `  ${median(base.map((r) => r.tbtMs)).toFixed(0).padStart(12)}  ${median(base.map((r) => r.longTaskMs)).toFixed(0).padStart(19)}  ${(longTasks / median(base.map((r) => r.longTaskMs))).toFixed(2).padStart(12)}`
    : "";
  console.log(`${name.padEnd(24)} ${tbt.toFixed(0).padStart(6)} ${longTasks.toFixed(0).padStart(14)}${ratio}${baseline}`);
}
