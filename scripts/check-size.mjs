// Size budget, run by `npm test` after the build: the first-load JavaScript of every exported route
// (every script its HTML loads in a browser that runs modules: the `noModule` legacy polyfill is left
// out, as such browsers never fetch it), gzipped, must stay within the budget. Next 16's App Router floor is
// about 140 KB (the 404 page); each screen's own code comes on top. What a screen shows only later (the
// review screen behind its prerendered card, a quiz's questions behind its intro, the teacher's preview)
// is deferred (components/deferred.tsx) and not counted here; `npm run js-report` lists every script a
// route runs, and Lighthouse counts them all in the JavaScript transferred.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const BUDGET_KB = 195;
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

const rows = htmlPages().map(({ route, path }) => {
  const html = readFileSync(path, "utf8");
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"[^>]*>/g)].filter((m) => !/noModule/i.test(m[0]));
  const scripts = new Set(tags.map((m) => m[1].split("?")[0]));
  const bytes = [...scripts].reduce((sum, src) => sum + gzippedBytes(src), 0);
  return { route, scripts: scripts.size, kb: Math.round((bytes / 1024) * 10) / 10 };
});

if (json) console.log(JSON.stringify(rows));
else {
  console.log(`First-load JS per route (gzipped, budget ${BUDGET_KB} KB):`);
  for (const r of rows) console.log(`  ${r.kb.toFixed(1).padStart(6)} KB  ${r.scripts} scripts  ${r.route}`);
}
// The content schema's validator (zod) runs at build time only: no browser chunk may carry it.
const chunkDir = join("out", "_next", "static", "chunks");
const withZod = readdirSync(chunkDir).filter((name) => name.endsWith(".js") && readFileSync(join(chunkDir, name), "utf8").includes("BIGINT_FORMAT_RANGES"));
if (withZod.length) {
  console.error(`zod reached the browser bundle (${withZod.join(", ")}): import content constants from lib/content/answerTypes.ts, not schema.ts.`);
  process.exit(1);
}

const over = rows.filter((r) => r.kb > BUDGET_KB);
if (over.length) {
  console.error(`Over budget: ${over.map((r) => `${r.route} (${r.kb} KB)`).join(", ")}`);
  process.exit(1);
}
