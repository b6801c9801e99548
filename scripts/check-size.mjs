// Size budget, run by `npm test` after the build: the first-load JavaScript of every exported route
// (every script its HTML loads in a browser that runs modules: the `noModule` legacy polyfill is left
// out, as such browsers never fetch it), gzipped, must stay within the budget. The floor is the 404 page:
// Next 16's App Router and this app's layout (navigation, update prompt, service worker registration),
// about 141 KB, itself capped; each screen may add at most 30 KB of its own on top. What a screen shows only later (the
// review screen behind its prerendered card, a quiz's questions behind its intro, the teacher's preview)
// is deferred (components/deferred.tsx) and not counted here; `npm run js-report` lists every script a
// route runs, and Lighthouse counts them all in the JavaScript transferred.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** The floor: the 404 page's first load (framework and layout, no screen). */
const FLOOR_BUDGET_KB = 142;
/** What a screen may add to the floor. */
const SCREEN_BUDGET_KB = 30;
const json = process.argv.includes("--json");

function htmlPages(dir = "out", route = "/") {
  const pages = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === "index.html") pages.push({ route, path });
    else if (statSync(path).isDirectory() && name !== "_next" && name !== "_not-found") pages.push(...htmlPages(path, `${route}${name}/`));
  }
  return pages;
}

const gzipCache = new Map();
function gzippedBytes(src) {
  if (!gzipCache.has(src)) gzipCache.set(src, gzipSync(readFileSync(join("out", src))).length);
  return gzipCache.get(src);
}

// ts-fsrs loads after the first paint (components/study/studyStore.ts): no page's first load may carry it.
const withFsrs = (src) => readFileSync(join("out", src), "utf8").includes("FSRS Error");

const rows = htmlPages().map(({ route, path }) => {
  const html = readFileSync(path, "utf8");
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"[^>]*>/g)].filter((m) => !/noModule/i.test(m[0]));
  const scripts = new Set(tags.map((m) => m[1].split("?")[0]));
  const bytes = [...scripts].reduce((sum, src) => sum + gzippedBytes(src), 0);
  return { route, scripts: scripts.size, kb: Math.round((bytes / 1024) * 10) / 10, fsrs: [...scripts].some(withFsrs) };
});

const floor = rows.find((r) => r.route === "/404/");
if (!floor) {
  console.error("No /404/ page in out/: the floor cannot be measured.");
  process.exit(1);
}

if (json) console.log(JSON.stringify(rows));
else {
  console.log(`First-load JS per route (gzipped; the 404 page is the floor, ≤ ${FLOOR_BUDGET_KB} KB; each route ≤ floor + ${SCREEN_BUDGET_KB} KB):`);
  for (const r of rows) console.log(`  ${r.kb.toFixed(1).padStart(6)} KB  ${`+${(r.kb - floor.kb).toFixed(1)}`.padStart(6)}  ${r.scripts} scripts  ${r.route}`);
}
// The content schema's validator (zod) runs at build time only: no browser chunk may carry it.
const chunkDir = join("out", "_next", "static", "chunks");
const withZod = readdirSync(chunkDir).filter((name) => name.endsWith(".js") && readFileSync(join(chunkDir, name), "utf8").includes("BIGINT_FORMAT_RANGES"));
if (withZod.length) {
  console.error(`zod reached the browser bundle (${withZod.join(", ")}): import content constants from lib/content/answerTypes.ts, not schema.ts.`);
  process.exit(1);
}

const eager = rows.filter((r) => r.fsrs);
if (eager.length) {
  console.error(`ts-fsrs is in the first load of ${eager.map((r) => r.route).join(", ")}: import lib/study/scheduler.ts only through schedulerReady (components/study/studyStore.ts).`);
  process.exit(1);
}
if (floor.kb > FLOOR_BUDGET_KB) {
  console.error(`The floor (/404/, framework and layout) is ${floor.kb} KB, over ${FLOOR_BUDGET_KB} KB: something joined every page.`);
  process.exit(1);
}
const over = rows.filter((r) => r.kb > floor.kb + SCREEN_BUDGET_KB);
if (over.length) {
  console.error(`Over budget (floor ${floor.kb} KB + ${SCREEN_BUDGET_KB} KB): ${over.map((r) => `${r.route} (${r.kb} KB, +${(r.kb - floor.kb).toFixed(1)})`).join(", ")}`);
  process.exit(1);
}
