// `npm run lighthouse`: Lighthouse 12.2.3 (pinned), mobile form factor with its default simulated
// throttling (slow 4G, 4× CPU), on every exported route of the served build, three runs each
// (interleaved, so a noisy minute hits every route alike). Prints per route the median performance
// score, LCP, TBT, CLS and script bytes transferred, and the other categories' median scores, against
// the targets. `/quiz/play/` is measured with a real quiz link. Needs `npm run build` first.
// Options: --runs N (default 3), --only /route/, --json.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_ARGS, findChromium } from "./chromium-path.mjs";
import { argValue, exportedRoutes, median, serveBuild, waitForServer } from "./served-build";
import { quizPayload } from "../e2e/helpers";

const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 3300);
const CATEGORIES = { performance: 95, accessibility: 100, "best-practices": 100, seo: 100 } as const;
const LIMITS = { lcpMs: 1800, tbtMs: 150 };
const RUNS = Number(argValue("--runs") ?? 3);
const ONLY = argValue("--only");
const json = process.argv.includes("--json");

interface Run {
  scores: Record<keyof typeof CATEGORIES, number>;
  lcp: number;
  tbt: number;
  cls: number;
  scriptKb: number;
}

const chromePath = findChromium();
if (!chromePath) {
  console.error("No Chromium found: run `apt-get install -y chromium` or set CHROMIUM_PATH.");
  process.exit(1);
}

const routes = exportedRoutes()
  .filter((r) => !ONLY || r === ONLY)
  .map((r) => (r === "/quiz/play/" ? `/quiz/play/#${quizPayload({ kinds: ["mcq", "typed"], count: 10 })}` : r));
const server = serveBuild(PORT);
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ["--headless=new", ...CHROMIUM_ARGS] });
const runs = new Map<string, Run[]>(routes.map((r) => [r, []]));
try {
  await waitForServer(`http://127.0.0.1:${PORT}/`);
  for (let i = 0; i < RUNS; i++) {
    for (const route of routes) {
      const result = await lighthouse(`http://127.0.0.1:${PORT}${route}`, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        formFactor: "mobile",
        onlyCategories: Object.keys(CATEGORIES),
      });
      const lhr = result!.lhr;
      const requests = (lhr.audits["network-requests"]?.details as { items?: { resourceType?: string; transferSize?: number }[] } | undefined)?.items ?? [];
      runs.get(route)!.push({
        scores: Object.fromEntries(Object.keys(CATEGORIES).map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Run["scores"],
        lcp: lhr.audits["largest-contentful-paint"].numericValue ?? NaN,
        tbt: lhr.audits["total-blocking-time"].numericValue ?? NaN,
        cls: lhr.audits["cumulative-layout-shift"].numericValue ?? NaN,
        scriptKb: requests.filter((r) => r.resourceType === "Script").reduce((sum, r) => sum + (r.transferSize ?? 0), 0) / 1024,
      });
    }
  }
} finally {
  await chrome.kill();
  server.kill();
}

const rows = routes.map((route) => {
  const list = runs.get(route)!;
  const scores = Object.fromEntries(Object.keys(CATEGORIES).map((c) => [c, median(list.map((r) => r.scores[c as keyof typeof CATEGORIES]))])) as Run["scores"];
  const row = { route: route.split("#")[0], scores, lcpMs: median(list.map((r) => r.lcp)), tbtMs: median(list.map((r) => r.tbt)), cls: median(list.map((r) => r.cls)), scriptKb: median(list.map((r) => r.scriptKb)) };
  const misses = [
    ...Object.entries(CATEGORIES).filter(([c, target]) => scores[c as keyof typeof CATEGORIES] < target).map(([c]) => c),
    ...(row.lcpMs > LIMITS.lcpMs ? ["LCP"] : []),
    ...(row.tbtMs > LIMITS.tbtMs ? ["TBT"] : []),
  ];
  return { ...row, misses };
});

if (json) console.log(JSON.stringify(rows));
else {
  console.log(`Lighthouse mobile, median of ${RUNS} run(s) per route (targets: perf ≥ 95, LCP ≤ ${LIMITS.lcpMs} ms, TBT ≤ ${LIMITS.tbtMs} ms, a11y/bp/seo 100)`);
  console.log("route                    perf   LCP ms  TBT ms    CLS  JS KB  a11y  bp  seo");
  for (const r of rows) {
    const cells = [
      r.route.padEnd(24),
      String(r.scores.performance).padStart(4),
      r.lcpMs.toFixed(0).padStart(8),
      r.tbtMs.toFixed(0).padStart(7),
      r.cls.toFixed(3).padStart(6),
      r.scriptKb.toFixed(1).padStart(6),
      String(r.scores.accessibility).padStart(5),
      String(r.scores["best-practices"]).padStart(3),
      String(r.scores.seo).padStart(4),
    ];
    console.log(`${cells.join(" ")}${r.misses.length ? `  ← ${r.misses.join(", ")}` : ""}`);
  }
}
const failed = rows.filter((r) => r.misses.length > 0);
if (failed.length) {
  console.error(`${failed.length} route(s) miss a target.`);
  process.exit(1);
}
console.log(`All ${rows.length} routes meet the targets.`);
