// `npm run lighthouse`: Lighthouse 12.2.3 (pinned) on every exported route of the served build,
// mobile form factor, printing each route's scores against the targets (performance ≥ 95,
// accessibility 100, best practices 100, SEO ≥ 95). Needs `npm run build` first.
import { spawn } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_ARGS, findChromium } from "./chromium-path.mjs";

const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 3300);
const TARGETS = { performance: 95, accessibility: 100, "best-practices": 100, seo: 95 };
const json = process.argv.includes("--json");

function routes(dir = "out", prefix = "/") {
  const found = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === "index.html") found.push(prefix);
    else if (statSync(path).isDirectory() && !name.startsWith("_") && name !== "404") found.push(...routes(path, `${prefix}${name}/`));
  }
  return found.sort();
}

async function waitForServer(url) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not start at ${url}`);
}

const chromePath = findChromium();
if (!chromePath) {
  console.error("No Chromium found: run `apt-get install -y chromium` or set CHROMIUM_PATH.");
  process.exit(1);
}

const server = spawn("npx", ["serve", "out", "--listen", `tcp://127.0.0.1:${PORT}`, "--no-clipboard", "--no-request-logging"], { stdio: "ignore" });
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ["--headless=new", ...CHROMIUM_ARGS] });
const rows = [];
try {
  await waitForServer(`http://127.0.0.1:${PORT}/`);
  for (const route of routes()) {
    const result = await lighthouse(`http://127.0.0.1:${PORT}${route}`, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      formFactor: "mobile",
      onlyCategories: Object.keys(TARGETS),
    });
    const scores = Object.fromEntries(Object.keys(TARGETS).map((c) => [c, Math.round((result.lhr.categories[c]?.score ?? 0) * 100)]));
    const misses = Object.entries(TARGETS)
      .filter(([c, target]) => scores[c] < target)
      .map(([c]) => {
        const failing = Object.values(result.lhr.audits)
          .filter((a) => a.score !== null && a.score < 1 && result.lhr.categories[c].auditRefs.some((r) => r.id === a.id && r.weight > 0))
          .map((a) => a.id);
        return `${c}: ${failing.join(", ")}`;
      });
    rows.push({ route, ...scores, misses });
    if (!json) console.log(`${route.padEnd(28)} perf ${scores.performance}  a11y ${scores.accessibility}  bp ${scores["best-practices"]}  seo ${scores.seo}${misses.length ? `   ← ${misses.join(" | ")}` : ""}`);
  }
} finally {
  await chrome.kill();
  server.kill();
}
if (json) console.log(JSON.stringify(rows));
const failed = rows.filter((r) => r.misses.length > 0);
if (failed.length) {
  console.error(`${failed.length} route(s) below target.`);
  process.exit(1);
}
console.log(`All ${rows.length} routes meet the targets.`);
