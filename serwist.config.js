// @ts-check
// Serwist in configurator mode: `serwist build` runs after `next build`, so every prerendered page of
// the static export is precached and each route opens offline, even one never visited.
import { readFileSync } from "node:fs";
import { generateGlobPatterns, serwist } from "@serwist/next/config";

// Next adds a legacy-polyfill script with `noModule` to every page: browsers that run the worker
// never load it, so precaching it (112 KB) would only cost every student's first visit.
/** @type {import("@serwist/build").ManifestTransform} */
const dropNoModuleScripts = async (entries) => {
  const html = readFileSync("out/index.html", "utf8");
  // Entries name build files (.next/static/chunks/x.js), pages ask for /_next/static/chunks/x.js: compare file names.
  const fileName = (url) => url.split("?")[0].split("/").pop();
  const legacy = new Set([...html.matchAll(/<script[^>]+src="([^"]+)"[^>]*noModule/gi)].map((m) => fileName(m[1])));
  const manifest = entries.filter((entry) => !legacy.has(fileName(entry.url)));
  return { manifest, warnings: [] };
};

// With trailingSlash the browser asks for /study/ while Next writes .next/server/app/study.html:
// map each prerendered page to its folder URL so the precache answers the request.
/** @type {import("@serwist/build").ManifestTransform} */
const toTrailingSlashUrls = async (entries) => ({
  manifest: entries.map((entry) => {
    const match = entry.url.match(/^\.next\/server\/app\/(.+)\.html$/);
    if (match && match[1] !== "index") return { ...entry, url: `.next/server/app/${match[1]}/index.html` };
    // Exported files that only exist in out/ (RSC payloads for client navigation, the manifest).
    if (entry.url.startsWith("out/")) return { ...entry, url: entry.url.slice("out".length) };
    return entry;
  }),
  warnings: [],
});

export default serwist.withNextConfig(() => ({
  swSrc: "app/sw.ts",
  swDest: "out/sw.js",
  globDirectory: ".",
  // out/404.html: the French 404 page, served by the worker for unknown routes while offline.
  globPatterns: [...generateGlobPatterns(".next/"), "out/**/*.txt", "out/manifest.webmanifest", "out/404.html"], // precached as /404
  manifestTransforms: [toTrailingSlashUrls, dropNoModuleScripts],
  // Keep the worker small: precache the app shell, not source maps nor the Anki export's SQLite
  // WebAssembly (700 KB, cached at first use by the worker's runtime rule instead).
  globIgnores: ["**/*.map", "public/anki/**"],
}));
