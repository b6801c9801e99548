// `npm run lighthouse`: Lighthouse 12.2.3 (pinned), mobile form factor with its default simulated
// throttling (slow 4G, 4× CPU), on every exported route of the served build, three runs each
// (interleaved, so a noisy minute hits every route alike). Prints per route the median performance
// score, LCP, TBT, CLS and script bytes transferred, and the other categories' median scores, against
// the targets. `/quiz/play/` is measured with a real quiz link. Needs `npm run build` first.
// Options: --runs N (default 3), --only /route/ (or several, comma-separated), --json, and
// --against URL: another app measured in the same rounds, once per round between this app's routes, so a
// noisy minute hits both alike; each route is then printed beside the other app's medians, with ratios.
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

const AGAINST = argValue("--against");

interface Run {
  scores: Record<keyof typeof CATEGORIES, number>;
  lcp: number;
  tbt: number;
  cls: number;
  scriptKb: number;
  scripts: number;
  /** Main-thread work, ms (Lighthouse's « Minimize main-thread work »). */
  mainThreadMs: number;
}

const chromePath = findChromium();
if (!chromePath) {
  console.error("No Chromium found: run `apt-get install -y chromium` or set CHROMIUM_PATH.");
  process.exit(1);
}

const only = ONLY?.split(",");
const routes = exportedRoutes()
  .filter((r) => !only || only.includes(r))
  .map((r) => (r === "/quiz/play/" ? `/quiz/play/#${quizPayload({ kinds: ["mcq", "typed"], count: 10 })}` : r));
const server = await serveBuild(PORT);
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ["--headless=new", ...CHROMIUM_ARGS] });
const runs = new Map<string, Run[]>(routes.map((r) => [r, []]));
const against: Run[] = [];

async function measure(url: string): Promise<Run> {
  const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", formFactor: "mobile", onlyCategories: Object.keys(CATEGORIES) });
  const lhr = result!.lhr;
  const requests = (lhr.audits["network-requests"]?.details as { items?: { resourceType?: string; transferSize?: number }[] } | undefined)?.items ?? [];
  const scripts = requests.filter((r) => r.resourceType === "Script");
  return {
    scores: Object.fromEntries(Object.keys(CATEGORIES).map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Run["scores"],
    lcp: lhr.audits["largest-contentful-paint"].numericValue ?? NaN,
    tbt: lhr.audits["total-blocking-time"].numericValue ?? NaN,
    cls: lhr.audits["cumulative-layout-shift"].numericValue ?? NaN,
    scriptKb: scripts.reduce((sum, r) => sum + (r.transferSize ?? 0), 0) / 1024,
    scripts: scripts.length,
    mainThreadMs: lhr.audits["mainthread-work-breakdown"]?.numericValue ?? NaN,
  };
}
try {
  await waitForServer(`http://127.0.0.1:${PORT}/`);
  for (let i = 0; i < RUNS; i++) {
    for (const route of routes) {
      runs.get(route)!.push(await measure(`http://127.0.0.1:${PORT}${route}`));
      // The other app once a round, halfway through this app's routes.
      if (AGAINST && route === routes[Math.floor(routes.length / 2)]) against.push(await measure(AGAINST));
    }
  }
} finally {
  await chrome.kill();
  server.kill();
}

/** The medians of a series of runs. */
function medians(list: Run[]) {
  const scores = Object.fromEntries(Object.keys(CATEGORIES).map((c) => [c, median(list.map((r) => r.scores[c as keyof typeof CATEGORIES]))])) as Run["scores"];
  const of = (field: "lcp" | "tbt" | "cls" | "scriptKb" | "scripts" | "mainThreadMs") => median(list.map((r) => r[field]));
  return { scores, lcpMs: of("lcp"), tbtMs: of("tbt"), cls: of("cls"), scriptKb: of("scriptKb"), scripts: of("scripts"), mainThreadMs: of("mainThreadMs") };
}

const peer = AGAINST ? medians(against) : null;
const rows = routes.map((route) => {
  const row = { route: route.split("#")[0], ...medians(runs.get(route)!) };
  const misses = [
    ...Object.entries(CATEGORIES).filter(([c, target]) => row.scores[c as keyof typeof CATEGORIES] < target).map(([c]) => c),
    ...(row.lcpMs > LIMITS.lcpMs ? ["LCP"] : []),
    ...(row.tbtMs > LIMITS.tbtMs ? ["TBT"] : []),
  ];
  const vsPeer = peer && { tbtRatio: row.tbtMs / peer.tbtMs, mainThreadRatio: row.mainThreadMs / peer.mainThreadMs, scoreDiff: row.scores.performance - peer.scores.performance };
  return { ...row, misses, vsPeer };
});

if (json) console.log(JSON.stringify({ rows, against: peer && { url: AGAINST, ...peer } }));
else {
  console.log(`Lighthouse mobile, median of ${RUNS} run(s) per route (targets: perf ≥ 95, LCP ≤ ${LIMITS.lcpMs} ms, TBT ≤ ${LIMITS.tbtMs} ms, a11y/bp/seo 100)`);
  const header = "route                    perf   LCP ms  TBT ms  main ms    CLS  JS KB  n  a11y  bp  seo";
  console.log(peer ? `${header}   TBT ×  main ×  perf ±` : header);
  const line = (name: string, r: ReturnType<typeof medians>) =>
    [
      name.padEnd(24),
      String(r.scores.performance).padStart(4),
      r.lcpMs.toFixed(0).padStart(8),
      r.tbtMs.toFixed(0).padStart(7),
      r.mainThreadMs.toFixed(0).padStart(8),
      r.cls.toFixed(3).padStart(6),
      r.scriptKb.toFixed(1).padStart(6),
      String(r.scripts).padStart(2),
      String(r.scores.accessibility).padStart(5),
      String(r.scores["best-practices"]).padStart(3),
      String(r.scores.seo).padStart(4),
    ].join(" ");
  for (const r of rows) {
    const ratios = r.vsPeer ? `  ${r.vsPeer.tbtRatio.toFixed(2).padStart(5)}  ${r.vsPeer.mainThreadRatio.toFixed(2).padStart(5)}  ${(r.vsPeer.scoreDiff >= 0 ? "+" : "") + r.vsPeer.scoreDiff}` : "";
    console.log(`${line(r.route, r)}${ratios}${r.misses.length ? `  ← ${r.misses.join(", ")}` : ""}`);
  }
  if (peer) console.log(`${line("against", peer)}  (${AGAINST}, ${against.length} runs)`);
}
const failed = rows.filter((r) => r.misses.length > 0);
if (failed.length) {
  console.error(`${failed.length} route(s) miss a target.`);
  process.exit(1);
}
console.log(`All ${rows.length} routes meet the targets.`);
