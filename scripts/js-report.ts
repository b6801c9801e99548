// `npm run js-report`: what each route's JavaScript is and what it costs. For every route (or
// `--only /a/,/b/`), one Lighthouse run (mobile, simulated 4× CPU) gives each script's main-thread
// time (its « bootup-time » audit: evaluation plus parse and compile); the build's source maps give the
// modules inside each script, with their share of its gzipped size. Scripts are marked « first load »
// when the page's HTML loads them, « after » when they come later (the deferred screen). Prints a
// Markdown table per route. Needs a build with source maps: `ANALYZE=1 npm run build` (the maps are
// never precached by the service worker).
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { SourceMapConsumer, type RawSourceMap } from "source-map-js";
import { quizPayload } from "../e2e/helpers";
import { CHROMIUM_ARGS, findChromium } from "./chromium-path.mjs";
import { argValue, exportedRoutes, serveBuild, waitForServer } from "./served-build";

const PORT = Number(process.env.JS_REPORT_PORT ?? 3310);
const only = argValue("--only")?.split(",");

interface ScriptCost {
  url: string;
  firstLoad: boolean;
  gzipKb: number;
  mainThreadMs: number;
  modules: { name: string; kb: number }[];
}

/** A module's path as a reader knows it: the package for dependencies, the project path otherwise. */
function moduleName(source: string): string {
  const path = source.replace(/^turbopack:\/\/\/\[project\]\//, "").replace(/^.*?\[project\]\//, "");
  const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  return dependency ? dependency[1] : path;
}

/** Each module's share of a script's gzipped bytes, from its source map (generated characters per source). */
function modulesOf(file: string, gzipBytes: number): { name: string; kb: number }[] {
  const code = readFileSync(file, "utf8");
  const mapUrl = /sourceMappingURL=(\S+)/.exec(code)?.[1];
  const mapFile = mapUrl && file.replace(/[^/]+$/, mapUrl);
  if (!mapFile || !existsSync(mapFile)) return [{ name: "(no source map)", kb: gzipBytes / 1024 }];
  const map = JSON.parse(readFileSync(mapFile, "utf8")) as RawSourceMap & { sections?: { offset: { line: number; column: number }; map: RawSourceMap }[] };
  const sections = map.sections ?? [{ offset: { line: 0, column: 0 }, map }];
  const chars = new Map<string, number>();
  for (const { offset, map: section } of sections) {
    let previous: { line: number; column: number; name: string } | null = null;
    new SourceMapConsumer(section).eachMapping((m) => {
      const line = m.generatedLine - 1 + offset.line;
      const column = m.generatedColumn + (m.generatedLine === 1 ? offset.column : 0);
      if (previous && previous.line === line) chars.set(previous.name, (chars.get(previous.name) ?? 0) + column - previous.column);
      previous = { line, column, name: moduleName(m.source ?? "(runtime)") };
    });
  }
  const total = [...chars.values()].reduce((a, b) => a + b, 0) || 1;
  return [...chars]
    .map(([name, n]) => ({ name, kb: ((n / total) * gzipBytes) / 1024 }))
    .sort((a, b) => b.kb - a.kb);
}

const chromePath = findChromium();
if (!chromePath) throw new Error("No Chromium found: run `apt-get install -y chromium` or set CHROMIUM_PATH.");
if (!existsSync("out/index.html") || !existsSync("out/_next/static/chunks")) throw new Error("No build: run `ANALYZE=1 npm run build` first.");

const routes = exportedRoutes().filter((r) => !only || only.includes(r));
const server = await serveBuild(PORT);
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ["--headless=new", ...CHROMIUM_ARGS] });
const report: { route: string; scripts: ScriptCost[] }[] = [];
try {
  await waitForServer(`http://127.0.0.1:${PORT}/`);
  for (const route of routes) {
    const path = route === "/quiz/play/" ? `${route}#${quizPayload({ kinds: ["mcq", "typed"], count: 10 })}` : route;
    const result = await lighthouse(`http://127.0.0.1:${PORT}${path}`, { port: chrome.port, output: "json", logLevel: "error", formFactor: "mobile", onlyCategories: ["performance"] });
    const audits = result!.lhr.audits;
    const bootup = new Map(((audits["bootup-time"]?.details as { items?: { url: string; total: number }[] })?.items ?? []).map((i) => [i.url, i.total]));
    const requests = ((audits["network-requests"]?.details as { items?: { url: string; resourceType?: string }[] })?.items ?? []).filter((r) => r.resourceType === "Script");
    const html = readFileSync(`out${route}index.html`, "utf8");
    const firstLoad = new Set([...html.matchAll(/<script[^>]+src="([^"]+\.js)"[^>]*>/g)].filter((m) => !/noModule/i.test(m[0])).map((m) => m[1]));
    const scripts = requests.map(({ url }) => {
      const src = new URL(url).pathname;
      const file = `out${src}`;
      const gzip = existsSync(file) ? gzipSync(readFileSync(file)).length : 0;
      return { url: src, firstLoad: firstLoad.has(src), gzipKb: gzip / 1024, mainThreadMs: bootup.get(url) ?? 0, modules: existsSync(file) ? modulesOf(file, gzip) : [] };
    });
    report.push({ route, scripts });
  }
} finally {
  await chrome.kill();
  server.kill();
}

const kb = (n: number) => n.toFixed(1);

/** Gzipped KB by package or by the project's top two folders (`lib/store`), largest first. */
function byFolder(scripts: ScriptCost[]): string {
  const folders = new Map<string, number>();
  for (const m of scripts.flatMap((s) => s.modules)) {
    const folder = m.name.includes("/") && !m.name.startsWith("@") ? m.name.split("/").slice(0, 2).join("/") : m.name;
    folders.set(folder, (folders.get(folder) ?? 0) + m.kb);
  }
  return [...folders].sort((a, b) => b[1] - a[1]).filter(([, n]) => n >= 0.5).map(([name, n]) => `${name} ${kb(n)}`).join(", ");
}
for (const { route, scripts } of report) {
  const sum = (list: ScriptCost[], field: "gzipKb" | "mainThreadMs") => list.reduce((a, s) => a + s[field], 0);
  const first = scripts.filter((s) => s.firstLoad);
  const after = scripts.filter((s) => !s.firstLoad);
  console.log(`\n### \`${route}\`: first load ${kb(sum(first, "gzipKb"))} KB, ${sum(first, "mainThreadMs").toFixed(0)} ms; after ${kb(sum(after, "gzipKb"))} KB, ${sum(after, "mainThreadMs").toFixed(0)} ms\n`);
  console.log(`First load by folder (gzip KB): ${byFolder(first)}.`);
  if (after.length > 0) console.log(`After: ${byFolder(after)}.`);
  console.log("");
  console.log("| script | loads | gzip KB | main thread ms (4× CPU) | biggest modules (gzip KB) |");
  console.log("|---|---|---|---|---|");
  for (const s of [...scripts].sort((a, b) => Number(b.firstLoad) - Number(a.firstLoad) || b.mainThreadMs - a.mainThreadMs)) {
    const modules = s.modules.slice(0, 5).map((m) => `${m.name} ${kb(m.kb)}`).join(", ");
    console.log(`| ${s.url.split("/").pop()} | ${s.firstLoad ? "first load" : "after"} | ${kb(s.gzipKb)} | ${s.mainThreadMs.toFixed(0)} | ${modules} |`);
  }
}
